package se.isu.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.isu.store.StoreException;

/**
 * Brings the schema up to date at start: applies the numbered SQL scripts listed in
 * {@code db/migration/index.txt} that the database has not seen, each in its own transaction,
 * and records version, name and checksum in {@code ISU_SCHEMA_VERSION}.
 *
 * <p>Why not Flyway or Liquibase: both discover scripts and database support through class-path scanning and
 * ServiceLoader, which need extra bridging inside OSGi, for what is here about one page of code; see
 * docs/architecture.md. An applied script that was edited afterwards is refused (checksum), as those libraries do.
 */
public final class SchemaMigrator {

	static final String INDEX = "db/migration/index.txt";
	private static final String FOLDER = "db/migration/";
	/** SQLSTATE of a refused privilege (PostgreSQL 42501; Derby uses 42xxx codes of its own). */
	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private final ClassLoader resources;
	private final Dialect dialect;

	/** Migrates an embedded Derby database. */
	public SchemaMigrator(ClassLoader resources) {
		this(resources, Dialect.DERBY);
	}

	/**
	 * @param dialect whose folder ({@code db/migration/postgresql/}) may hold a file of the same name that replaces a
	 *                shared migration for that database only
	 */
	public SchemaMigrator(ClassLoader resources, Dialect dialect) {
		this.resources = resources;
		this.dialect = dialect;
	}

	/** A script as listed in the index: version from its name {@code V007__what.sql}. */
	record Migration(int version, String name, String sql, String checksum) {
	}

	/** @return the number of scripts applied now (0 when the schema was current) */
	public int migrate(Connection connection) {
		return migrate(connection, Integer.MAX_VALUE);
	}

