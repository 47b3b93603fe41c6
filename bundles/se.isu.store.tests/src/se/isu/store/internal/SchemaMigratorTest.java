package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.StoreException;

class SchemaMigratorTest {

	@TempDir
	Path folder;

	/** Runs on Derby and, in the PostgreSQL run, on PostgreSQL with its own overrides (V001, V003). */
	private final SchemaMigrator migrator = new SchemaMigrator(SchemaMigrator.class.getClassLoader(), TestDatabases.dialect());

	@Test
	void aFreshDatabaseGetsEveryMigrationOnceAndASecondRunAppliesNone() throws SQLException {
		try (Connection connection = connect()) {
			int listed = migrator.listMigrations().size();
			assertTrue(listed >= 1);
			assertEquals(listed, migrator.migrate(connection));
			assertEquals(0, migrator.migrate(connection));
			try (Statement s = connection.createStatement();
					ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM ISU_SCHEMA_VERSION")) {
				rows.next();
				assertEquals(listed, rows.getInt(1));
			}
		}
	}

	@Test
	void anAppliedMigrationThatWasEditedIsRefused() throws SQLException {
		try (Connection connection = connect()) {
			migrator.migrate(connection);
			try (Statement s = connection.createStatement()) {
				s.executeUpdate("UPDATE ISU_SCHEMA_VERSION SET CHECKSUM = '" + "0".repeat(64) + "' WHERE VERSION = 1");
				connection.commit();
			}
			StoreException e = assertThrows(StoreException.class, () -> migrator.migrate(connection));
			assertTrue(e.getMessage().contains("V001__initial_schema.sql"), e.getMessage());
		}
	}

