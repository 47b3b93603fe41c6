package se.isu.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.store.SettingsRepository;

@Component(service = SettingsRepository.class)
public class JdbcSettingsRepository implements SettingsRepository {

	@Reference
	Database database;

	@Override
	public Optional<String> get(String name) {
		return database.jdbc(c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT SETTING_VALUE FROM ISU_SETTING WHERE NAME = ?")) {
				select.setString(1, name);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public java.util.SortedMap<String, String> list(String prefix) {
		return database.jdbc(c -> {
			java.util.SortedMap<String, String> found = new java.util.TreeMap<>();
			try (PreparedStatement select = c.prepareStatement(
					"SELECT NAME, SETTING_VALUE FROM ISU_SETTING WHERE NAME LIKE ? ESCAPE '\\'")) {
				select.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.put(rows.getString(1), rows.getString(2));
					}
				}
			}
			return found;
		});
	}

	@Override
	public void remove(String name) {
		database.jdbc(c -> {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM ISU_SETTING WHERE NAME = ?")) {
				delete.setString(1, name);
				delete.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public void put(String name, String value) {
		database.jdbc(c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE ISU_SETTING SET SETTING_VALUE = ? WHERE NAME = ?")) {
				update.setString(1, value);
				update.setString(2, name);
				if (update.executeUpdate() == 1) {
					return null;
				}
			}
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO ISU_SETTING (NAME, SETTING_VALUE) VALUES (?, ?)")) {
				insert.setString(1, name);
				insert.setString(2, value);
				insert.executeUpdate();
			}
			return null;
		});
	}
}
