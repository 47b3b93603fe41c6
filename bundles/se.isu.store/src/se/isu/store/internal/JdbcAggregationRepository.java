package se.isu.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.query.PairQuery;
import se.isu.store.AggregationRepository;

/**
 * Compilations as SQL on one JDBC connection: counts are grouped in the database; values for a mean or median come
 * back ordered by group, so each group's median is found while streaming and only one group's values are held.
 */
@Component(service = AggregationRepository.class)
public class JdbcAggregationRepository implements AggregationRepository {

	/** Rows fetched per round trip: large enough for 100 000 cases, small enough to stream. */
	private static final int FETCH_SIZE = 1000;

	@Reference
	Database database;

	@Override
	public Sql sql(CompilationQuery query, List<Dimension> groupBy) {
		return CompilationSql.of(query, groupBy);
	}

	@Override
	public boolean multiValued(CompilationQuery query, Dimension dimension) {
		return CompilationSql.multiValued(query, dimension);
	}

	@Override
	public List<Group> aggregate(CompilationQuery query, List<Dimension> groupBy) {
		Sql sql = CompilationSql.of(query, groupBy);
		boolean valued = query.measure().kind() == Measure.Kind.MEAN || query.measure().kind() == Measure.Kind.MEDIAN;
		int keys = groupBy.size();
		return database.jdbc(connection -> {
			try (PreparedStatement statement = prepare(connection, sql); ResultSet rows = statement.executeQuery()) {
				List<Group> groups = new ArrayList<>();
				if (!valued) {
					while (rows.next()) {
						groups.add(new Group(key(rows, keys), rows.getLong(keys + 1), null, null));
					}
					return groups;
				}
				ValueGroup current = null;
				while (rows.next()) {
					List<String> key = key(rows, keys);
					if (current == null || !current.key.equals(key)) {
						if (current != null) {
							groups.add(current.group());
						}
						current = new ValueGroup(key);
					}
					current.add(rows.getDouble(keys + 1), rows.getObject(keys + 2));
				}
				if (current != null) {
					groups.add(current.group());
				}
				return groups;
			}
		});
	}

	/** The values of one group, already in ascending order from the database. */
	private static final class ValueGroup {
		final List<String> key;
		double[] values = new double[64];
		final java.util.Set<Object> subjects = new java.util.HashSet<>();
		int n;
		double sum;

		ValueGroup(List<String> key) {
			this.key = key;
		}

		void add(double value, Object subject) {
			subjects.add(subject);
			if (n == values.length) {
				values = Arrays.copyOf(values, n * 2);
			}
			values[n++] = value;
			sum += value;
		}

		Group group() {
			double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
			// n is the number of subjects: suppression and the minimum for means count people, not measurements
			return new Group(key, subjects.size(), sum / n, median);
		}
	}

	private static List<String> key(ResultSet rows, int keys) throws SQLException {
		List<String> key = new ArrayList<>(keys);
		for (int i = 1; i <= keys; i++) {
			key.add(text(rows.getObject(i)));
		}
		return key;
	}

