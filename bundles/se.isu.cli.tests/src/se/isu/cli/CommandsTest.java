package se.isu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.Map;

import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** The CLI commands on the real services, as ./isu runs them, with output captured. */
class CommandsTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** As a case worker of the demo units, the way ./isu runs: a fresh process that logs in from the environment. */
	private int run(String... args) {
		return runAs(TestUsers.as(Role.CASE_WORKER, "VUX", "UNG", "VNR", "MST").userName(), TestUsers.PASSWORD, args);
	}

	private int runAs(Role role, String... args) {
		return runAs(TestUsers.as(role).userName(), TestUsers.PASSWORD, args);
	}

	private int runAs(String user, String password, String... args) {
		TestUsers.logout();
		out.reset();
		err.reset();
		Map<String, String> env = new java.util.HashMap<>();
		if (user != null) {
			env.put("ISU_USER", user);
			env.put("ISU_PASSWORD", password);
		}
		env.put("ISU_NEW_PASSWORD", "nytt-långt-lösenord");
		try (Services services = new Services(OsgiServices.context())) {
			return new Commands(services, new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8), env).run(List.of(args));
		} finally {
			TestUsers.logout();
		}
	}

	@Test
	void aProtectedClientIsMaskedOnTheCommandLineAndReadOnlyWithAReason() {
		String responsible = TestUsers.caseWorker("CLP").userName();
		String pnr = se.isu.core.PersonalIdentityNumber.compose(java.time.LocalDate.of(1975, 5, 5)
				.plusDays(System.nanoTime() % 5000), (int) (System.nanoTime() % 100), 8);
		String caseNumber = OsgiServices.get(se.isu.core.CaseService.class).openCase(new se.isu.core.NewCase(pnr, "Cli",
				"Skyddsdottir", "CLP", "CLI-skydd", java.time.LocalDate.now().minusDays(3))).getCaseNumber();
		assertEquals(1, runAs(responsible, TestUsers.PASSWORD, "cases", "protect", "--case", caseNumber, "--reason", " "));
		assertTrue(err().startsWith("reason: Skäl måste fyllas i"), err());
		assertEquals(0, runAs(responsible, TestUsers.PASSWORD, "cases", "protect", "--case", caseNumber, "--reason",
				"Skyddad folkbokföring"), err());
		assertEquals(0, runAs(responsible, TestUsers.PASSWORD, "cases", "--search", caseNumber), err());
		assertTrue(out().contains(pnr), "the responsible sees the personnummer: " + out());

		String colleague = TestUsers.caseWorker("CLP", "VUX").userName();
		assertEquals(0, runAs(colleague, TestUsers.PASSWORD, "cases", "--search", caseNumber), err());
		assertTrue(out().contains(caseNumber + "\tXXXXXXXX-XXXX\t"), out());
		assertEquals(1, runAs(colleague, TestUsers.PASSWORD, "assessments", "--case", caseNumber));
		assertTrue(err().contains("skyddade personuppgifter") && err().contains("--reason"), err());
		// a listing of every case passes over the protected one and says so (the product test lists them all)
		assertEquals(0, runAs(colleague, TestUsers.PASSWORD, "assessments"), err());
		assertTrue(err().startsWith("Ärenden med skyddade personuppgifter som inte visas: "), err());
		assertEquals(0, runAs(colleague, TestUsers.PASSWORD, "assessments", "--case", caseNumber, "--reason",
				"Bokar uppföljning"), err());
		assertEquals(1, runAs(colleague, TestUsers.PASSWORD, "cases", "lift-protection", "--case", caseNumber,
				"--decision", "x"));
		assertTrue(err().startsWith("Nekad / denied"), err());

		String manager = TestUsers.as(Role.UNIT_MANAGER, "CLP").userName();
		assertEquals(0, runAs(manager, TestUsers.PASSWORD, "cases", "lift-protection", "--case", caseNumber,
				"--decision", "Beslut SN 2026/7"), err());
		assertEquals(0, runAs(manager, TestUsers.PASSWORD, "cases", "protection", "--case", caseNumber), err());
		assertTrue(out().contains("skyddad/protected") && out().contains("hävd/lifted\t") && out().contains("SN 2026/7"),
				out());
	}

	@Test
	void withoutCredentialsOrWithAWrongPasswordNothingRuns() {
		TestUsers.as(Role.ANALYST);
		assertEquals(1, runAs((String) null, null, "cases"));
		assertTrue(err().contains("ISU_USER"), err());
		assertEquals(1, runAs("test.analyst", "fel", "cases"));
		assertTrue(err().contains("Fel användarnamn eller lösenord"), err());
		assertEquals(1, runAs(Role.ANALYST, "cases"));
		assertTrue(err().contains("Nekad"), err());
	}

	@Test
	void anAdministratorAddsAUserExportsChecksTheLogAndBacksUp() throws IOException {
		run("cases"); // makes sure the demo-unit case worker and some log entries exist
		String name = "cli.user" + System.nanoTime() % 100000;
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "users", "add", "--user", name, "--name", "Cli Användare", "--role",
				"CASE_WORKER", "--units", "VUX"), err());
		assertEquals(0, runAs(name, "nytt-långt-lösenord", "cases", "--unit", "VUX"), err());

		Path csv = folder.resolve("export.csv");
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "export", "--out", csv.toString(), "--key", folder.resolve("k").toString()), err());
		assertTrue(Files.readString(csv).startsWith("pseudonym,fodelsear"), Files.readString(csv).lines().findFirst().orElse(""));

		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "log", "check"), err());
		assertTrue(out().startsWith("Loggen är hel"), out());
		assertEquals(0, runAs(TestUsers.as(Role.UNIT_MANAGER, "VUX").userName(), TestUsers.PASSWORD, "log", "review"), err());
		assertTrue(out().contains(name + "\tCASE_LIST"), out());

		if (se.isu.testkit.TestDatabase.postgresql()) {
			// on a server the command says how the server is backed up instead (docs/deploying.md)
			assertNotEquals(0, runAs(Role.SYSTEM_ADMIN, "backup", folder.resolve("backup").toString()));
			assertTrue(err().contains("pg_dump"), err());
		} else {
			assertEquals(0, runAs(Role.SYSTEM_ADMIN, "backup", folder.resolve("backup").toString()), err());
			assertTrue(Files.isRegularFile(folder.resolve("backup/db/service.properties")));
		}
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "retention", "preview"), err());
		assertTrue(out().contains("ärenden gallras vid körning"), out());
		assertEquals(2, runAs(Role.SYSTEM_ADMIN, "retention", "run"));
		assertTrue(err().contains("--confirm"), err());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void demoDataAddsCasesThatTheCasesCommandLists() {
		int before = run("cases", "--limit", "100000") == 0 ? out().lines().toList().size() : -1;
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "demo-data", "--cases", "12", "--seed", "3"), err());
		assertTrue(out().startsWith("12 "), out());
		assertEquals(0, run("cases", "--limit", "100000"));
		assertEquals(before + 12, out().lines().count());
		assertTrue(out().lines().allMatch(l -> l.matches("\\S+\\t\\d{8}-\\d{4}\\t\\S+\\t(OPEN|CLOSED)\\t.*")), out());
	}

	@Test
	void reportWritesTheFileAndPrintsItsPath() throws IOException {
		runAs(Role.SYSTEM_ADMIN, "demo-data", "--cases", "3");
		Path pdf = folder.resolve("out/caseload.pdf");
		assertEquals(0, run("report", "--template", "caseload", "--format", "pdf", "--out", pdf.toString()), err());
		assertTrue(Files.size(pdf) > 1000);
		assertEquals(pdf.toAbsolutePath().toString(), out().strip());
		assertFalse(Files.exists(folder.resolve("out/caseload.pdf.part")));
	}

	@Test
	void wrongUsageNamesTheFlagAndExitsWithTwo() {
		assertEquals(2, runAs(Role.SYSTEM_ADMIN, "demo-data"));
		assertTrue(err().contains("--cases"), err());
		assertEquals(2, runAs(Role.SYSTEM_ADMIN, "demo-data", "--cases", "many"));
		assertTrue(err().contains("--cases") && err().contains("many"), err());
		assertEquals(2, run("report", "--template", "caseload", "--format", "docx", "--out", "x"));
		assertTrue(err().contains("docx"), err());
		assertEquals(2, run("no-such-command"));
		assertTrue(err().contains("no-such-command"), err());
	}

	@Test
	void anUnknownTemplateFailsAndLeavesNoFile() {
		Path target = folder.resolve("x.pdf");
		assertEquals(2, run("report", "--template", "nope", "--format", "pdf", "--out", target.toString()));
		assertTrue(err().contains("nope"), err());
		assertFalse(Files.exists(target));
	}

	@Test
	void helpListsEveryCommand() {
		assertEquals(0, run("help"));
		CliApplication.commands().keySet().forEach(name -> assertTrue(out().contains(name), name));
	}

	@Test
	void instrumentsListsEveryInstalledFormWithItsVersionAndSource() {
		assertEquals(0, run("instruments"), err());
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(0).startsWith("id\tversion"), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("asi.grund\t2022.1\tASI Grund\t201\t7+\tse.isu.instrument.asi ")), out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("asi.uppfoljning\t2022.1\t")), out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("isu.klientfragor\t2019\tKlientfrågor (SKL)\t6\t0\t")), out());
	}

	@Test
	void instrumentsListsEveryDokFamilyFormWithItsVersion() {
		assertEquals(0, run("instruments"), err());
		List<String> lines = out().lines().toList();
		for (String form : se.isu.instrument.dok.DokContribution.FORMS) {
			assertTrue(lines.stream().anyMatch(l -> l.startsWith(form + "\t" + se.isu.instrument.dok.DokContribution.VERSION
					+ "\t") && l.contains("\tse.isu.instrument.dok ")), form + " in:\n" + out());
		}
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("speldok.inskrivning\t2026.1\tSpelDOK – Inskrivning\t")), out());
		assertFalse(err().contains("REFUSED"), err());
	}

	@Test
	void methodsStaffChooseAUnitsInstrumentsAndACaseWorkerMayNot() {
		TestUsers.caseWorker("CLI");
		assertEquals(0, runAs(Role.METHODS_STAFF, "units", "instruments", "--code", "CLI"), err());
		assertTrue(out().startsWith("Enheten har inte valt"), out());
		assertTrue(out().contains("används/used\tasi.uppfoljning\t2022.1\t"), out());

		assertEquals(1, runAs(Role.METHODS_STAFF, "units", "use", "--code", "CLI", "--instruments", "asi.grund,asi.saknas"));
		assertTrue(err().contains("asi.saknas") && err().contains("inte installerat"), err());

		assertEquals(0, runAs(Role.METHODS_STAFF, "units", "use", "--code", "CLI", "--instruments", "asi.grund, isu.klientfragor"), err());
		assertEquals(0, runAs(Role.METHODS_STAFF, "units", "instruments", "--code", "CLI"), err());
		assertTrue(out().startsWith("Enheten har valt"), out());
		assertTrue(out().contains("-\tasi.uppfoljning\t") && out().contains("används/used\tasi.grund\t"), out());

		assertEquals(1, run("units", "offer-all", "--code", "CLI"));
		assertTrue(err().startsWith("Nekad / denied"), err());
		assertEquals(0, runAs(Role.METHODS_STAFF, "units", "offer-all", "--code", "CLI"), err());
		assertEquals(0, runAs(Role.METHODS_STAFF, "units", "instruments", "--code", "CLI"), err());
		assertTrue(out().startsWith("Enheten har inte valt"), out());
	}

	@Test
	void aTextPackNamingAnUnknownItemIsRefusedAndAValidOneReplacesTheLabels(@TempDir Path folder) throws IOException {
		Path bad = folder.resolve("bad.properties");
		Files.writeString(bad, "B9=Licensierad text\nZZ99=okänd\n");
		// the test home outlives a targeted run without clean: compare with what was there, not with nothing
		java.util.Map<String, String> before = OsgiServices.get(se.isu.core.instrument.FormCustomisationService.class)
				.textPack("asi.grund");
		assertEquals(1, runAs(Role.METHODS_STAFF, "textpack", "import", "--instrument", "asi.grund", "--file", bad.toString()));
		assertTrue(err().contains("ZZ99"), err());
		assertEquals(before, OsgiServices.get(se.isu.core.instrument.FormCustomisationService.class).textPack("asi.grund"),
				"nothing of a refused pack is stored");
		assertFalse(before.containsValue("Licensierad text"));

		Path good = folder.resolve("good.properties");
		Files.writeString(good, "B9=Licensierad ordalydelse för B9\nsection.B=Fysisk hälsa (licensierad)\n");
		assertEquals(0, runAs(Role.METHODS_STAFF, "textpack", "import", "--instrument", "asi.grund", "--file", good.toString()), err());
		assertEquals("Licensierad ordalydelse för B9", OsgiServices.get(se.isu.core.instrument.InstrumentRegistry.class)
				.form("asi.grund", "2022.1", null).orElseThrow().field("B9").orElseThrow().label());
	}

	@Test
	void anAssessmentImportWithABadLineStoresNothingAndNamesEachLineAndColumn(@TempDir Path folder) throws IOException {
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "demo-data", "--cases", "6", "--seed", "5"), err());
		assertEquals(0, run("cases", "--unit", "VUX", "--limit", "1"), err());
		String caseNumber = out().lines().findFirst().orElseThrow().split("\t")[0];
		assertEquals(0, run("assessments", "--case", caseNumber, "--instrument", "isu.klientfragor"), err());
		long before = out().lines().count();
		Path file = folder.resolve("klientfragor.csv");
		Files.writeString(file, "arende;datum;B1a\nFINNS-INTE;2025-06-30;1\n" + caseNumber + ";2025-06-30;99\n");
		assertEquals(1, run("assessments", "import", "--instrument", "isu.klientfragor", "--file", file.toString()));
		assertTrue(err().contains("Rad 2, kolumn arende: ärendet FINNS-INTE finns inte."), err());
		assertTrue(err().contains("Rad 3, kolumn B1a: "), err());
		assertTrue(err().contains("Inget importerades: 2 rader har fel."), err());
		assertEquals(0, run("assessments", "--case", caseNumber, "--instrument", "isu.klientfragor"), err());
		assertEquals(before, out().lines().count(), "nothing stored: " + out());
	}
}
