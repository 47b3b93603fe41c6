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

	/** The scores of the answers, for a client of whom {@code client} is known (legal sex and age, for zones). */
	List<Score> score(Form form, AnswerSheet answers, ClientFacts client);

	/** The scores knowing nothing of the client: zone scores conditioned on sex or age are missing. */
	default List<Score> score(Form form, AnswerSheet answers) {
		return score(form, answers, ClientFacts.UNKNOWN);
	}
}
