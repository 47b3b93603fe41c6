package se.isu.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.store.AccessLogChain;
import se.isu.store.AccessLogRepository;
import se.isu.store.StoreException;

@Component(service = AccessLogRepository.class)
public class JdbcAccessLogRepository implements AccessLogRepository {

	private static final String COLUMNS = "SEQ, LOGGED_AT, USER_NAME, ACTION, CASE_NUMBER, DETAIL, PREVIOUS_HASH, ENTRY_HASH";

	@Reference
	Database database;

	@Override
	public LogRow append(LocalDateTime loggedAt, String userName, String action, String caseNumber, String detail) {
		// Millisecond precision: what Derby's TIMESTAMP gives back must hash to what was hashed here.
		LocalDateTime at = loggedAt.truncatedTo(ChronoUnit.MILLIS);
		String text = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
		return database.jdbc(c -> {
			// Concurrent writers (other workbenches on a shared server too) wait here until this entry is committed.
			database.dialect().lockAccessLogForAppend(c);
			long seq = 1;
			String previous = AccessLogChain.GENESIS;
			try (Statement last = c.createStatement();
					ResultSet rows = last.executeQuery("SELECT SEQ, ENTRY_HASH FROM ISU_ACCESS_LOG"
							+ " WHERE SEQ = (SELECT MAX(SEQ) FROM ISU_ACCESS_LOG)")) {
				if (rows.next()) {
					seq = rows.getLong(1) + 1;
					previous = rows.getString(2);
				}
			}
			String hash = AccessLogChain.hash(previous, seq, at, userName, action, caseNumber, text);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO ISU_ACCESS_LOG (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setLong(1, seq);
				insert.setTimestamp(2, Timestamp.valueOf(at));
				insert.setString(3, userName);
				insert.setString(4, action);
				insert.setString(5, caseNumber);
				insert.setString(6, text);
				insert.setString(7, previous);
				insert.setString(8, hash);
				insert.executeUpdate();
			}
			return new LogRow(seq, at, userName, action, caseNumber, text, previous, hash);
		});
	}

	@Override
	public void forEach(Consumer<LogRow> consumer) {
		database.jdbc(c -> {
			try (Statement select = c.createStatement()) {
				select.setFetchSize(1000);
				try (ResultSet rows = select.executeQuery("SELECT " + COLUMNS + " FROM ISU_ACCESS_LOG ORDER BY SEQ")) {
					while (rows.next()) {
						consumer.accept(read(rows));
					}
				}
			}
			return null;
		});
	}

	@Override
	public List<LogRow> find(LocalDateTime from, LocalDateTime to, String userName, String caseNumber, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM ISU_ACCESS_LOG WHERE LOGGED_AT >= ? AND LOGGED_AT < ?");
		if (userName != null) {
			sql.append(" AND USER_NAME = ?");
		}
		if (caseNumber != null) {
			sql.append(" AND CASE_NUMBER = ?");
		}
		sql.append(" ORDER BY SEQ DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
		return database.jdbc(c -> {
			try (PreparedStatement select = c.prepareStatement(sql.toString())) {
				int i = bindPeriod(select, from, to);
				if (userName != null) {
					select.setString(i++, userName);
				}
				if (caseNumber != null) {
					select.setString(i, caseNumber);
				}
				List<LogRow> found = new ArrayList<>();
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.add(read(rows));
					}
				}
				return found;
			}
		});
	}

	@Override
	public List<Activity> activity(LocalDateTime from, LocalDateTime to) {
		return database.jdbc(c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT USER_NAME, ACTION, COUNT(*), COUNT(DISTINCT CASE_NUMBER)"
					+ " FROM ISU_ACCESS_LOG WHERE LOGGED_AT >= ? AND LOGGED_AT < ? GROUP BY USER_NAME, ACTION"
					+ " ORDER BY USER_NAME, ACTION")) {
				bindPeriod(select, from, to);
				List<Activity> found = new ArrayList<>();
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.add(new Activity(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
					}
				}
				return found;
			}
		});
	}

	private static int bindPeriod(PreparedStatement select, LocalDateTime from, LocalDateTime to) throws SQLException {
		if (from == null || to == null) {
			throw new StoreException("A log period needs both ends");
		}
		select.setTimestamp(1, Timestamp.valueOf(from));
		select.setTimestamp(2, Timestamp.valueOf(to));
		return 3;
	}

	private static LogRow read(ResultSet rows) throws SQLException {
		return new LogRow(rows.getLong(1), rows.getTimestamp(2).toLocalDateTime(), rows.getString(3), rows.getString(4),
				rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8));
	}
}
