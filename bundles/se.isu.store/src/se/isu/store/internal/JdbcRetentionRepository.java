package se.isu.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.store.RetentionRepository;
import se.isu.store.StoreException;

/** Retention through JDBC: the candidates are one query and culling is a chain of set deletes. */
@Component(service = RetentionRepository.class)
public class JdbcRetentionRepository implements RetentionRepository {

	/** Ids per IN list, well under Derby's statement limits. */
	private static final int CHUNK = 500;

	@Reference
	Database database;

	@Override
	public List<Candidate> closedCasesWithLastEntryOnOrBefore(LocalDate lastEntryOnOrBefore) {
		return database.jdbc(c -> {
			List<Candidate> found = new ArrayList<>();
			// The closure date is a lower bound of the last entry, so it narrows the scan before the per-case maxima.
			try (PreparedStatement select = c.prepareStatement("SELECT c.ID, c.CASE_NUMBER, u.CODE, c.CLOSURE_DATE, h.REASON,"
					+ " (SELECT MAX(a.ASSESSED_ON) FROM ISU_ASSESSMENT a WHERE a.CASE_ID = c.ID),"
					+ " (SELECT MAX(o.DONE_DATE) FROM ISU_OCCASION o WHERE o.CASE_ID = c.ID),"
					+ " (SELECT MAX(i.END_DATE) FROM ISU_INTERVENTION i WHERE i.CASE_ID = c.ID),"
					+ " (SELECT MAX(f.FOLLOW_UP_DATE) FROM ISU_FOLLOW_UP f WHERE f.CASE_ID = c.ID), k.BIRTH_DATE"
					+ " FROM ISU_CASE c JOIN ISU_UNIT u ON u.ID = c.UNIT_ID JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID"
					+ " LEFT JOIN ISU_RETENTION_HOLD h ON h.CASE_ID = c.ID"
					+ " WHERE c.STATUS = 'CLOSED' AND c.CLOSURE_DATE IS NOT NULL AND c.CLOSURE_DATE <= ?"
					+ " ORDER BY c.CLOSURE_DATE, c.CASE_NUMBER")) {
				select.setDate(1, Date.valueOf(lastEntryOnOrBefore));
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						LocalDate closure = rows.getDate(4).toLocalDate();
						LocalDate last = closure;
						for (int column = 6; column <= 9; column++) {
							Date date = rows.getDate(column);
							if (date != null && date.toLocalDate().isAfter(last)) {
								last = date.toLocalDate();
							}
						}
						if (!last.isAfter(lastEntryOnOrBefore)) {
							found.add(new Candidate(rows.getLong(1), rows.getString(2), rows.getString(3), closure, last,
									rows.getString(5), rows.getDate(10) == null ? null : rows.getDate(10).toLocalDate()));
						}
					}
				}
			}
			return found;
		});
	}

	@Override
	public Culled cull(Collection<Long> caseIds, LocalDateTime runAt, String ruleText, String summary) {
		Culled culled = database.jdbc(c -> {
			int cases = 0;
			int clients = 0;
			int assessments = 0;
			List<Long> ids = List.copyOf(caseIds);
			for (int from = 0; from < ids.size(); from += CHUNK) {
				String in = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream().map(String::valueOf)
						.collect(Collectors.joining(",", "(", ")"));
				List<Long> clientIds = longs(c, "SELECT DISTINCT CLIENT_ID FROM ISU_CASE WHERE ID IN " + in);
				String assessmentsOf = "(SELECT ID FROM ISU_ASSESSMENT WHERE CASE_ID IN " + in + ")";
				update(c, "DELETE FROM ISU_ASSESSMENT_ANSWER WHERE ASSESSMENT_ID IN " + assessmentsOf);
				update(c, "DELETE FROM ISU_ASSESSMENT_SCORE WHERE ASSESSMENT_ID IN " + assessmentsOf);
				assessments += update(c, "DELETE FROM ISU_ASSESSMENT WHERE CASE_ID IN " + in);
				// unsaved editor state of a culled case is case data too: it goes with the case
				update(c, "DELETE FROM ISU_DRAFT WHERE CASE_NUMBER IN (SELECT CASE_NUMBER FROM ISU_CASE WHERE ID IN " + in + ")");
				update(c, "DELETE FROM ISU_FOLLOW_UP_COOPERATION WHERE FOLLOW_UP_ID IN"
						+ " (SELECT ID FROM ISU_FOLLOW_UP WHERE CASE_ID IN " + in + ")");
				update(c, "DELETE FROM ISU_OCCASION_FORM WHERE OCCASION_ID IN"
						+ " (SELECT ID FROM ISU_OCCASION WHERE CASE_ID IN " + in + ")");
				for (String table : List.of("ISU_FOLLOW_UP", "ISU_OCCASION", "ISU_INTERVENTION", "ISU_CASE_REASON",
						"ISU_CASE_PROBLEM", "ISU_RETENTION_HOLD")) {
					update(c, "DELETE FROM " + table + " WHERE CASE_ID IN " + in);
				}
				cases += update(c, "DELETE FROM ISU_CASE WHERE ID IN " + in);
				if (!clientIds.isEmpty()) {
					// A client is removed only with the last of their cases: other cases may still be within the rule.
					String lastCase = " AND NOT EXISTS (SELECT 1 FROM ISU_CASE k WHERE k.CLIENT_ID = ";
					// the decisions on a client's skyddade personuppgifter go with the client
					update(c, "DELETE FROM ISU_IDENTITY_PROTECTION WHERE CLIENT_ID IN " + clientIds.stream()
							.map(String::valueOf).collect(Collectors.joining(",", "(", ")"))
							+ lastCase + "ISU_IDENTITY_PROTECTION.CLIENT_ID)");
					clients += update(c, "DELETE FROM ISU_CLIENT WHERE ID IN " + clientIds.stream().map(String::valueOf)
							.collect(Collectors.joining(",", "(", ")"))
							+ " AND NOT EXISTS (SELECT 1 FROM ISU_CASE k WHERE k.CLIENT_ID = ISU_CLIENT.ID)");
				}
			}
			try (PreparedStatement log = c.prepareStatement("INSERT INTO ISU_CULLING_LOG (RUN_AT, RULE_TEXT, CASES_CULLED,"
					+ " CLIENTS_CULLED, ASSESSMENTS_CULLED, SUMMARY) VALUES (?, ?, ?, ?, ?, ?)")) {
				log.setTimestamp(1, Timestamp.valueOf(runAt));
				log.setString(2, ruleText);
				log.setInt(3, cases);
				log.setInt(4, clients);
				log.setInt(5, assessments);
				log.setString(6, summary);
				log.executeUpdate();
			}
			return new Culled(cases, clients, assessments);
		});
		// Cases and clients went behind EclipseLink's back: its shared cache must not hand them out again.
		database.evictCache();
		return culled;
	}

	@Override
	public void hold(String caseNumber, String reason, LocalDateTime at) {
		database.jdbc(c -> {
			long caseId = caseId(c, caseNumber);
			update(c, "DELETE FROM ISU_RETENTION_HOLD WHERE CASE_ID = " + caseId);
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO ISU_RETENTION_HOLD (CASE_ID, REASON, SET_AT) VALUES (?, ?, ?)")) {
				insert.setLong(1, caseId);
				insert.setString(2, reason);
				insert.setTimestamp(3, Timestamp.valueOf(at));
				insert.executeUpdate();
			}
			return null;
		});
	}

	@Override
	public void releaseHold(String caseNumber) {
		database.jdbc(c -> update(c, "DELETE FROM ISU_RETENTION_HOLD WHERE CASE_ID = " + caseId(c, caseNumber)));
	}

	@Override
	public List<CullingLogRow> cullingLog() {
		return database.jdbc(c -> {
			List<CullingLogRow> rows = new ArrayList<>();
			try (Statement select = c.createStatement();
					ResultSet found = select.executeQuery("SELECT RUN_AT, RULE_TEXT, CASES_CULLED, CLIENTS_CULLED,"
							+ " ASSESSMENTS_CULLED, SUMMARY FROM ISU_CULLING_LOG ORDER BY ID DESC")) {
				while (found.next()) {
					rows.add(new CullingLogRow(found.getTimestamp(1).toLocalDateTime(), found.getString(2), found.getInt(3),
							found.getInt(4), found.getInt(5), found.getString(6)));
				}
			}
			return rows;
		});
	}

	private static long caseId(Connection c, String caseNumber) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT ID FROM ISU_CASE WHERE CASE_NUMBER = ?")) {
			select.setString(1, caseNumber);
			try (ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					throw new StoreException("Ärendet " + caseNumber + " finns inte. / No such case.");
				}
				return rows.getLong(1);
			}
		}
	}

	private static List<Long> longs(Connection c, String sql) throws SQLException {
		try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery(sql)) {
			Stream.Builder<Long> values = Stream.builder();
			while (rows.next()) {
				values.add(rows.getLong(1));
			}
			return values.build().toList();
		}
	}

	private static int update(Connection c, String sql) throws SQLException {
		try (Statement statement = c.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}
}
