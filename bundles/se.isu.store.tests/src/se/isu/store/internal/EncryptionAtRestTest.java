package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.StoreException;

/** Encryption at rest: the database files hold no readable personnummer, and without the right key nothing opens. */
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = TestDatabases.PROPERTY, matches = "postgresql",
		disabledReason = "Derby's own files: a server is backed up and encrypted by its own tools (docs/deploying.md)")
class EncryptionAtRestTest {

	private static final String PNR = "194512249876";

	@TempDir
	Path home;

	@Test
	void aRawSearchOfTheDatabaseFilesFindsNoStoredPersonnummer() throws IOException {
		Database database = new Database();
		database.open(home);
		StoreFixtures.storeCase(database, PNR, "Greta", "Grönkvist");
		database.close();

		assertTrue(EncryptionKey.isEncrypted(home.resolve("db")), "service.properties says encrypted");
		assertEquals(List.of(), filesContaining(home.resolve("db"), PNR));
		assertEquals(List.of(), filesContaining(home.resolve("db"), "Grönkvist"));
		Path key = home.resolve("secrets/database.key");
		assertTrue(Files.isRegularFile(key));
		assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
				Files.getPosixFilePermissions(key), "the key file is readable by its owner only");
	}

	@Test
	void anUnencryptedDatabaseFromBeforeIsEncryptedInPlaceWhenOpened() throws Exception {
		// An installation from before encryption at rest: plain Derby, the personnummer readable in the files.
		EmbeddedDataSource plain = new EmbeddedDataSource();
		plain.setDatabaseName(home.resolve("db").toString());
		plain.setCreateDatabase("create");
		try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE OLD_NOTE (TEXT VARCHAR(40))");
			s.execute("INSERT INTO OLD_NOTE VALUES ('" + PNR + "')");
		}
		shutdown(home.resolve("db"));
		assertFalse(filesContaining(home.resolve("db"), PNR).isEmpty(), "the search finds it in a plain database");

		Database database = new Database();
		database.open(home);
		assertEquals(PNR, database.jdbc(c -> {
			try (Statement s = c.createStatement(); var rows = s.executeQuery("SELECT TEXT FROM OLD_NOTE")) {
				rows.next();
				return rows.getString(1);
			}
		}), "the data is still there");
		database.close();
		assertTrue(EncryptionKey.isEncrypted(home.resolve("db")));
		assertEquals(List.of(), filesContaining(home.resolve("db"), PNR));
	}

	@Test
	void aWrongOrMissingKeyFileIsNamedAndNothingOpens() throws IOException {
		Database database = new Database();
		database.open(home);
		database.close();
		Path key = home.resolve("secrets/database.key");
		String original = Files.readString(key);

		Files.writeString(key, "0123456789abcdef".repeat(4)); // well-formed, but not this database's key
		StoreException wrong = assertThrows(StoreException.class, () -> new Database().open(home));
		assertTrue(wrong.getMessage().contains("fel nyckel"), wrong.getMessage());

		Files.delete(key);
		StoreException missing = assertThrows(StoreException.class, () -> new Database().open(home));
		assertTrue(missing.getMessage().contains(key.toString()) && missing.getMessage().contains("saknas"),
				missing.getMessage());

		Files.writeString(key, original);
		Database again = new Database();
		again.open(home);
		again.close();
	}

	/** Relative paths of files under {@code folder} whose bytes contain {@code text} in UTF-8. */
	static List<String> filesContaining(Path folder, String text) throws IOException {
		byte[] needle = text.getBytes(StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(f -> contains(read(f), needle))
					.map(f -> folder.relativize(f).toString()).toList();
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static void shutdown(Path folder) {
		EmbeddedDataSource shutdown = new EmbeddedDataSource();
		shutdown.setDatabaseName(folder.toString());
		shutdown.setShutdownDatabase("shutdown");
		try (Connection ignored = shutdown.getConnection()) {
			// Derby reports a clean shutdown as an exception.
		} catch (SQLException expected) {
			// 08006
		}
	}
}
