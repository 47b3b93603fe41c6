package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.query.CaseFilter;
import se.isu.store.StoreException;

/** Online backup to a folder and restore: the same data before and after, and a bad backup changes nothing. */
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = TestDatabases.PROPERTY, matches = "postgresql",
		disabledReason = "Derby's own files: a server is backed up and encrypted by its own tools (docs/deploying.md)")
class BackupRestoreTest {

	@TempDir
	Path home;
	@TempDir
	Path backups;

	private Database database;

	@BeforeEach
	void open() {
		database = new Database();
		database.open(home);
	}

	@AfterEach
	void close() {
		database.close();
	}

	private List<String> everyCase() {
		return StoreFixtures.cases(database).findCases(CaseFilter.all()).stream()
				.map(c -> c.getCaseNumber() + " " + c.getClient().getPersonalIdentityNumber() + " " + c.getStatus()
						+ " " + c.getClosureDate() + " " + c.getOccasions().size())
				.sorted().toList();
	}

	@Test
	void aRestoredBackupEqualsTheDatabaseAsItWasBackedUp() throws IOException {
		StoreFixtures.store(database, "194512249876", "Greta", "G", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 1),
				LocalDate.of(2020, 6, 1));
		StoreFixtures.storeCase(database, "197001011233", "Anna", "A");
		List<String> before = everyCase();
		Path folder = backups.resolve("2026-11-22");

		Path copied = database.backup(folder);
		assertTrue(Files.isRegularFile(copied.resolve("service.properties")));
		assertTrue(EncryptionKey.isEncrypted(copied), "the backup is as encrypted as the database");
		StoreFixtures.storeCase(database, "198002022344", "Bo", "B");
		assertEquals(3, everyCase().size());

		database.restore(folder);

