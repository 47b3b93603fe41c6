package se.isu.instrument.api.demo;

/**
 * Registered by an instrument plugin (as a DS service) to answer its own forms in demo data the way clients would:
 * consistent within an interview (someone who drinks every day scores high on AUDIT), plausible over a case (the
 * follow-up a little better than intake, seldom worse) and with the dropout units see. Forms that no interviewer
 * claims get generic answers drawn per item type, which is enough for a short questionnaire.
 *
 * @since 1.2
 */
public interface DemoInterviewer {

	/** Whether this interviewer answers the instrument with this id. */
	boolean answers(String instrumentId);

	/**
	 * Answers one interview through {@link DemoInterview#put} and {@link DemoInterview#putMissing}, or declines it.
	 * Items left empty stay empty, except required items the form shows, which get a generic answer, so every demo
	 * interview passes the form's rules. Answers that break a rule of the form are a bug of the interviewer: the demo
	 * run stops and names the rule.
	 *
	 * @return false to leave the form unanswered at this occasion (the client did not come, or declined), true when
	 *         answered
	 */
	boolean interview(DemoInterview interview);
}
