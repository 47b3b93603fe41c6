package se.isu.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;
import se.isu.security.AccessLog;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Backup and restore through the service while every other service keeps working on the restored database. */
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = se.isu.testkit.TestDatabase.PROPERTY, matches = "postgresql",
		disabledReason = "a server is backed up with pg_dump (store's ServerBackupTest, docs/deploying.md)")
class BackupServiceTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final BackupService backup = OsgiServices.get(BackupService.class);

	@TempDir
	Path folder;

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	private List<String> bakCases() {
		TestUsers.caseWorker("BAK");
		return cases.findCases(new CaseFilter(null, null, "BAK", null, 10_000)).stream()
				.map(c -> c.getCaseNumber() + " " + c.getClient().getPersonalIdentityNumber()).sorted().toList();
	}

	@Test
	void aRestoredBackupHasTheDataAsItWasAndTheLogChainGoesOn() {
		TestUsers.caseWorker("BAK");
		cases.openCase(new NewCase("19121212-1212", "Tolvan", "Backupsson", "BAK", "Backupenheten", LocalDate.of(2026, 1, 2)));
		List<String> before = bakCases();

		TestUsers.as(Role.SYSTEM_ADMIN);
		backup.backup(folder.resolve("copy"));
		TestUsers.caseWorker("BAK");
		IsuCase later = cases.openCase(new NewCase("19121212-1212", "Tolvan", "Backupsson", "BAK", "Backupenheten", LocalDate.of(2026, 1, 3)));
		assertEquals(before.size() + 1, bakCases().size());

		TestUsers.as(Role.SYSTEM_ADMIN);
		backup.restore(folder.resolve("copy"));

		assertEquals(before, bakCases());
		assertTrue(cases.findCase(later.getCaseNumber()).isEmpty());
		TestUsers.as(Role.SYSTEM_ADMIN);
		assertTrue(OsgiServices.get(AccessLog.class).verify().intact(), "the restored log is whole and goes on");
	}
}
