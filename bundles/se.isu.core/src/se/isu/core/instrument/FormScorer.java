package se.isu.core.instrument;

import java.util.List;

import se.isu.model.instrument.Score;

/**
 * The workbench's scoring of one form: the declared scores, plus what the instrument's plugin scorer
 * ({@link se.isu.instrument.api.InstrumentScorer}) adds. {@link InstrumentRegistry#scorer} gives the one for an
 * instrument.
 */
@FunctionalInterface
public interface FormScorer {

	List<Score> score(Form form, AnswerSheet answers);
}
