package se.isu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.core.DemoDataService;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationText;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** ./isu compile, report, templates and suppression on the real services, output captured. */
class CompilationCommandsTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void demoCases() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(120, 5));
	}

	private int runAs(Role role, String... args) {
		// case workers and unit managers need units; the others have none
		String user = (role == Role.UNIT_MANAGER || role == Role.CASE_WORKER ? TestUsers.as(role, "VUX") : TestUsers.as(role))
				.userName();
		TestUsers.logout();
		out.reset();
		err.reset();
		Map<String, String> env = new HashMap<>();
		env.put("ISU_USER", user);
		env.put("ISU_PASSWORD", TestUsers.PASSWORD);
		try (Services services = new Services(OsgiServices.context())) {
			return new Commands(services, new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8), env).run(List.of(args));
		} finally {
			TestUsers.logout();
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void compilePrintsTheSameSuppressedTableAsTheService() {
		assertEquals(0, runAs(Role.ANALYST, "compile", "--rows", "unit,sex", "--columns", "agegroup:18,25,45,65"), err());
		TestUsers.as(Role.ANALYST);
		String expected = OsgiServices.get(CompilationService.class)
				.compile(CompilationText.parse("rows=unit,sex columns=agegroup:18,25,45,65")).toCsv();
		TestUsers.logout();
		assertEquals(expected, out());
		assertTrue(out().startsWith("Verksamhet / Juridiskt kön,"), out());
	}

	@Test
	void aFilterAndASavedCompilationWork() {
		assertEquals(0, runAs(Role.ANALYST, "compile", "--rows", "sex", "--measure", "median", "--value",
				"duration:actualisation-decision", "--filter", "unit=VUX;variable:skl.ursprung=1|2", "--save", "Median VUX"), err());
		String first = out();
		assertTrue(first.startsWith("Juridiskt kön,Median: dagar aktualisering → beslut"), first);
		assertEquals(0, runAs(Role.ANALYST, "compile", "--saved", "Median VUX"), err());
		assertEquals(first, out());
	}

	@Test
	void aWrongDimensionIsNamedAndExitsWithTwo() {
		assertEquals(2, runAs(Role.ANALYST, "compile", "--rows", "shoesize"));
		assertTrue(err().contains("shoesize"), err());
		assertEquals(2, runAs(Role.ANALYST, "compile", "--rows", "sex", "--from", "igår"));
		assertTrue(err().contains("from") && err().contains("igår"), err());
	}

	@Test
	void anAdministratorMayNotCompile() {
		assertEquals(1, runAs(Role.SYSTEM_ADMIN, "compile", "--rows", "sex"));
		assertTrue(err().startsWith("Nekad / denied"), err());
	}

	@Test
	void reportForOneUnitAndPeriodWritesThePdf() throws IOException {
		Path pdf = folder.resolve("questions.pdf");
		assertEquals(0, runAs(Role.UNIT_MANAGER, "report", "--template", "questions", "--format", "pdf", "--out",
				pdf.toString(), "--from", "2024-01-01", "--unit", "VUX"), err());
		assertTrue(Files.size(pdf) > 1000);
		assertEquals(2, runAs(Role.UNIT_MANAGER, "report", "--template", "questions", "--format", "pdf", "--out",
				pdf.toString(), "--from", "2025-01-01", "--to", "2024-01-01"));
		assertTrue(err().startsWith("Period:"), err());
	}

	@Test
	void templatesAreListedExportedImportedAndReset() throws IOException {
		assertEquals(0, runAs(Role.METHODS_STAFF, "templates", "list"), err());
		assertTrue(out().contains("caseload\tÄrendeöversikt"), out());
		Path exported = folder.resolve("export");
		assertEquals(0, runAs(Role.METHODS_STAFF, "templates", "export", "--template", "caseload", "--dir", exported.toString()), err());
		assertTrue(Files.exists(exported.resolve("caseload.rptdesign")));
		assertTrue(Files.exists(exported.resolve("caseload-caseload.csv")));

		Path broken = folder.resolve("trasig.rptdesign");
		Files.writeString(broken, "<report");
		assertEquals(1, runAs(Role.METHODS_STAFF, "templates", "import", "--template", "caseload", "--file", broken.toString()));
		assertTrue(err().startsWith("Mallfil: trasig.rptdesign"), err());

		assertEquals(0, runAs(Role.METHODS_STAFF, "templates", "import", "--template", "caseload", "--file",
				exported.resolve("caseload.rptdesign").toString()), err());
		assertEquals(0, runAs(Role.METHODS_STAFF, "templates", "list"));
		assertTrue(out().contains("caseload\tÄrendeöversikt\t(egen version"), out());
		assertEquals(0, runAs(Role.METHODS_STAFF, "templates", "reset", "--template", "caseload"), err());
		assertEquals(0, runAs(Role.METHODS_STAFF, "templates", "list"));
		assertFalse(out().contains("(egen version"), out());
		assertEquals(1, runAs(Role.ANALYST, "templates", "reset", "--template", "caseload"));
	}

	@Test
	void theSuppressionRuleIsShownToAllAndChangedByAnAdministrator() {
		assertEquals(0, runAs(Role.ANALYST, "suppression"), err());
		assertTrue(out().startsWith("Antal under 5 visas som <5"), out());
		assertEquals(1, runAs(Role.ANALYST, "suppression", "--threshold", "3"));
		try {
			assertEquals(0, runAs(Role.SYSTEM_ADMIN, "suppression", "--threshold", "4", "--rates", "12"), err());
			assertTrue(out().startsWith("Antal under 4 visas som <4; andelar och medelvärden från n = 12"), out());
			assertEquals(2, runAs(Role.SYSTEM_ADMIN, "suppression", "--threshold", "1"));
			assertTrue(err().contains("between 3 and 100"), err());
		} finally {
			runAs(Role.SYSTEM_ADMIN, "suppression", "--threshold", "5", "--rates", "10");
		}
	}
}
