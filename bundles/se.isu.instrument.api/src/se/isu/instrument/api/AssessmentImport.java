package se.isu.instrument.api;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Imports complete assessments of an instrument from a CSV file, for a plugin's own import entry (MST's TAM-R scores
 * from the licensor's export): the workbench's service, registered by core, so a UI plugin needs nothing else.
 * The rules are the workbench's (decision 114): a header naming {@code arende} (the case number), {@code datum} (the
 * day, ÅÅÅÅ-MM-DD) and item ids; every line is checked as a save is — the form's rules, the instrument's
 * {@link AnswerCheck}s, the logged-in person's right to record in the line's case — and either every line is stored
 * or, when any line is bad, none, with each bad line named. Blocking: call it from a job, never the UI thread.
 * Since 1.2.
 */
public interface AssessmentImport {

	/** One bad line: its number in the file (the header is line 1), the column and the rule, in the user's language. */
	record Problem(long line, String column, String message) {
	}

	/** How many assessments were stored (0 when there are problems), or every bad line. */
	record Result(int imported, List<Problem> problems) {
		public Result {
			problems = List.copyOf(problems);
		}

		/** Whether the file was stored: no line had a problem. */
		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/**
	 * Imports the file's lines as assessments of the newest version of {@code instrumentId}, all or none.
	 *
	 * @throws IOException when the file cannot be read or is not CSV
	 * @throws SecurityException when nobody is logged in, or the person may not record assessments
	 */
	Result importCsv(String instrumentId, Reader csv) throws IOException;
}