	/** Applies the scripts up to and including version {@code upTo}; tests use it to build data on an old schema. */
	int migrate(Connection connection, int upTo) {
		try {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				return migrateInTransactions(connection, upTo);
			} finally {
				connection.setAutoCommit(autoCommit);
			}
		} catch (SQLException e) {
			throw new StoreException("Schema migration failed: " + e.getMessage(), e);
		}
	}

	private int migrateInTransactions(Connection connection, int upTo) throws SQLException {
		ensureVersionTable(connection);
		Map<Integer, String> applied = appliedChecksums(connection);
		List<Migration> migrations = listMigrations();
		Map<Integer, String> seen = applied;
		if (dialect == Dialect.POSTGRESQL && migrations.stream().anyMatch(m -> m.version() <= upTo && !seen.containsKey(m.version()))) {
			// Several workbenches may start at once on a server: one migrates, the others wait and then find it done.
			// (Only the owner role may lock this table: the application role gets a clear refusal instead.)
			try (Statement lock = connection.createStatement()) {
				lock.execute("LOCK TABLE ISU_SCHEMA_VERSION IN EXCLUSIVE MODE");
			} catch (SQLException e) {
				connection.rollback();
				throw new StoreException("Databasens schema är äldre än programmet och den här databasrollen får inte"
						+ " uppdatera det: kör ./isu db migrate som databasens ägare (docs/deploying.md). / The database"
						+ " schema is older than the program and this role may not migrate it: run ./isu db migrate as the"
						+ " database owner. (" + e.getMessage() + ")", e);
			}
			applied = appliedChecksums(connection);
		}
		int count = 0;
		for (Migration migration : migrations) {
			if (migration.version() > upTo) {
				break;
			}
			String known = applied.get(migration.version());
			if (known != null) {
				if (!known.equals(migration.checksum())) {
					throw new StoreException("Migration " + migration.name()
							+ " was changed after it was applied to this database (checksum differs). "
							+ "Add a new migration instead of editing an applied one.");
				}
				continue;
			}
			apply(connection, migration);
			count++;
		}
		// Ends the read transaction too: Derby refuses to close a connection with one open.
		connection.commit();
		return count;
	}

	List<Migration> listMigrations() {
		List<Migration> migrations = new ArrayList<>();
		for (String line : read(INDEX).split("\\R")) {
			String name = line.strip();
			if (name.isEmpty() || name.startsWith("#")) {
				continue;
			}
			if (!name.matches("V\\d{3}__[a-z0-9_]+\\.sql")) {
				throw new StoreException("Migration name " + name + " does not follow V000__name.sql");
			}
			int version = Integer.parseInt(name.substring(1, 4));
			if (migrations.stream().anyMatch(m -> m.version() == version)) {
				throw new StoreException("Two migrations in " + INDEX + " have the version of " + name);
			}
			String sql = readOptional(FOLDER + dialect.folder() + "/" + name);
			if (sql == null) {
				sql = read(FOLDER + name);
			}
			migrations.add(new Migration(version, name, sql, sha256(sql)));
		}
		// Applied by version, whatever the order of the lines: engineers working in parallel each add a block of
		// their own to the index, and a merge may put a later block first.
		migrations.sort(java.util.Comparator.comparingInt(Migration::version));
		return migrations;
	}

	private void apply(Connection connection, Migration migration) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(migration.sql())) {
				statement.execute(sql);
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO ISU_SCHEMA_VERSION (VERSION, NAME, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
				insert.setInt(1, migration.version());
				insert.setString(2, migration.name());
				insert.setString(3, migration.checksum());
				insert.setTimestamp(4, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			}
			if (dialect != Dialect.POSTGRESQL) {
				connection.commit();
			}
			// On PostgreSQL (transactional DDL) all pending migrations commit together at the end, so the lock on
			// ISU_SCHEMA_VERSION is held until the last one is in and a waiting client then finds them all applied.
		} catch (SQLException e) {
			connection.rollback();
			throw new StoreException("Migration " + migration.name() + " failed and was rolled back: " + e.getMessage(), e);
		}
	}

	/** Splits a script on semicolons that end a line; strips {@code --} comment lines. */
	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("--") || trimmed.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String sql = current.toString().strip();
				statements.add(sql.substring(0, sql.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

	private void ensureVersionTable(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(),
				dialect.stored("ISU_SCHEMA_VERSION"), null)) {
			if (tables.next()) {
				return;
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE ISU_SCHEMA_VERSION (VERSION INT NOT NULL PRIMARY KEY, "
					+ "NAME VARCHAR(200) NOT NULL, CHECKSUM CHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
		} catch (SQLException e) {
			if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
				throw e;
			}
			// The application's role pointed at a server database nobody has set up: say what to run, not
			// "permission denied for schema public".
			connection.rollback();
			throw new StoreException("Databasen har inga ISU-tabeller än, och den här databasrollen (" + user(connection)
					+ ") får inte skapa dem: låt databasens ägare köra ./isu db init --url … --user ÄGARE --app-user "
					+ user(connection) + " (docs/deploying.md). / The database holds no ISU tables yet and this role may"
					+ " not create them: have the database owner run ./isu db init.", e);
		}
		connection.commit();
	}

	private static String user(Connection connection) {
		try {
			return connection.getMetaData().getUserName();
		} catch (SQLException e) {
			return "?";
		}
	}

	private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
		Map<Integer, String> applied = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT VERSION, CHECKSUM FROM ISU_SCHEMA_VERSION ORDER BY VERSION")) {
			while (rows.next()) {
				applied.put(rows.getInt(1), rows.getString(2).strip());
			}
		}
		return applied;
	}

	/** The resource's text, or null when there is none. */
	private String readOptional(String path) {
		try (InputStream in = resources.getResourceAsStream(path)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Cannot read migration resource " + path, e);
		}
	}

	private String read(String path) {
		try (InputStream in = resources.getResourceAsStream(path)) {
			if (in == null) {
				throw new StoreException("Missing migration resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Cannot read migration resource " + path, e);
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
