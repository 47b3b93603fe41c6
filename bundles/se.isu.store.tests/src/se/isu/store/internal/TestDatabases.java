package se.isu.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.ds.PGSimpleDataSource;

import se.isu.store.ConnectionSettings;

/**
 * Which database the store tests run on. {@code ./isu test} runs this fragment twice: on embedded Derby, and with
 * {@code -Disu.test.database=postgresql} on the throwaway cluster of releng/scripts/test-postgresql.sh, whose
 * superuser settings {@code isu.test.pg.admin} names. On PostgreSQL every test home gets a database of its own.
 */
public final class TestDatabases {

	/** The system property that selects the database of a test run. */
	public static final String PROPERTY = "isu.test.database";
	/** The throwaway cluster's superuser settings (admin.properties). */
	public static final String ADMIN = "isu.test.pg.admin";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestDatabases() {
	}

	/** True in the PostgreSQL run. */
	public static boolean postgresql() {
		return "postgresql".equals(System.getProperty(PROPERTY));
	}

	/** True when a throwaway PostgreSQL cluster is at hand (the PostgreSQL run of ./isu test). */
	public static boolean clusterAvailable() {
		String admin = System.getProperty(ADMIN);
		return admin != null && Files.isRegularFile(Path.of(admin));
	}

	/**
	 * The home the test should open: in the PostgreSQL run a new, empty database is created for it and named in its
	 * connection file (once: reopening the same home reaches the same database); on Derby the home as it is.
	 */
	public static Path home(Path home) {
		if (postgresql() && !Files.exists(home.resolve(ConnectionSettings.FILE))) {
			onServer(home);
		}
		return home;
	}

	/** The dialect of this run. */
	public static Dialect dialect() {
		return postgresql() ? Dialect.POSTGRESQL : Dialect.DERBY;
	}

	/**
	 * A connection to a new, empty database of this run's kind, not yet migrated (Derby in {@code folder}; on
	 * PostgreSQL a new database, as its owner role, with auto-commit off: the tests commit where Derby needs it).
	 */
	public static Connection freshConnection(Path folder) throws SQLException {
		if (!postgresql()) {
			org.apache.derby.jdbc.EmbeddedDataSource derby = new org.apache.derby.jdbc.EmbeddedDataSource();
			derby.setDatabaseName(folder.toString());
			derby.setCreateDatabase("create");
			return derby.getConnection(); // auto-commit on, as the tests wrote it for Derby
		}
		Path home = onServer(folder.resolveSibling(folder.getFileName() + "-home"));
		ConnectionSettings settings = ConnectionSettings.read(home).orElseThrow();
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(settings.url());
		source.setUser(settings.user());
		Connection connection = source.getConnection();
		connection.setAutoCommit(false);
		return connection;
	}

	/** Writes a connection file for a new empty database on the throwaway cluster into {@code home}. */
	public static Path onServer(Path home) {
		String name = "isu_t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
		admin(connection -> {
			try (Statement s = connection.createStatement()) {
				s.execute("CREATE DATABASE " + name + " OWNER isu_owner");
			}
		});
		Properties admin = adminProperties();
		String url = admin.getProperty("url").replaceFirst("/postgres$", "/" + name);
		try {
			Files.createDirectories(home);
			Files.writeString(home.resolve(ConnectionSettings.FILE), "url=" + url + "\nuser=isu_owner\n");
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return home;
	}

	/** Work on the cluster's {@code postgres} database as its superuser. */
	public static void admin(SqlWork work) {
		admin("postgres", "postgres", work);
	}

	/** Work on one database of the cluster as the given role (the cluster trusts loopback connections). */
	public static void admin(String database, String user, SqlWork work) {
		Properties admin = adminProperties();
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(admin.getProperty("url").replaceFirst("/postgres$", "/" + database));
		source.setUser(user);
		try (Connection connection = source.getConnection()) {
			work.apply(connection);
		} catch (SQLException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	@FunctionalInterface
	public interface SqlWork {
		void apply(Connection connection) throws SQLException;
	}

	static Properties adminProperties() {
		String file = System.getProperty(ADMIN);
		if (file == null) {
			throw new AssertionError("No PostgreSQL test cluster: " + ADMIN + " is not set (./isu test starts one)");
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			properties.load(in);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return properties;
	}
}
