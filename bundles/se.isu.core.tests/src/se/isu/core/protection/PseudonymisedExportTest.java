package se.isu.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.model.IsuCase;
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** The export holds no personnummer, name or free text; the pseudonym is stable under one key and differs under another. */
class PseudonymisedExportTest {

	private static final String PNR = "19451224-9873";

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final PseudonymisedExport export = OsgiServices.get(PseudonymisedExport.class);

	@TempDir
	Path keys;

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	private String run(Path key) throws IOException {
		StringWriter out = new StringWriter();
		TestUsers.as(Role.SYSTEM_ADMIN);
		export.export(key, out);
		return out.toString();
	}

	@Test
	void anExportHoldsNoPersonnummerNameOrFreeTextAndCoarsensDates() throws IOException {
		TestUsers.caseWorker("EXP");
		IsuCase c = cases.openCase(new NewCase(PNR, "Sigrid", "Exportsson", "EXP", "Exportenheten", LocalDate.of(2026, 2, 17)));
		String csv = run(keys.resolve("pseudonym.key"));

		for (String forbidden : List.of("194512249873", "19451224", "451224", "Sigrid", "Exportsson", c.getCaseNumber(),
				"2026-02-17")) {
			assertFalse(csv.contains(forbidden), forbidden + " must not be in the export");
		}
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new java.io.StringReader(csv)).getRecords();
		assertEquals(PseudonymisedExport.COLUMNS, records.get(0).getParser().getHeaderNames());
		CSVRecord ours = records.stream().filter(r -> r.get("verksamhet").equals("EXP")).findFirst().orElseThrow();
		assertEquals("1945", ours.get("fodelsear"));
		assertEquals("2026-02", ours.get("aktualisering_manad"));
		assertTrue(ours.get("pseudonym").matches("[0-9a-f]{32}"), ours.get("pseudonym"));
		assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
				Files.getPosixFilePermissions(keys.resolve("pseudonym.key")), "the key is the administrator's alone");
	}

	@Test
	void theSameKeyGivesTheSamePseudonymAndAnotherKeyAnUnrelatedOne() throws IOException {
		TestUsers.caseWorker("EXP");
		cases.openCase(new NewCase("19300303-9801", "Test", "Exportsson", "EXP", "Exportenheten", LocalDate.of(2026, 3, 3)));
		String first = pseudonymOfBirthYear(run(keys.resolve("a.key")), "1930");
		assertEquals(first, pseudonymOfBirthYear(run(keys.resolve("a.key")), "1930"));
		assertNotEquals(first, pseudonymOfBirthYear(run(keys.resolve("b.key")), "1930"));
	}

	private static String pseudonymOfBirthYear(String csv, String year) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))
				.getRecords().stream().filter(r -> r.get("verksamhet").equals("EXP") && r.get("fodelsear").equals(year))
				.findFirst().orElseThrow().get("pseudonym");
	}

	@Test
	void onlyTheSystemAdministratorExports() {
		TestUsers.as(Role.ANALYST);
		assertThrows(AccessDeniedException.class, () -> export.export(keys.resolve("k"), new StringWriter()));
		assertFalse(Files.exists(keys.resolve("k")), "no key created for a refused export");
	}
}
