package se.isu.ui.workbench;

/**
 * An editor whose unsaved state {@link DraftKeeper} keeps as a draft in the encrypted database while it is dirty, so
 * a crash loses nothing, and puts back at the next start.
 */
public interface Drafted {

	/** Names what the editor edits, the same in every session (e.g. {@code case:VUX-2026-00012}). */
	String draftKey();

	/** The case the draft belongs to (for the access log), or null. */
	String draftCaseNumber();

	/** The unsaved state as text; asked on the UI thread while the part is dirty. */
	String draft();

	/** Puts a draft's state back into the editor and marks it dirty. */
	void restoreDraft(String draft);
}
