package se.isu.core.instrument;

import java.util.List;

import se.isu.model.instrument.Score;

/**
 * Scoring of an instrument, registered as a DS service by its plugin. The assessment service calls it on every
 * save, so stored scores always match the stored answers. Most instruments delegate to
 * {@link DeclarativeScoring}; a scorer adds what a component list cannot express.
 */
public interface InstrumentScorer {

	/** Whether this scorer scores the instrument (any version). */
	boolean scores(String instrumentId);

	/** The scores of the answers; a score that cannot be computed is present with an empty value. */
	List<Score> score(Form form, AnswerSheet answers);
}