	/** Keys as a person would type them in a filter: codes without decimals, 0.3 rather than 0.300. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return text(BigDecimal.valueOf(((Number) value).doubleValue()));
		}
		return value.toString().strip();
	}

	private static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY);
		try {
			statement.setFetchSize(FETCH_SIZE);
			for (int i = 0; i < sql.parameters().size(); i++) {
				statement.setObject(i + 1, sql.parameters().get(i));
			}
			return statement;
		} catch (SQLException | RuntimeException e) {
			statement.close();
			throw e;
		}
	}

	// --- paired change --------------------------------------------------------------------------------------------

	@Override
	public List<Sql> pairSql(PairQuery query) {
		return List.of(measurements(query, true), measurements(query, false), followUpOccasions(query));
	}

	private static Sql measurements(PairQuery query, boolean baseline) {
		boolean item = query.value() == Measure.ValueKind.ITEM;
		String table = item ? "ISU_ASSESSMENT_ANSWER" : "ISU_ASSESSMENT_SCORE";
		String column = item ? "NUMBER_VALUE" : "SCORE_VALUE";
		String idColumn = item ? "ITEM_ID" : "SCORE_ID";
		String kind = baseline ? query.baselineKind() : query.followUpKind();
		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT a.CASE_ID, a.ASSESSED_ON, v.").append(column)
				.append(baseline ? ", u.CODE, cl.LEGAL_SEX, c.STATUS, a.ID" : ", a.ID")
				.append(" FROM ISU_ASSESSMENT a JOIN ISU_CASE c ON c.ID = a.CASE_ID JOIN ISU_UNIT u ON u.ID = c.UNIT_ID")
				.append(baseline ? " JOIN ISU_CLIENT cl ON cl.ID = c.CLIENT_ID" : "")
				.append(" JOIN ").append(table).append(" v ON v.ASSESSMENT_ID = a.ID AND v.").append(idColumn).append(" = ?");
		parameters.add(query.id());
		if (kind != null) {
			sql.append(" JOIN ISU_OCCASION o ON o.ID = a.OCCASION_ID AND o.KIND = ?");
			parameters.add(kind);
		}
		sql.append(" WHERE a.INSTRUMENT_ID = ? AND a.STATUS = 'COMPLETE' AND v.").append(column).append(" IS NOT NULL");
		parameters.add(baseline ? query.baselineInstrument() : query.followUpInstrument());
		if (baseline && query.from() != null) {
			sql.append(" AND a.ASSESSED_ON >= ?");
			parameters.add(java.sql.Date.valueOf(query.from()));
		}
		if (baseline && query.to() != null) {
			sql.append(" AND a.ASSESSED_ON <= ?");
			parameters.add(java.sql.Date.valueOf(query.to()));
		}
		units(query, sql, parameters);
		sql.append(" ORDER BY a.CASE_ID, a.ASSESSED_ON, a.ID");
		return new Sql(sql.toString(), parameters);
	}

	private static Sql followUpOccasions(PairQuery query) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT o.CASE_ID, o.STATUS, o.NOT_DONE_REASON, o.PLANNED_DATE"
				+ " FROM ISU_OCCASION o JOIN ISU_CASE c ON c.ID = o.CASE_ID JOIN ISU_UNIT u ON u.ID = c.UNIT_ID WHERE ");
		String kind = query.followUpKind() != null ? "o.KIND = ?" : "o.KIND <> 'INTAKE'";
		if (query.followUpKind() != null) {
			parameters.add(query.followUpKind());
		}
		if (query.dropoutInstrument() == null) {
			sql.append(kind);
		} else if (query.followUpKind() != null) {
			// the occasions of that kind where this form is due, and case-level ones bound to no form (decision 78)
			sql.append(kind).append(" AND (EXISTS (SELECT 1 FROM ISU_OCCASION_FORM f WHERE f.OCCASION_ID = o.ID"
					+ " AND f.INSTRUMENT_ID = ?) OR NOT EXISTS (SELECT 1 FROM ISU_OCCASION_FORM g WHERE g.OCCASION_ID = o.ID))");
			parameters.add(query.dropoutInstrument());
		} else {
			// the occasions where this form is due, whatever their kind; case-level ones bound to no form as before
			sql.append("(EXISTS (SELECT 1 FROM ISU_OCCASION_FORM f WHERE f.OCCASION_ID = o.ID AND f.INSTRUMENT_ID = ?)"
					+ " OR (NOT EXISTS (SELECT 1 FROM ISU_OCCASION_FORM g WHERE g.OCCASION_ID = o.ID) AND ").append(kind)
					.append("))");
			parameters.add(query.dropoutInstrument());
		}
		// Only cases with a baseline are merged; reading every other case's occasions would be wasted work.
		sql.append(" AND EXISTS (SELECT 1 FROM ISU_ASSESSMENT b WHERE b.CASE_ID = o.CASE_ID AND b.INSTRUMENT_ID = ?"
				+ " AND b.STATUS = 'COMPLETE')");
		parameters.add(query.baselineInstrument());
		units(query, sql, parameters);
		sql.append(" ORDER BY o.CASE_ID, o.PLANNED_DATE, o.ID");
		return new Sql(sql.toString(), parameters);
	}

	private static void units(PairQuery query, StringBuilder sql, List<Object> parameters) {
		if (query.unitCode() != null) {
			sql.append(" AND u.CODE = ?");
			parameters.add(query.unitCode());
		}
		if (query.withinUnits() != null) {
			if (query.withinUnits().isEmpty()) {
				sql.append(" AND 1 = 0");
				return;
			}
			sql.append(" AND u.CODE IN (").append(String.join(", ", query.withinUnits().stream().map(u -> "?").toList()))
					.append(")");
			parameters.addAll(query.withinUnits().stream().sorted().toList());
		}
	}

	@Override
	public void forEachPair(PairQuery query, Consumer<Pair> consumer) {
		List<Sql> sql = pairSql(query);
		database.jdbc(connection -> {
			try (PreparedStatement b = prepare(connection, sql.get(0)); ResultSet baselines = b.executeQuery();
					PreparedStatement f = prepare(connection, sql.get(1)); ResultSet followUps = f.executeQuery();
					PreparedStatement o = prepare(connection, sql.get(2)); ResultSet occasions = o.executeQuery()) {
				Cursor followUp = new Cursor(followUps);
				Cursor occasion = new Cursor(occasions);
				long previousCase = -1;
				while (baselines.next()) {
					long caseId = baselines.getLong(1);
					if (caseId == previousCase) {
						continue; // the first complete baseline counts
					}
					previousCase = caseId;
					LocalDate baselineDate = date(baselines, 2);
					double baseline = baselines.getDouble(3);
					long baselineId = baselines.getLong(7);
					// The last follow-up measured on or after the baseline, never the baseline itself (same instrument).
					Double followUpValue = null;
					for (followUp.skipTo(caseId); followUp.at(caseId); followUp.next()) {
						LocalDate measured = date(followUp.rows, 2);
						if (followUp.rows.getLong(4) != baselineId
								&& (baselineDate == null || measured == null || !measured.isBefore(baselineDate))) {
							followUpValue = followUp.rows.getDouble(3);
						}
					}
					// What became of the follow-up: the latest occasion after the baseline decides (a missed one that
					// was planned again is pending, not dropout).
					String status = null;
					Integer reason = null;
					LocalDate planned = null;
					for (occasion.skipTo(caseId); occasion.at(caseId); occasion.next()) {
						LocalDate p = date(occasion.rows, 4);
						if (baselineDate != null && p != null && p.isBefore(baselineDate)) {
							continue;
						}
						status = occasion.rows.getString(2);
						int r = occasion.rows.getInt(3);
						reason = occasion.rows.wasNull() ? null : r;
						planned = p;
					}
					Object sex = baselines.getObject(5);
					consumer.accept(new Pair(caseId, baselines.getString(4), sex == null ? null : ((Number) sex).intValue(),
							"CLOSED".equals(baselines.getString(6)), baseline, baselineDate, followUpValue, status, reason,
							planned));
				}
				return null;
			}
		});
	}

	/** A forward-only result set ordered by case id in column 1, walked alongside the baselines. */
	private static final class Cursor {
		final ResultSet rows;
		boolean valid;

