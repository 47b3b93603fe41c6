package se.isu.instrument.api;

import java.util.List;

/**
 * A rule of an instrument that its definition cannot state (MST's TAM-R: the person who collected it is never the
 * therapist), registered as a DS service by its plugin. The workbench asks every check that {@link #checks} the
 * instrument whenever an assessment of it is saved or imported, and refuses the save with the problems returned, so
 * the rule holds in the service whatever surface the answers came from. Since 1.2.
 */
public interface AnswerCheck {

	/** One broken rule: the item it concerns (shown at that field) and the message, in the user's language. */
	record Problem(String itemId, String message) {
	}

	/** Whether this check applies to the instrument (any version). */
	boolean checks(String instrumentId);

	/**
	 * The broken rules of these answers; empty when they may be stored. Called on every save (also of an
	 * unfinished assessment), so a rule should hold only when the items it reads are answered.
	 */
	List<Problem> check(FormView form, Answers answers);
}
