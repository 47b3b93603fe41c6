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

	/** One bad line of an imported file: its line (the header is line 1), the column and the rule it breaks. */
	record ImportProblem(long line, String column, String message) {
		@Override
		public String toString() {
			return org.eclipse.osgi.util.NLS.bind(se.isu.core.Messages.importProblem,
					new Object[] { line, column, message });
		}
	}

	/** What an import did: the number of assessments stored, or none and every bad line. */
	record ImportResult(int imported, List<ImportProblem> problems) {
		public ImportResult {
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/**
	 * Imports complete assessments of the newest version of {@code instrumentId} from a CSV file (decision 114): a
	 * header line naming {@code arende} (the case number), {@code datum} (the day, ÅÅÅÅ-MM-DD) and item ids, then one
	 * line per assessment; comma or semicolon separated, UTF-8. Every line is checked as a save would check it — the
	 * form's rules, the instrument's own {@link se.isu.instrument.api.AnswerCheck}s, the right to write in the case's
	 * unit — and then all lines are stored in one transaction, or none when any line is bad: the result names each
	 * bad line, column and rule. The assessments are answered by the form's first respondent, scored as on a save and
	 * written to the access log per case. Blocking, no UI: run it in a job.
	 */
	ImportResult importCsv(String instrumentId, java.io.Reader csv) throws java.io.IOException;
}
