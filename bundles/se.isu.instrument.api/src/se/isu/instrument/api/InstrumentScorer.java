package se.isu.instrument.api;

import java.util.List;

/**
 * Scoring of an instrument beyond what its definition declares, registered as a DS service by its plugin. The
 * workbench calls it on every save, so stored scores always match the stored answers.
 */
public interface InstrumentScorer {

	/** Whether this scorer scores the instrument (any version). */
	boolean scores(String instrumentId);

	/**
	 * The scores to store.
	 *
	 * @param declared the scores the definition declares, already computed by the workbench (in definition order);
	 *                 return them (all or some) together with the scorer's own
	 * @return the scores; one that cannot be computed is present with a null value
	 */
	List<ScoreValue> score(FormView form, Answers answers, List<ScoreValue> declared);
}