	/** On a server, the application's role cannot create tables: an empty database says who must run what. */
	@Test
	@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = TestDatabases.PROPERTY, matches = "postgresql")
	void theApplicationRoleOnAnEmptyServerDatabaseIsToldToHaveTheOwnerRunDbInit() throws SQLException {
		Path home = TestDatabases.onServer(folder.resolve("home"));
		se.isu.store.ConnectionSettings settings = se.isu.store.ConnectionSettings.read(home).orElseThrow();
		org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
		source.setURL(settings.url());
		source.setUser("isu_app");
		try (Connection app = source.getConnection()) {
			StoreException refused = assertThrows(StoreException.class, () -> migrator.migrate(app));
			assertTrue(refused.getMessage().startsWith("Databasen har inga ISU-tabeller än")
					&& refused.getMessage().contains("isu_app") && refused.getMessage().contains("./isu db init"),
					refused.getMessage());
		}
	}

	@Test
	void scriptsAreSplitOnLineEndingSemicolonsAndCommentsDropped() {
		List<String> statements = SchemaMigrator.statements("-- comment\nCREATE TABLE A (X INT);\n\nCREATE INDEX I\n  ON A (X);\n");
		assertEquals(List.of("CREATE TABLE A (X INT)", "CREATE INDEX I\n  ON A (X)"), statements);
	}

	private Connection connect() throws SQLException {
		return TestDatabases.freshConnection(folder.resolve("db"));
	}

	@Test
	void clientAnswersStoredInOccasionColumnsBecomeClientQuestionAssessments() throws SQLException {
		try (Connection connection = connect(); Statement s = connection.createStatement()) {
			migrator.migrate(connection, 2);
			s.executeUpdate("INSERT INTO ISU_UNIT (CODE, NAME) VALUES ('U', 'Enhet')");
			s.executeUpdate("INSERT INTO ISU_CLIENT (PERSONAL_ID) VALUES ('19700101-1233')");
			s.executeUpdate("INSERT INTO ISU_CASE (CASE_NUMBER, CLIENT_ID, UNIT_ID, STATUS, CURRENT_STEP)"
					+ " SELECT 'U-1', c.ID, u.ID, 'CLOSED', 'AVSLUTA' FROM ISU_CLIENT c, ISU_UNIT u");
			s.executeUpdate("INSERT INTO ISU_OCCASION (CASE_ID, KIND, STATUS, DONE_DATE, B1A, B2, B5)"
					+ " SELECT ID, 'DISCHARGE', 'DONE', DATE('2025-06-01'), 1, 3, 5 FROM ISU_CASE");
			s.executeUpdate("INSERT INTO ISU_OCCASION (CASE_ID, KIND, STATUS) SELECT ID, 'FOLLOW_UP', 'PLANNED' FROM ISU_CASE");
			connection.commit();

			migrator.migrate(connection);

			try (ResultSet rows = s.executeQuery("SELECT a.INSTRUMENT_ID, a.INSTRUMENT_VERSION, a.STATUS, a.ASSESSED_ON,"
					+ " o.KIND FROM ISU_ASSESSMENT a JOIN ISU_OCCASION o ON o.ID = a.OCCASION_ID")) {
				assertTrue(rows.next());
				assertEquals("isu.klientfragor 2019 COMPLETE 2025-06-01 DISCHARGE", rows.getString(1) + " " + rows.getString(2)
						+ " " + rows.getString(3) + " " + rows.getDate(4) + " " + rows.getString(5));
				assertTrue(!rows.next(), "an occasion without answers gets no assessment");
			}
			try (ResultSet rows = s.executeQuery(
					"SELECT ITEM_ID, TEXT_VALUE, NUMBER_VALUE FROM ISU_ASSESSMENT_ANSWER ORDER BY ITEM_ID")) {
				StringBuilder answers = new StringBuilder();
				while (rows.next()) {
					answers.append(rows.getString(1)).append('=').append(rows.getString(2)).append('/')
							.append(rows.getDouble(3)).append(' ');
				}
				assertEquals("B1a=1/1.0 B2=3/3.0 B5=5/5.0", answers.toString().strip());
			}
			assertThrows(SQLException.class, () -> s.executeQuery("SELECT B1A FROM ISU_OCCASION"), "the old columns are gone");
		}
	}

	/** Issue 13: an old database gets each occasion's forms from the assessments answered there (V015). */
	@Test
	void formsAnsweredAtAnOccasionBecomeItsFormsDueAndOccasionsWithoutAnswersStayCaseLevel() throws SQLException {
		try (Connection connection = connect(); Statement s = connection.createStatement()) {
			migrator.migrate(connection, 14);
			s.executeUpdate("INSERT INTO ISU_UNIT (CODE, NAME) VALUES ('U', 'Enhet')");
			s.executeUpdate("INSERT INTO ISU_CLIENT (PERSONAL_ID) VALUES ('19700101-1233')");
			s.executeUpdate("INSERT INTO ISU_CASE (CASE_NUMBER, CLIENT_ID, UNIT_ID, STATUS, CURRENT_STEP)"
					+ " SELECT 'U-1', c.ID, u.ID, 'CLOSED', 'AVSLUTA' FROM ISU_CLIENT c, ISU_UNIT u");
			for (String occasion : List.of("'INTAKE', 'DONE', 0", "'FOLLOW_UP', 'DONE', 1", "'FOLLOW_UP', 'NOT_DONE', 2")) {
				s.executeUpdate("INSERT INTO ISU_OCCASION (CASE_ID, KIND, STATUS, POSITION) SELECT ID, " + occasion
						+ " FROM ISU_CASE");
			}
			// ASI Grund at intake; at the first follow-up ASI Uppföljning (complete, twice: a re-interview) and the
			// client questions (still in progress: started is enough to say the form was due there)
			assess(s, "o.KIND = 'INTAKE'", "asi.grund", "COMPLETE");
			assess(s, "o.STATUS = 'DONE' AND o.KIND = 'FOLLOW_UP'", "asi.uppfoljning", "COMPLETE");
			assess(s, "o.STATUS = 'DONE' AND o.KIND = 'FOLLOW_UP'", "asi.uppfoljning", "COMPLETE");
			assess(s, "o.STATUS = 'DONE' AND o.KIND = 'FOLLOW_UP'", "isu.klientfragor", "IN_PROGRESS");
			connection.commit();

			migrator.migrate(connection);

			StringBuilder forms = new StringBuilder();
			try (ResultSet rows = s.executeQuery("SELECT o.KIND, o.STATUS, f.INSTRUMENT_ID FROM ISU_OCCASION o"
					+ " LEFT JOIN ISU_OCCASION_FORM f ON f.OCCASION_ID = o.ID ORDER BY o.POSITION, f.INSTRUMENT_ID")) {
				while (rows.next()) {
					forms.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ')
							.append(rows.getString(3)).append('\n');
				}
			}
			assertEquals("""
					INTAKE DONE asi.grund
					FOLLOW_UP DONE asi.uppfoljning
					FOLLOW_UP DONE isu.klientfragor
					FOLLOW_UP NOT_DONE null
					""", forms.toString(), "the missed follow-up had no form answered: it stays bound to none");
		}
	}

	private static void assess(Statement s, String occasion, String instrument, String status) throws SQLException {
		s.executeUpdate("INSERT INTO ISU_ASSESSMENT (CASE_ID, OCCASION_ID, INSTRUMENT_ID, INSTRUMENT_VERSION, RESPONDENT,"
				+ " STATUS) SELECT o.CASE_ID, o.ID, '" + instrument + "', '1', 'CLIENT', '" + status
				+ "' FROM ISU_OCCASION o WHERE " + occasion);
	}
}
