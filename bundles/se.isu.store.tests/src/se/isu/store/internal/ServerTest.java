package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.IsuCase;
import se.isu.store.AccessLogChain;
import se.isu.store.AccessLogRepository.LogRow;
import se.isu.store.ConnectionSettings;
import se.isu.store.ServerDatabase;

/**
 * A unit's PostgreSQL database as IT runs it: the application role's rights are enforced by the database itself,
 * an embedded installation moves over with equal data and a whole log chain, and pg_dump/pg_restore bring a server
 * database back. Needs the throwaway cluster (./isu test).
 */
@EnabledIfSystemProperty(named = TestDatabases.ADMIN, matches = ".+")
class ServerTest {

	@TempDir
	Path folder;

	@Test
	void theApplicationRoleCannotDropTablesNorChangeOrRemoveAccessLogRows() throws Exception {
		Path home = TestDatabases.onServer(folder.resolve("owner"));
		ConnectionSettings owner = ConnectionSettings.read(home).orElseThrow();
		ServerDatabase.migrateAndGrant(owner, "isu_app");
		String database = owner.url().substring(owner.url().lastIndexOf('/') + 1);

		// the program, logged in as the application role, works: a case, a log entry
		Path appHome = folder.resolve("app");
		Files.createDirectories(appHome);
		Files.writeString(appHome.resolve(ConnectionSettings.FILE), "url=" + owner.url() + "\nuser=isu_app\n");
		Database app = new Database();
		app.open(appHome);
		try {
			StoreFixtures.storeCase(app, "19811218-9876", "Åsa", "Öberg");
			JdbcAccessLogRepository log = new JdbcAccessLogRepository();
			log.database = app;
			log.append(LocalDateTime.now(), "anna", "CASE_READ", "VUX-2026-00001", null);
			log.append(LocalDateTime.now(), "anna", "CASE_WRITE", "VUX-2026-00001", null);
		} finally {
			app.close();
		}

		TestDatabases.admin(database, "isu_app", connection -> {
			connection.setAutoCommit(true);
			for (String forbidden : List.of("DROP TABLE ISU_CASE", "DROP TABLE ISU_ACCESS_LOG",
					"UPDATE ISU_ACCESS_LOG SET DETAIL = 'ändrad' WHERE SEQ = 1", "DELETE FROM ISU_ACCESS_LOG WHERE SEQ = 2",
					"TRUNCATE ISU_ACCESS_LOG", "ALTER TABLE ISU_CASE ADD COLUMN X INT",
					"DELETE FROM ISU_SCHEMA_VERSION", "CREATE TABLE ISU_OTHER (X INT)")) {
				SQLException refused = assertThrows(SQLException.class, () -> {
					try (Statement s = connection.createStatement()) {
						s.execute(forbidden);
					}
				}, forbidden);
				assertEquals("42501", refused.getSQLState(), forbidden + ": " + refused.getMessage());
			}
			try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM ISU_ACCESS_LOG")) {
				rows.next();
				assertEquals(2, rows.getInt(1), "both entries are still there");
			}
		});
	}

	@Test
	void anEmbeddedInstallationMovesWithEqualDataAndAWholeLogChain() throws Exception {
		Path derbyHome = folder.resolve("derby");
		Database derby = new Database();
		derby.open(derbyHome);
		IsuCase moved;
		try {
			moved = StoreFixtures.store(derby, "19811218-9876", "Åsa", "Öberg-Ängström", java.time.LocalDate.of(2025, 3, 1),
					java.time.LocalDate.of(2025, 9, 1), java.time.LocalDate.of(2025, 9, 1));
			StoreFixtures.storeCase(derby, "19900630-4563", "Maja Lisa", "Sökbar");
			JdbcAccessLogRepository log = new JdbcAccessLogRepository();
			log.database = derby;
			for (int i = 0; i < 30; i++) {
				log.append(LocalDateTime.now(), "anna", "CASE_READ", moved.getCaseNumber(), "läst #" + i);
			}
		} finally {
			derby.close();
		}
		Path serverHome = TestDatabases.onServer(folder.resolve("server"));
		ConnectionSettings owner = ConnectionSettings.read(serverHome).orElseThrow();

		ServerDatabase.MoveReport report = ServerDatabase.moveFromDerby(derbyHome, owner, "isu_app");
		assertEquals(2L, report.rows().get("ISU_CASE"));
		assertEquals(30L, report.rows().get("ISU_ACCESS_LOG"));
		assertEquals(30L, report.logEntriesVerified());

		// Independently of the tool's own comparison: every table, row by row, on both sides.
		derby = new Database();
		derby.open(derbyHome);
		Database server = new Database();
		server.open(serverHome);
		try {
			Map<String, List<String>> left = contents(derby);
			Map<String, List<String>> right = contents(server);
			assertEquals(left.keySet(), right.keySet());
			for (String table : left.keySet()) {
				assertEquals(left.get(table), right.get(table), table);
			}
			IsuCase found = StoreFixtures.cases(server).findCase(moved.getCaseNumber()).orElseThrow();
			assertEquals("Öberg-Ängström", found.getClient().getFamilyName());
			assertEquals(1, found.getOccasions().size());
			// new rows get new ids: the identity sequences were moved past the copied ones
			IsuCase added = StoreFixtures.storeCase(server, "19700101-1233", "Ny", "Klient");
			assertTrue(added.getId() > moved.getId());
			List<LogRow> rows = new ArrayList<>();
			JdbcAccessLogRepository log = new JdbcAccessLogRepository();
			log.database = server;
			log.append(LocalDateTime.now(), "bertil", "CASE_READ", added.getCaseNumber(), null);
			log.forEach(rows::add);
			assertEquals(31, rows.size(), "the chain goes on from the moved entries");
			assertChainWhole(rows);
		} finally {
			server.close();
			derby.close();
		}
		assertThrows(se.isu.store.StoreException.class, () -> ServerDatabase.moveFromDerby(derbyHome, owner, "isu_app"),
				"a second move into a database that holds data is refused");
	}

	@Test
	void aServerDatabaseComesBackFromPgDumpWithItsCasesAndLogChain() throws Exception {
		Path home = TestDatabases.onServer(folder.resolve("live"));
		Database live = new Database();
		live.open(home);
		IsuCase stored;
		try {
			stored = StoreFixtures.storeCase(live, "19811218-9876", "Åsa", "Öberg");
			JdbcAccessLogRepository log = new JdbcAccessLogRepository();
			log.database = live;
			for (int i = 0; i < 5; i++) {
				log.append(LocalDateTime.now(), "anna", "CASE_READ", stored.getCaseNumber(), null);
			}
		} finally {
			live.close();
		}
		ConnectionSettings settings = ConnectionSettings.read(home).orElseThrow();
		Properties admin = TestDatabases.adminProperties();
		// the cluster's own client tools when they are beside the server (Debian), else those on the PATH
		String bin = Files.isExecutable(Path.of(admin.getProperty("bin"), "pg_dump")) ? admin.getProperty("bin") + "/" : "";
		String port = admin.getProperty("port");
		String source = settings.url().substring(settings.url().lastIndexOf('/') + 1);
		Path dump = folder.resolve("isu.dump");
		run(bin + "pg_dump", "-h", "127.0.0.1", "-p", port, "-U", "isu_owner", "-Fc", "-f", dump.toString(), source);

		Path restoredHome = TestDatabases.onServer(folder.resolve("restored"));
		String target = ConnectionSettings.read(restoredHome).orElseThrow().url();
		target = target.substring(target.lastIndexOf('/') + 1);
		run(bin + "pg_restore", "-h", "127.0.0.1", "-p", port, "-U", "isu_owner", "-d", target, "--exit-on-error",
				dump.toString());

		Database restored = new Database();
		restored.open(restoredHome);
		try {
			assertEquals("Öberg", StoreFixtures.cases(restored).findCase(stored.getCaseNumber()).orElseThrow()
					.getClient().getFamilyName());
			List<LogRow> rows = new ArrayList<>();
			JdbcAccessLogRepository log = new JdbcAccessLogRepository();
			log.database = restored;
			log.forEach(rows::add);
			assertEquals(5, rows.size());
			assertChainWhole(rows);
			assertTrue(StoreFixtures.storeCase(restored, "19700101-1233", "Ny", "Klient").getId() > stored.getId(),
					"the sequences came back too");
		} finally {
			restored.close();
		}
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
		assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
	}

	private static void assertChainWhole(List<LogRow> rows) {
		String previous = AccessLogChain.GENESIS;
		long seq = 1;
		for (LogRow row : rows) {
			assertEquals(seq++, row.seq());
			assertEquals(previous, row.previousHash().strip());
			assertEquals(AccessLogChain.hash(previous, row.seq(), row.loggedAt(), row.userName(), row.action(),
					row.caseNumber(), row.detail()), row.entryHash().strip());
			previous = row.entryHash().strip();
		}
	}

	/** Every application table's rows as text, in key order: what "equal data" means. */
	private static Map<String, List<String>> contents(Database database) {
		return database.jdbc(connection -> {
			Map<String, List<String>> tables = new java.util.TreeMap<>();
			for (String table : ServerSetup.tablesInKeyOrder(connection)) {
				tables.put(table, List.of(ServerSetup.digest(connection, table)));
				tables.put(table + " rows", List.of(Long.toString(count(connection, table))));
			}
			return tables;
		});
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