		Cursor(ResultSet rows) throws SQLException {
			this.rows = rows;
			this.valid = rows.next();
		}

		void skipTo(long caseId) throws SQLException {
			while (valid && rows.getLong(1) < caseId) {
				valid = rows.next();
			}
		}

		boolean at(long caseId) throws SQLException {
			return valid && rows.getLong(1) == caseId;
		}

		void next() throws SQLException {
			valid = rows.next();
		}
	}

	private static LocalDate date(ResultSet rows, int column) throws SQLException {
		java.sql.Date date = rows.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	// --- due list -------------------------------------------------------------------------------------------------

	@Override
	public DueGroup dueOccasions(String status, LocalDate from, LocalDate to, boolean latestFirst, Set<String> units,
			String staffUserName, int limit) {
		Objects.requireNonNull(status, "status");
		if (units != null && units.isEmpty()) {
			return new DueGroup(List.of(), 0);
		}
		// every value bound; the conditions are shared by the count and the page
		List<Object> parameters = new ArrayList<>(List.of(status));
		StringBuilder where = new StringBuilder(" FROM ISU_OCCASION o JOIN ISU_CASE c ON c.ID = o.CASE_ID"
				+ " JOIN ISU_UNIT u ON u.ID = c.UNIT_ID JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID"
				+ " LEFT JOIN ISU_STAFF st ON st.ID = c.RESPONSIBLE_STAFF_ID"
				// one line per form due (decision 79); a case-level occasion bound to no form is one line of its own
				+ " LEFT JOIN ISU_OCCASION_FORM f ON f.OCCASION_ID = o.ID WHERE o.STATUS = ?");
		if ("PLANNED".equals(status)) {
			// a form already answered in full at a planned occasion (MST: the family's, not yet the therapist's) is not due
			where.append(" AND NOT EXISTS (SELECT 1 FROM ISU_ASSESSMENT a WHERE a.OCCASION_ID = o.ID"
					+ " AND a.INSTRUMENT_ID = f.INSTRUMENT_ID AND a.STATUS = 'COMPLETE')");
		}
		if (from != null) {
			where.append(" AND o.PLANNED_DATE >= ?");
			parameters.add(java.sql.Date.valueOf(from));
		}
		if (to != null) {
			where.append(" AND o.PLANNED_DATE <= ?");
			parameters.add(java.sql.Date.valueOf(to));
		}
		if (units != null) {
			where.append(" AND u.CODE IN (").append(String.join(", ", units.stream().map(u -> "?").toList())).append(")");
			parameters.addAll(units.stream().sorted().toList());
		}
		if (staffUserName != null) {
			where.append(" AND st.USER_NAME = ?");
			parameters.add(staffUserName);
		}
		String order = latestFirst ? " DESC" : "";
		Sql page = new Sql("SELECT c.CASE_NUMBER, u.CODE, st.USER_NAME, st.DISPLAY_NAME, o.KIND, o.PLANNED_DATE, o.STATUS,"
				+ " o.NOT_DONE_REASON, o.ID, k.GIVEN_NAME, k.FAMILY_NAME, f.INSTRUMENT_ID, k.PROTECTED_IDENTITY" + where + " ORDER BY o.PLANNED_DATE"
				+ order + ", c.CASE_NUMBER" + order + ", o.ID" + order + ", f.INSTRUMENT_ID FETCH FIRST " + limit
				+ " ROWS ONLY", parameters);
		Sql count = new Sql("SELECT COUNT(*)" + where, parameters);
		return database.jdbc(connection -> {
			List<DueOccasion> due = new ArrayList<>();
			try (PreparedStatement statement = prepare(connection, page); ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					int reason = rows.getInt(8);
					Integer notDone = rows.wasNull() ? null : reason;
					due.add(new DueOccasion(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
							rows.getString(5), date(rows, 6), rows.getString(7), notDone, rows.getLong(9),
							name(rows.getString(10), rows.getString(11)), rows.getString(12), rows.getInt(13) != 0));
				}
			}
			long total = due.size();
			if (due.size() >= limit) {
				try (PreparedStatement statement = prepare(connection, count); ResultSet rows = statement.executeQuery()) {
					rows.next();
					total = rows.getLong(1);
				}
			}
			return new DueGroup(due, total);
		});
	}

	/** Given and family name as the case list shows them. */
	private static String name(String given, String family) {
		return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
	}
}
