package se.isu.store.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import se.isu.store.AccessLogChain;
import se.isu.store.ConnectionSettings;
import se.isu.store.StoreException;

/**
 * What a unit's IT does to a PostgreSQL database as its owner: bring the schema up to date and give the application's
 * role exactly what it needs (decision 84), and move an embedded installation into it (decision 83).
 */
public final class ServerSetup {

	/** A role name we put into GRANT statements: an allowlist, then quoted. */
	private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private ServerSetup() {
	}

	/** A connection as the owner, auto-commit off. */
	public static Connection connect(ConnectionSettings owner) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(owner.url());
		source.setUser(owner.user());
		char[] password = owner.password();
		if (password != null) {
			source.setPassword(new String(password));
			java.util.Arrays.fill(password, '\0');
		}
		if (owner.sslMode() != null) {
			source.setSslMode(owner.sslMode());
		}
		source.setApplicationName("ISU Workbench (setup)");
		Connection connection = source.getConnection();
		connection.setAutoCommit(false);
		return connection;
	}

	/**
	 * Applies the migrations the database lacks, then grants the application role its rights: read and write every
	 * table, except the access log (read and append only) and the migration record (read only). The role owns
	 * nothing, so it cannot drop or alter a table.
	 *
	 * @return the number of migrations applied now
	 */
	public static int migrateAndGrant(ConnectionSettings owner, String applicationRole) {
		String role = checkedRole(applicationRole, owner.user());
		try (Connection connection = connect(owner)) {
			int applied = new SchemaMigrator(ServerSetup.class.getClassLoader(), Dialect.POSTGRESQL).migrate(connection);
			grant(connection, role);
			connection.commit();
			return applied;
		} catch (SQLException e) {
			throw new StoreException("Databasen " + owner + " kunde inte förberedas / could not be set up: " + e.getMessage(), e);
		}
	}

	static String checkedRole(String applicationRole, String ownerRole) {
		if (applicationRole == null || !ROLE.matcher(applicationRole).matches()) {
			throw new StoreException("--app-user: en rolls namn är små bokstäver, siffror och _ (högst 63), var '"
					+ applicationRole + "'. / A role name is lower-case letters, digits and _.");
		}
		if (applicationRole.equalsIgnoreCase(ownerRole)) {
			throw new StoreException("--app-user: programmets roll får inte vara tabellernas ägare (" + ownerRole
					+ "), då kunde den ta bort tabeller och ändra loggen. / The application role must not own the tables.");
		}
		return applicationRole;
	}

	private static void grant(Connection connection, String role) throws SQLException {
		String schema = connection.getSchema();
		String quoted = "\"" + role + "\"";
		String quotedSchema = "\"" + schema.replace("\"", "\"\"") + "\"";
		try (Statement s = connection.createStatement()) {
			s.execute("GRANT USAGE ON SCHEMA " + quotedSchema + " TO " + quoted);
			s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quotedSchema + " TO " + quoted);
			s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quotedSchema + " TO " + quoted);
			// The access log is appended to and read, never changed: the database refuses anything else (decision 84).
			s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON ISU_ACCESS_LOG FROM " + quoted);
			s.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ISU_SCHEMA_VERSION FROM " + quoted);
			s.execute("REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA " + quotedSchema + " FROM " + quoted);
		}
	}

	/** What {@link #copyFromDerby} did: rows per table, and the access-log entries whose chain was re-verified. */
	public record CopyReport(Map<String, Long> rows, long logEntriesVerified) {
	}

	/**
	 * Copies every table of the embedded database in {@code home} into the server database, which must hold no
	 * data yet, in one transaction: then compares each table's content (a digest of every row, in key order) on
	 * both sides and re-verifies the access-log chain on the server. Nothing is kept unless all of it holds.
	 */
	public static CopyReport copyFromDerby(Path home, ConnectionSettings owner, String applicationRole) {
		String role = checkedRole(applicationRole, owner.user());
		Path folder = home.resolve(Database.DATABASE_FOLDER);
		if (!Files.isRegularFile(folder.resolve("service.properties"))) {
			throw new StoreException("Ingen inbyggd databas i " + folder + " att flytta. / No embedded database to move.");
		}
		EmbeddedDataSource derby = new EmbeddedDataSource();
		derby.setDatabaseName(folder.toString());
		derby.setConnectionAttributes(EncryptionKey.bootAttributes(folder, EncryptionKey.resolve(home)));
		try (Connection source = derby.getConnection(); Connection target = connect(owner)) {
			source.setAutoCommit(false);
			new SchemaMigrator(ServerSetup.class.getClassLoader(), Dialect.DERBY).migrate(source);
			new SchemaMigrator(ServerSetup.class.getClassLoader(), Dialect.POSTGRESQL).migrate(target);
			List<String> tables = tablesInKeyOrder(source);
			for (String table : tables) {
				if (count(target, table) > 0) {
					throw new StoreException("Serverdatabasen har redan data i " + table + "; flytten görs bara till en tom"
							+ " databas. / The server database already holds data; the move needs an empty one.");
				}
			}
			Map<String, Long> rows = new LinkedHashMap<>();
			for (String table : tables) {
				rows.put(table, copy(source, target, table));
			}
			resetIdentities(target, tables);
			for (String table : tables) {
				String left = digest(source, table);
				String right = digest(target, table);
				if (!left.equals(right)) {
					throw new StoreException("Tabellen " + table + " blev inte lika på servern; inget har sparats. / Table "
							+ table + " did not arrive equal; nothing was kept.");
				}
			}
			long verified = verifyChain(target);
			grant(target, role);
			target.commit();
			source.commit();
			return new CopyReport(rows, verified);
		} catch (SQLException e) {
			throw new StoreException("Flytten till " + owner + " misslyckades; inget har sparats / the move failed and"
					+ " nothing was kept: " + e.getMessage(), e);
		}
	}

	/** The application's tables (not the migration record), parents before children. */
	static List<String> tablesInKeyOrder(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Dialect dialect = Dialect.of(connection);
		Map<String, Set<String>> parents = new TreeMap<>();
		try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				String table = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
				if (table.startsWith("ISU_") && !table.equals("ISU_SCHEMA_VERSION")) {
					parents.put(table, new LinkedHashSet<>());
				}
			}
		}
		for (String table : parents.keySet()) {
			try (ResultSet keys = meta.getImportedKeys(null, connection.getSchema(), dialect.stored(table))) {
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT);
					if (!parent.equals(table)) {
						parents.get(table).add(parent);
					}
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < parents.size()) {
			boolean progress = false;
			for (Map.Entry<String, Set<String>> entry : parents.entrySet()) {
				if (!ordered.contains(entry.getKey()) && ordered.containsAll(entry.getValue())) {
					ordered.add(entry.getKey());
					progress = true;
				}
			}
			if (!progress) {
				throw new StoreException("The tables' foreign keys form a cycle: " + parents);
			}
		}
		return ordered;
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static long copy(Connection source, Connection target, String table) throws SQLException {
		long copied = 0;
		try (Statement select = source.createStatement()) {
			select.setFetchSize(1000);
			try (ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
				ResultSetMetaData columns = rows.getMetaData();
				int n = columns.getColumnCount();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= n; i++) {
					names.add(columns.getColumnName(i));
				}
				String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
						+ String.join(", ", names.stream().map(c -> "?").toList()) + ")";
				try (PreparedStatement into = target.prepareStatement(insert)) {
					while (rows.next()) {
						for (int i = 1; i <= n; i++) {
							into.setObject(i, value(rows, i, columns.getColumnType(i)), targetType(columns.getColumnType(i)));
						}
						into.addBatch();
						if (++copied % 500 == 0) {
							into.executeBatch();
						}
					}
					into.executeBatch();
				}
			}
		}
		return copied;
	}

	/** A column's value as plain Java: a CLOB as its text. */
	private static Object value(ResultSet rows, int column, int type) throws SQLException {
		if (type == Types.CLOB) {
			Clob clob = rows.getClob(column);
			return clob == null ? null : clob.getSubString(1, (int) clob.length());
		}
		return rows.getObject(column);
	}

	private static int targetType(int sourceType) {
		return sourceType == Types.CLOB ? Types.VARCHAR : sourceType;
	}

	/** Rows inserted with their ids leave PostgreSQL's identity sequences behind: move each past the largest id. */
	private static void resetIdentities(Connection target, List<String> tables) throws SQLException {
		for (String table : tables) {
			try (ResultSet columns = target.getMetaData().getColumns(null, target.getSchema(), Dialect.POSTGRESQL.stored(table), "%")) {
				while (columns.next()) {
					if ("YES".equals(columns.getString("IS_AUTOINCREMENT"))) {
						String column = columns.getString("COLUMN_NAME");
						try (Statement s = target.createStatement()) {
							s.execute("SELECT setval(pg_get_serial_sequence('" + Dialect.POSTGRESQL.stored(table) + "', '" + column
									+ "'), COALESCE((SELECT MAX(" + column + ") FROM " + table + "), 0) + 1, false)");
						}
					}
				}
			}
		}
	}

	/** SHA-256 over every row of the table in the order of its primary key (or all columns), values normalised. */
	static String digest(Connection connection, String table) throws SQLException {
		List<String> key = new ArrayList<>();
		try (ResultSet rows = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), Dialect.of(connection).stored(table))) {
			TreeMap<Integer, String> ordered = new TreeMap<>();
			while (rows.next()) {
				ordered.put((int) rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
			}
			key.addAll(ordered.values());
		}
		List<String> columns = new ArrayList<>();
		try (ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), Dialect.of(connection).stored(table), "%")) {
			while (rows.next()) {
				columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
			}
		}
		java.util.Collections.sort(columns);
		List<String> order = key.isEmpty() ? columns : key;
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (Statement s = connection.createStatement();
					ResultSet rows = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY "
							+ String.join(", ", order))) {
				ResultSetMetaData meta = rows.getMetaData();
				while (rows.next()) {
					for (int i = 1; i <= columns.size(); i++) {
						String text = normalise(value(rows, i, meta.getColumnType(i)));
						digest.update((text == null ? "-" : text.length() + ":" + text).getBytes(StandardCharsets.UTF_8));
					}
					digest.update((byte) '\n');
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String normalise(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
			return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Timestamp timestamp) {
			// PostgreSQL keeps microseconds, Derby nanoseconds
			return timestamp.toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof String text) {
			return text.stripTrailing(); // CHAR(64) columns come back padded on both, but say so differently
		}
		return value.toString();
	}

	/** Recomputes the access-log chain from the first entry; throws naming the first entry that does not hold. */
	static long verifyChain(Connection connection) throws SQLException {
		String previous = AccessLogChain.GENESIS;
		long expected = 1;
		try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT SEQ, LOGGED_AT,"
				+ " USER_NAME, ACTION, CASE_NUMBER, DETAIL, PREVIOUS_HASH, ENTRY_HASH FROM ISU_ACCESS_LOG ORDER BY SEQ")) {
			while (rows.next()) {
				long seq = rows.getLong(1);
				String hash = AccessLogChain.hash(previous, seq, rows.getTimestamp(2).toLocalDateTime(), rows.getString(3),
						rows.getString(4), rows.getString(5), rows.getString(6));
				if (seq != expected || !previous.equals(rows.getString(7).strip()) || !hash.equals(rows.getString(8).strip())) {
					throw new StoreException("Åtkomstloggens kedja håller inte vid post " + seq + " efter flytten; inget har"
							+ " sparats. / The access-log chain breaks at entry " + seq + " after the move; nothing was kept.");
				}
				previous = hash;
				expected++;
			}
		}
		return expected - 1;
	}
}
