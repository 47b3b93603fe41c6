package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;

/** The case list's search (issue 12): words as literal prefixes of indexed terms, kept up to date by the store. */
class CaseSearchTest {

	@TempDir
	Path home;

	private Database database;
	private JpaCaseRepository repository;

	@BeforeEach
	void open() {
		database = new Database();
		database.open(TestDatabases.home(home));
		repository = StoreFixtures.cases(database);
	}

	@AfterEach
	void close() {
		database.close();
	}

	private List<String> found(String text) {
		return repository.findCases(CaseFilter.text(text)).stream().map(c -> c.getClient().getFamilyName()).sorted()
				.toList();
	}

	@Test
	void percentUnderscoreAndQuoteAreMatchedLiterally() {
		StoreFixtures.storeCase(database, "19811218-9876", "Ada", "Under_score");
		StoreFixtures.storeCase(database, "19121212-1212", "Bo", "Underwood");
		StoreFixtures.storeCase(database, "19700101-1233", "Cy", "O'Brien");
		assertEquals(List.of(), found("%"), "% is not a wildcard");
		assertEquals(List.of(), found("_"), "_ is not a wildcard");
		assertEquals(List.of("Under_score"), found("under_"));
		assertEquals(List.of(), found("under%"));
		assertEquals(List.of("O'Brien"), found("o'b"));
		assertEquals(List.of(), found("'; DROP TABLE ISU_CASE; --"));
		assertEquals(List.of(), found("\\"));
		assertEquals(3, repository.findCases(CaseFilter.all()).size(), "nothing was dropped");
	}

	@Test
	void everyWordMustMatchTheStartOfANameAPersonnummerOrTheCaseNumber() {
		StoreFixtures.storeCase(database, "19900630-4563", "Maja Lisa", "Sökbar");
		StoreFixtures.storeCase(database, "19811218-9876", "Maja", "Annan");
		assertEquals(List.of("Annan", "Sökbar"), found("maja"));
		assertEquals(List.of("Sökbar"), found("MAJA sök"));
		assertEquals(List.of("Sökbar"), found("lisa"), "a second given name");
		assertEquals(List.of(), found("ökbar"), "prefixes, not any substring");
		assertEquals(List.of("Sökbar"), found("19900630-4563"));
		assertEquals(List.of("Sökbar"), found("900630-4563"));
		assertEquals(List.of("Sökbar"), found("199006304563"));
		assertEquals(List.of("Sökbar"), found("4563"), "the last four digits");
		assertEquals(List.of("Annan", "Sökbar"), found("VUX-2026"));
		assertEquals(List.of("Annan"), found("VUX-2026-00002"));
		assertEquals(List.of("Annan"), found("2026-00002"));
	}

	@Test
	void aRenamedClientIsFoundByTheNewNameOnly() {
		IsuCase stored = StoreFixtures.storeCase(database, "19900630-4563", "Maja", "Gammalnamn");
		IsuCase loaded = repository.findCase(stored.getCaseNumber()).orElseThrow();
		loaded.getClient().setFamilyName("Nyttnamn");
		repository.updateCase(loaded);
		assertEquals(List.of(), found("gammal"));
		assertEquals(List.of("Nyttnamn"), found("nytt"));
	}

	@Test
	void theListIsTheNewestCasesWithTheirClientsUpToTheLimit() {
		for (int i = 0; i < 12; i++) {
			StoreFixtures.store(database, String.format("1990%02d01-0000", i + 1).substring(0, 9) + "1234", "Namn", "N" + i,
					LocalDate.of(2025, i + 1, 1), null, null);
		}
		List<IsuCase> listed = repository.findCases(new CaseFilter(null, null, null, null, 5));
		assertEquals(List.of("N11", "N10", "N9", "N8", "N7"), listed.stream().map(c -> c.getClient().getFamilyName()).toList());
	}

	@Test
	void casesStoredBeforeTheMigrationAreSearchableAfterIt() throws SQLException {
		database.close();
		SchemaMigrator migrator = new SchemaMigrator(SchemaMigrator.class.getClassLoader(), TestDatabases.dialect());
		try (Connection connection = TestDatabases.freshConnection(home.resolve("old")); Statement s = connection.createStatement()) {
			migrator.migrate(connection, 4);
			s.executeUpdate("INSERT INTO ISU_UNIT (CODE, NAME) VALUES ('VUX', 'Vuxen')");
			s.executeUpdate("INSERT INTO ISU_CLIENT (PERSONAL_ID, GIVEN_NAME, FAMILY_NAME)"
					+ " VALUES ('19900630-4563', ' Maja Lisa', 'Sökbar (demo)')");
			s.executeUpdate("INSERT INTO ISU_CASE (CASE_NUMBER, CLIENT_ID, UNIT_ID, STATUS, CURRENT_STEP)"
					+ " SELECT 'VUX-2026-00012', c.ID, u.ID, 'OPEN', 'AKTUALISERA' FROM ISU_CLIENT c, ISU_UNIT u");
			connection.commit();
			migrator.migrate(connection);
			assertEquals(List.of("(demo)", "00012", "199006304563", "202600012", "4563", "9006304563", "lisa",
					"maja lisa", "sökbar (demo)", "vux-2026-00012"), terms(s));
			connection.commit();
		}
		database = new Database();
		database.open(TestDatabases.home(home));
	}

	@Test
	void theStoreWritesTheTermsTheMigrationDerivedForTheSameCase() {
		// the list casesStoredBeforeTheMigrationAreSearchableAfterIt gets from V005's SQL for the same case
		assertEquals(List.of("(demo)", "00012", "199006304563", "202600012", "4563", "9006304563", "lisa",
				"maja lisa", "sökbar (demo)", "vux-2026-00012"),
				CaseSearchTerms.termsOf("VUX-2026-00012", "19900630-4563", " Maja Lisa", "Sökbar (demo)").stream().sorted().toList());
	}

	@Test
	void aStoredCaseIsFoundByEveryKindOfTerm() {
		IsuCase first = StoreFixtures.storeCase(database, "19900630-4563", "Maja Lisa", "Af Sökbar");
		StoreFixtures.storeCase(database, "19811218-9876", "Bo", "Annan");
		assertEquals(List.of("Af Sökbar"), found("sökbar"));
		assertEquals(List.of("Af Sökbar"), found("lisa 4563"));
		assertEquals(List.of("Af Sökbar"), found(first.getCaseNumber()));
		assertEquals(List.of("Annan"), found("811218"));
	}

	private static List<String> terms(Statement s) throws SQLException {
		List<String> terms = new ArrayList<>();
		try (ResultSet rows = s.executeQuery("SELECT TERM FROM ISU_CASE_SEARCH")) {
			while (rows.next()) {
				terms.add(rows.getString(1));
			}
		}
		return terms.stream().sorted().toList();
	}
}
