package se.isu.ui;

/** Event topics the UI parts use among themselves (OSGi event admin through the e4 event broker). */
public final class UiEvents {

	/** A case was created or saved; data: its case number. Lists refresh on it. */
	public static final String CASES_CHANGED = "se/isu/ui/cases/changed";

	/** An assessment was saved; data: the id of its case. The case editor refreshes its list of assessments. */
	public static final String ASSESSMENTS_CHANGED = "se/isu/ui/assessments/changed";

	private UiEvents() {
	}
}
