package se.isu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import se.isu.store.IsuHome;
import se.isu.testkit.Components;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * {@code ./isu db init} on an empty PostgreSQL database, as a unit's IT runs it: schema, the application role's
 * rights enforced by the database, the home pointed at the server and the first administrator. Needs the throwaway
 * cluster of ./isu test.
 */
@EnabledIfSystemProperty(named = "isu.test.pg.admin", matches = ".+")
class DatabaseCommandsTest {

	@TempDir
	Path home;

	@Test
	void dbInitCreatesTheSchemaTheRolesRightsAndTheFirstAdministratorOnAnEmptyServerDatabase() throws Exception {
		Properties admin = new Properties();
		try (InputStream in = Files.newInputStream(Path.of(System.getProperty("isu.test.pg.admin")))) {
			admin.load(in);
		}
		String name = "isu_cli_init_" + ProcessHandle.current().pid();
		sql(admin, "postgres", "postgres", "CREATE DATABASE " + name + " OWNER isu_owner");
		String url = admin.getProperty("url").replaceFirst("/postgres$", "/" + name);

		String suiteHome = System.getProperty(IsuHome.PROPERTY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		TestUsers.logout();
		System.setProperty(IsuHome.PROPERTY, home.toString());
		try (Services services = new Services(OsgiServices.context())) {
			exit = new Commands(services, new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("ISU_NEW_PASSWORD", "ett-långt-lösenord-1"))
					.run(List.of("db", "init", "--url", url, "--user", "isu_owner", "--app-user", "isu_app", "--admin",
							"chef.it", "--name", "Chef IT"));
		} finally {
			// back to this suite's own database for the tests that follow
			System.setProperty(IsuHome.PROPERTY, suiteHome);
			Components.restart(Components.DATABASE);
		}
		String printed = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
		assertTrue(printed.contains("Systemadministratören chef.it är skapad"), printed);
		String connection = Files.readString(home.resolve("database.properties"));
		assertTrue(connection.contains("url=" + url) && connection.contains("user=isu_app"), connection);
		assertTrue(!connection.contains("password="), "no password in the connection file");

		// the program's role: the administrator is there, the access log cannot be changed, no table dropped
		try (Connection app = connect(admin, name, "isu_app"); Statement s = app.createStatement()) {
			try (ResultSet rows = s.executeQuery("SELECT ROLE FROM ISU_ACCOUNT WHERE USER_NAME = 'chef.it'")) {
				assertTrue(rows.next());
				assertEquals("SYSTEM_ADMIN", rows.getString(1));
			}
			for (String forbidden : List.of("DELETE FROM ISU_ACCESS_LOG", "UPDATE ISU_ACCESS_LOG SET DETAIL = NULL",
					"DROP TABLE ISU_ACCOUNT")) {
				assertEquals("42501", assertThrows(SQLException.class, () -> s.execute(forbidden), forbidden).getSQLState());
			}
		}
	}

	private static void sql(Properties admin, String database, String user, String statement) throws SQLException {
		try (Connection c = connect(admin, database, user); Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private static Connection connect(Properties admin, String database, String user) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(admin.getProperty("url").replaceFirst("/postgres$", "/" + database));
		source.setUser(user);
		return source.getConnection();
	}
}
