package se.isu.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.store.DraftRepository;

@Component(service = DraftRepository.class)
public class JdbcDraftRepository implements DraftRepository {

	@Reference
	Database database;

	@Override
	public void put(String userName, StoredDraft draft) {
		database.jdbc(c -> {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM ISU_DRAFT WHERE USER_NAME = ? AND DRAFT_KEY = ?")) {
				delete.setString(1, userName);
				delete.setString(2, draft.key());
				delete.executeUpdate();
			}
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO ISU_DRAFT (USER_NAME, DRAFT_KEY, CASE_NUMBER, LABEL, CONTENT, SAVED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, userName);
				insert.setString(2, draft.key());
				insert.setString(3, draft.caseNumber());
				insert.setString(4, draft.label());
				insert.setString(5, draft.content());
				insert.setTimestamp(6, Timestamp.from(draft.savedAt()));
				insert.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public List<StoredDraft> list(String userName) {
		return database.jdbc(c -> {
			List<StoredDraft> found = new ArrayList<>();
			try (PreparedStatement select = c.prepareStatement("SELECT DRAFT_KEY, CASE_NUMBER, LABEL, CONTENT, SAVED_AT FROM ISU_DRAFT "
					+ "WHERE USER_NAME = ? ORDER BY SAVED_AT, DRAFT_KEY")) {
				select.setString(1, userName);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.add(new StoredDraft(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
								rows.getTimestamp(5).toInstant()));
					}
				}
			}
			return found;
		});
	}

	@Override
	public void remove(String userName, String key) {
		database.jdbc(c -> {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM ISU_DRAFT WHERE USER_NAME = ? AND DRAFT_KEY = ?")) {
				delete.setString(1, userName);
				delete.setString(2, key);
				delete.executeUpdate();
			}
			return null;
		});
	}
}
