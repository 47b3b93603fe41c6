package se.isu.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the workbench keeps for the logged-in user between sessions: drafts of editors with unsaved changes (so a
 * crash loses nothing; in the encrypted database, never in plain files) and a few window preferences (size,
 * maximised, open cases: ids only). Everything is the current user's own; no one else sees it.
 */
public interface UserWorkspace {

	/** An editor's unsaved state; {@code key} names the editor (e.g. {@code case:VUX-2026-00012}). */
	record Draft(String key, String caseNumber, String label, String content, Instant savedAt) {
	}

	/** Keeps (or replaces) the draft under {@code key}. Needs the right to change cases. */
	void saveDraft(String key, String caseNumber, String label, String content);

	/** The user's drafts, oldest first. */
	List<Draft> drafts();

	void removeDraft(String key);

	Optional<String> preference(String name);

	void putPreference(String name, String value);
}