		assertEquals(before, everyCase());
		StoreFixtures.storeCase(database, "198002022344", "Bo", "B");
		assertEquals(3, everyCase().size(), "the restored database takes new cases");
	}

	@Test
	void aBackupIntoAFolderWithFilesIsRefused() throws IOException {
		Files.writeString(backups.resolve("something.txt"), "x");
		StoreException e = assertThrows(StoreException.class, () -> database.backup(backups));
		assertTrue(e.getMessage().contains("tom mapp"), e.getMessage());
	}

	@Test
	void restoringFromAFolderWithoutABackupIsRefusedAndChangesNothing() {
		StoreFixtures.storeCase(database, "197001011233", "Anna", "A");
		List<String> before = everyCase();
		StoreException e = assertThrows(StoreException.class, () -> database.restore(backups));
		assertTrue(e.getMessage().contains("Ingen säkerhetskopia"), e.getMessage());
		assertEquals(before, everyCase());
	}

	// --- Issue 12: a restore killed at any moment leaves the old or the new database; an interrupted backup never
	// looks complete. The kill is simulated in this JVM: the test hook throws an Error that nothing in restore catches
	// (so no rollback code runs, as with kill -9) after the given step, then the databases are shut down as the end of
	// the process would, and a new Database opens the same home as the next command would.

	/** Stands for kill -9: an Error, so restore's own error handling never sees it. */
	private static final class SimulatedKill extends Error {
		private static final long serialVersionUID = 1L;
	}

	private static final java.util.Set<Database.RestoreStep> NEW_AFTER_KILL = java.util.EnumSet.of(
			Database.RestoreStep.LIVE_MOVED_ASIDE, Database.RestoreStep.STAGE_MOVED_IN, Database.RestoreStep.PREVIOUS_DISCARDED);

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.EnumSource(Database.RestoreStep.class)
	void aRestoreKilledAfterAnyStepLeavesTheOldOrTheNewDatabaseAndTheNextStartRepairsIt(Database.RestoreStep killedAfter)
			throws IOException {
		StoreFixtures.storeCase(database, "197001011233", "Anna", "A");
		Path folder = backups.resolve("copy");
		database.backup(folder);
		List<String> backedUp = everyCase();
		StoreFixtures.storeCase(database, "198002022344", "Bo", "B");
		List<String> live = everyCase();

		database.restoreStep = step -> {
			if (step == killedAfter) {
				throw new SimulatedKill();
			}
		};
		assertThrows(SimulatedKill.class, () -> database.restore(folder));
		processEnds();

		database = new Database();
		database.open(home); // the next command
		assertEquals(NEW_AFTER_KILL.contains(killedAfter) ? backedUp : live, everyCase(), "killed after " + killedAfter);
		for (String leftover : List.of(RestoreFiles.STAGE_FOLDER, RestoreFiles.STAGE_VERIFIED_MARKER, RestoreFiles.PREVIOUS_FOLDER)) {
			assertFalse(Files.exists(home.resolve(leftover)), leftover + " is cleaned up after " + killedAfter);
		}
		if (killedAfter == Database.RestoreStep.LIVE_MOVED_ASIDE) {
			assertTrue(database.interruptedRestoreNote().orElseThrow().contains("slutförts"), database.interruptedRestoreNote().toString());
		}
		if (killedAfter == Database.RestoreStep.LIVE_DATABASE_CLOSED || killedAfter == Database.RestoreStep.STAGE_MARKED_VERIFIED) {
			assertTrue(database.interruptedRestoreNote().orElseThrow().contains("ångrats"), database.interruptedRestoreNote().toString());
		}

		// Every later command works, restore included.
		database.restore(folder);
		assertEquals(backedUp, everyCase());
	}

	@Test
	void aBackupCutOffBeforeItsManifestDoesNotLookCompleteAndIsNotRestored() throws IOException {
		StoreFixtures.storeCase(database, "197001011233", "Anna", "A");
		List<String> before = everyCase();
		Path folder = backups.resolve("cut-off");
		database.restoreStep = step -> {
			if (step == Database.RestoreStep.BACKUP_COPIED_UNDER_TEMPORARY_NAME) {
				throw new SimulatedKill();
			}
		};
		assertThrows(SimulatedKill.class, () -> database.backup(folder));
		database.restoreStep = step -> {
		};
		assertFalse(Files.exists(folder.resolve("db")), "the unfinished copy is not under the name of a backup");
		assertFalse(Files.exists(folder.resolve(BackupManifest.FILE)));

		// Even moved to the right name by hand, a copy without its manifest is refused.
		Files.move(folder.resolve(BackupManifest.UNFINISHED_FOLDER).resolve("db"), folder.resolve("db"));
		StoreException e = assertThrows(StoreException.class, () -> database.restore(folder));
		assertTrue(e.getMessage().contains("inte komplett"), e.getMessage());
		assertEquals(before, everyCase());
	}

	@Test
	void aBackupWhoseFilesNoLongerMatchItsManifestIsRefused() throws IOException {
		StoreFixtures.storeCase(database, "197001011233", "Anna", "A");
		Path folder = backups.resolve("altered");
		database.backup(folder);
		Files.writeString(folder.resolve("db").resolve("extra.dat"), "x");
		StoreException e = assertThrows(StoreException.class, () -> database.restore(folder));
		assertTrue(e.getMessage().contains("stämmer inte"), e.getMessage());
	}

	/** What the end of the process does to the databases this JVM has booted: they go down. */
	private void processEnds() {
		database.restoreStep = step -> {
		};
		database.close();
		org.apache.derby.jdbc.EmbeddedDataSource stage = new org.apache.derby.jdbc.EmbeddedDataSource();
		stage.setDatabaseName(home.resolve(RestoreFiles.STAGE_FOLDER).toString());
		stage.setShutdownDatabase("shutdown");
		try (java.sql.Connection ignored = stage.getConnection()) {
			// not reached
		} catch (java.sql.SQLException notBootedOrShutDown) {
			// either is fine
		}
	}
}
