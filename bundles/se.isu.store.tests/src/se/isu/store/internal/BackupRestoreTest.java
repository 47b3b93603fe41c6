package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
