package se.isu.store;

import java.time.Instant;
import java.util.List;

/** Drafts of unsaved workbench editors, per user, in the encrypted database (ISU_DRAFT). */
public interface DraftRepository {

	record StoredDraft(String key, String caseNumber, String label, String content, Instant savedAt) {
	}

	/** Inserts or replaces the user's draft with this key. */
	void put(String userName, StoredDraft draft);

	List<StoredDraft> list(String userName);

	void remove(String userName, String key);
}
