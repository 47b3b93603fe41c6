package se.isu.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection file: TLS required off this machine, the password only from an owner-only file, never shown. */
class ConnectionSettingsTest {

	@TempDir
	Path home;

	@Test
	void withoutAConnectionFileTheInstallationStaysOnEmbeddedDerby() {
		assertTrue(ConnectionSettings.read(home).isEmpty());
	}

	@Test
	void aServerOnAnotherHostIsRefusedWithoutTls() throws Exception {
		for (String mode : new String[] { "", "disable", "allow", "prefer" }) {
			write("url=jdbc:postgresql://db.kommun.se:5432/isu\nuser=isu_app\n" + (mode.isEmpty() ? "" : "sslmode=" + mode + "\n"));
			StoreException refused = assertThrows(StoreException.class, () -> ConnectionSettings.read(home), mode);
			assertTrue(refused.getMessage().contains("db.kommun.se") && refused.getMessage().contains("sslmode=verify-full"),
					refused.getMessage());
		}
		write("url=jdbc:postgresql://db.kommun.se:5432/isu?sslmode=disable\nuser=isu_app\n");
		assertThrows(StoreException.class, () -> ConnectionSettings.read(home), "the URL's own sslmode counts too");
		write("url=jdbc:postgresql://127.0.0.1:5432,db2.kommun.se/isu\nuser=isu_app\nsslmode=prefer\n");
		assertThrows(StoreException.class, () -> ConnectionSettings.read(home), "every host of a failover list");
	}

	@Test
	void tlsModesThatEncryptAreAcceptedAndThisMachineNeedsNone() throws Exception {
		for (String mode : new String[] { "require", "verify-ca", "verify-full" }) {
			write("url=jdbc:postgresql://db.kommun.se:5432/isu\nuser=isu_app\nsslmode=" + mode + "\n");
			assertEquals(mode, ConnectionSettings.read(home).orElseThrow().sslMode());
		}
		for (String local : new String[] { "localhost", "127.0.0.1", "[::1]" }) {
			write("url=jdbc:postgresql://" + local + ":5432/isu\nuser=isu_app\n");
			assertEquals("isu_app", ConnectionSettings.read(home).orElseThrow().user(), local);
		}
		assertEquals(List.of("a", "b"), ConnectionSettings.hosts("jdbc:postgresql://a:1,b/isu"));
		assertFalse(ConnectionSettings.local("cafe"), "a name is not resolved: only localhost and loopback addresses are local");
	}

	@Test
	void thePasswordComesFromAnOwnerOnlyFileAndIsNeverShown() throws Exception {
		Path secret = home.resolve("database.password");
		Files.writeString(secret, "hemligt-lösen-42\n");
		Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
		write("url=jdbc:postgresql://localhost/isu\nuser=isu_app\n");
		ConnectionSettings settings = ConnectionSettings.read(home).orElseThrow();
		StoreException open = assertThrows(StoreException.class, settings::password);
		assertTrue(open.getMessage().contains("chmod 600"), open.getMessage());
		assertFalse(open.getMessage().contains("hemligt"), "the refusal does not show the password");

		Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
		assertArrayEquals("hemligt-lösen-42".toCharArray(), settings.password());
		assertFalse(settings.toString().contains("hemligt"), settings.toString());

		write("url=jdbc:postgresql://localhost/isu\nuser=isu_app\npassword=hemligt-lösen-42\n");
		StoreException inFile = assertThrows(StoreException.class, () -> ConnectionSettings.read(home));
		assertFalse(inFile.getMessage().contains("hemligt"), inFile.getMessage());
	}

	@Test
	void aUrlThatIsNotPostgresqlOrAMissingUserIsNamed() throws Exception {
		write("url=jdbc:derby:db\nuser=isu_app\n");
		assertTrue(assertThrows(StoreException.class, () -> ConnectionSettings.read(home)).getMessage().contains("url"));
		write("url=jdbc:postgresql://localhost/isu\n");
		assertTrue(assertThrows(StoreException.class, () -> ConnectionSettings.read(home)).getMessage().contains("user"));
	}

	private void write(String text) throws Exception {
		Files.writeString(home.resolve(ConnectionSettings.FILE), text);
	}
}
