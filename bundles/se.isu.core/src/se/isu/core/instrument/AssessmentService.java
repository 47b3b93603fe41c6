package se.isu.core.instrument;

import java.util.List;
import java.util.Optional;

import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.Respondent;

/** Starting, saving, scoring and comparing assessments: the one way answers reach the database. */
public interface AssessmentService {

	/** A score before and after, e.g. per ASI area from Grund to Uppföljning. */
	record ScoreChange(String scoreId, String label, Double before, Double after) {
		/** after − before, or null when either is missing. */
		public Double difference() {
			return before == null || after == null ? null : after - before;
		}
	}

	/**
	 * A new, unsaved assessment of the newest version of the instrument, on the case's unit form.
	 *
	 * @param occasion the planned occasion it is answered at, or null
	 */
	Assessment start(IsuCase c, Occasion occasion, String instrumentId, Respondent respondent, String interviewer);

	/**
	 * Checks and stores the assessment with its scores recomputed from its answers. Hidden (skipped) items are
	 * cleared and computed items recomputed first. {@code complete} also requires every visible required item and
	 * the instrument's prerequisite (e.g. a Grund before an Uppföljning).
	 *
	 * @throws se.isu.core.ValidationException naming each item and rule; nothing is stored then
	 * @throws se.isu.core.CaseChangedException when someone else saved the assessment since it was read
	 */
	Assessment save(Assessment assessment, boolean complete);

	Optional<Assessment> find(long id);

	/** The case's assessments, newest first. */
	List<Assessment> forCase(long caseId);

	/** The form the assessment was answered on, or empty when its instrument is no longer installed. */
	Optional<Form> formFor(Assessment assessment);

	/**
	 * The assessment a follow-up is compared with: the newest complete assessment of the definition's baseline
	 * instrument for the same client, dated on or before this one.
	 */
	Optional<Assessment> baseline(Assessment followUp);

	/** Stored scores of two assessments side by side, in the order of the later one's scores. */
	List<ScoreChange> change(Assessment baseline, Assessment followUp);
}
