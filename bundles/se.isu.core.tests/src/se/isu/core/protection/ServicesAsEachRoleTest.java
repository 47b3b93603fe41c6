package se.isu.core.protection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.NewCase;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;
import se.isu.model.instrument.Respondent;
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The permission matrix, proven through the services themselves (not the UI): each role does what its job needs and is
 * refused the rest.
 */
class ServicesAsEachRoleTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private final FormCustomisationService forms = OsgiServices.get(FormCustomisationService.class);
	private final RetentionService retention = OsgiServices.get(RetentionService.class);
	private final BackupService backup = OsgiServices.get(BackupService.class);
	private final DemoDataService demo = OsgiServices.get(DemoDataService.class);

	@TempDir
	Path folder;

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	private IsuCase vuxCase() {
		TestUsers.caseWorker("VUX");
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Test", "Rollsson", "VUX", "Vuxenenheten", LocalDate.of(2026, 3, 1)));
		TestUsers.logout();
		return c;
	}

	private static void denied(Executable action) {
		assertThrows(AccessDeniedException.class, action);
	}

	/** The caseload overview (cases per unit and status) as every surface now gets it: a suppressed compilation. */
	private Object caseloadCompilation() {
		return OsgiServices.get(se.isu.core.compile.CompilationService.class)
				.compile(se.isu.core.compile.CompilationText.parse("rows=unit columns=status"));
	}

	@Test
	void nobodyLoggedInGetsNothing() {
		IsuCase c = vuxCase();
		denied(() -> cases.findCases(CaseFilter.all()));
		denied(() -> cases.findCase(c.getCaseNumber()));
		denied(cases::units);
		denied(this::caseloadCompilation);
		denied(() -> assessments.forCase(c.getId()));
	}

	@Test
	void aCaseWorkerReadsAndWritesTheirOwnUnitsCasesOnly() {
		IsuCase c = vuxCase();
		TestUsers.caseWorker("UNG");
		denied(() -> cases.findCase(c.getCaseNumber()));
		denied(() -> cases.openCase(new NewCase("19700101-1233", "Test", "Rollsson", "VUX", "Vuxenenheten", LocalDate.of(2026, 3, 1))));
		denied(() -> assessments.forCase(c.getId()));
		denied(() -> assessments.start(c, null, "isu.klientfragor", Respondent.CLIENT, null));
		assertTrue(cases.findCases(CaseFilter.text(c.getCaseNumber())).isEmpty(), "another unit's case is not even listed");
		denied(() -> forms.saveOverlay(null, "x", "x"));
		denied(() -> demo.generate(1, 1));

		TestUsers.caseWorker("VUX");
		IsuCase read = cases.findCase(c.getCaseNumber()).orElseThrow();
		read.setOrigin(1);
		assertDoesNotThrow(() -> cases.saveCase(read));
		assertEquals(List.of(c.getCaseNumber()),
				cases.findCases(CaseFilter.text(c.getCaseNumber())).stream().map(IsuCase::getCaseNumber).toList());
		assertDoesNotThrow(this::caseloadCompilation);
	}

	@Test
	void aCaseWorkerCannotMoveACaseIntoOrOutOfAUnitTheyDoNotHave() {
		IsuCase c = vuxCase();
		TestUsers.caseWorker("VUX", "UNG");
		IsuCase moved = cases.findCase(c.getCaseNumber()).orElseThrow();
		TestUsers.caseWorker("VUX");
		moved.setUnit(cases.units().stream().filter(u -> u.getCode().equals("UNG")).findFirst()
				.orElseGet(() -> moved.getUnit()));
		if (!moved.getUnit().getCode().equals("VUX")) {
			denied(() -> cases.saveCase(moved));
		}
	}

	@Test
	void aUnitManagerReadsTheirUnitsCasesButChangesNothing() {
		IsuCase c = vuxCase();
		TestUsers.as(Role.UNIT_MANAGER, "VUX");
		IsuCase read = cases.findCase(c.getCaseNumber()).orElseThrow();
		assertDoesNotThrow(() -> assessments.forCase(c.getId()));
		denied(() -> cases.saveCase(read));
		denied(() -> cases.openCase(new NewCase("19700101-1233", "Test", "Rollsson", "VUX", "V", LocalDate.of(2026, 3, 1))));
		denied(() -> retention.preview(LocalDate.now()));
	}

	@Test
	void anAnalystSeesAggregatesAndNeverACase() {
		IsuCase c = vuxCase();
		TestUsers.as(Role.ANALYST);
		assertDoesNotThrow(this::caseloadCompilation);
		assertDoesNotThrow(cases::countCases);
		denied(() -> cases.findCases(CaseFilter.all()));
		denied(() -> cases.findCase(c.getCaseNumber()));
		denied(() -> cases.findClient("19700101-1233"));
		denied(() -> assessments.forCase(c.getId()));
		denied(() -> forms.importTextPack("isu.klientfragor", java.io.InputStream.nullInputStream(), "x"));
	}

	@Test
	void methodsStaffChangeFormsButReadNoCase() {
		IsuCase c = vuxCase();
		TestUsers.as(Role.METHODS_STAFF);
		denied(() -> cases.findCase(c.getCaseNumber()));
		assertDoesNotThrow(this::caseloadCompilation);
		assertThrows(se.isu.core.ValidationException.class,
				() -> forms.importTextPack("isu.klientfragor", new java.io.ByteArrayInputStream("NOPE=x".getBytes()), "x"),
				"allowed through, then refused for its content");
		denied(() -> backup.backup(folder.resolve("b")));
	}

	@Test
	void aSystemAdministratorRunsTheInstallationButReadsNoCase() {
		IsuCase c = vuxCase();
		TestUsers.as(Role.SYSTEM_ADMIN);
		denied(() -> cases.findCase(c.getCaseNumber()));
		denied(() -> cases.findCases(CaseFilter.all()));
		denied(this::caseloadCompilation);
		assertDoesNotThrow(() -> retention.preview(LocalDate.now()));
		if (se.isu.testkit.TestDatabase.postgresql()) {
			// allowed, then refused by the store: a server is backed up with PostgreSQL's tools (docs/deploying.md)
			assertTrue(assertThrows(se.isu.store.StoreException.class, () -> backup.backup(folder.resolve("b")))
					.getMessage().contains("pg_dump"));
		} else {
			assertDoesNotThrow(() -> backup.backup(folder.resolve("b")));
		}
	}
}
