package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.ConnectionSettings;
import se.isu.store.StoreException;

/**
 * Issue 18: a real TLS connection to the throwaway cluster, which releng/scripts/test-postgresql.sh starts with
 * ssl=on and a certificate its own throwaway CA signed for the name localhost only. The store opens it as a unit's
 * installation would, from a connection file with {@code sslmode}; the server's own view (pg_stat_ssl) says whether
 * the session is encrypted. That a server on another host is refused without TLS is {@code ConnectionSettingsTest}'s.
 */
@EnabledIfSystemProperty(named = TestDatabases.PROPERTY, matches = "postgresql")
class TlsConnectionTest {

	@TempDir
	Path home;

	/** A connection file for a new database of the cluster, reached as {@code host} with these TLS settings. */
	private Path home(String host, String sslMode, String trusted) throws IOException {
		TestDatabases.onServer(home);
		Path file = home.resolve(ConnectionSettings.FILE);
		Properties written = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			written.load(in);
		}
		String url = written.getProperty("url").replace("//127.0.0.1:", "//" + host + ":") + "?sslrootcert=" + trusted;
		Files.writeString(file, "url=" + url + "\nuser=isu_owner\nsslmode=" + sslMode + "\n");
		return home;
	}

	private static String admin(String key) {
		String value = TestDatabases.adminProperties().getProperty(key);
		assertNotNull(value, "the test cluster has no TLS (" + key + " missing from admin.properties): is openssl installed?");
		return value;
	}

	private static boolean encrypted(Database database) {
		return database.jdbc(c -> {
			try (Statement s = c.createStatement();
					ResultSet row = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
				return row.next() && row.getBoolean(1);
			}
		});
	}

	@Test
	void verifyFullConnectsEncryptedToTheServerItsCertificateNames() throws IOException {
		Database database = new Database();
		database.open(home("localhost", "verify-full", admin("tls-ca")));
		try {
			assertTrue(encrypted(database), "the server sees a TLS session");
			assertEquals("verify-full", database.serverSettings().sslMode());
		} finally {
			database.close();
		}
	}

	@Test
	void verifyFullRefusesAServerWhoseCertificateNamesAnotherHost() throws IOException {
		// the certificate names localhost; 127.0.0.1 is the same server, but not the name it proves
		Path settings = home("127.0.0.1", "verify-full", admin("tls-ca"));
		StoreException refused = assertThrows(StoreException.class, () -> new Database().open(settings));
		assertTrue(refused.getMessage().contains("kunde inte öppnas"), refused.getMessage());
	}

	@Test
	void verifyCaRefusesAServerSignedByAnotherAuthorityAndAcceptsItsOwn() throws IOException {
		Path wrongAnchor = home("127.0.0.1", "verify-ca", admin("tls-other-ca"));
		assertThrows(StoreException.class, () -> new Database().open(wrongAnchor));

		// verify-ca checks the signature, not the name: the same address with the right CA is accepted
		Files.delete(home.resolve(ConnectionSettings.FILE));
		Database database = new Database();
		database.open(home("127.0.0.1", "verify-ca", admin("tls-ca")));
		try {
			assertTrue(encrypted(database));
		} finally {
			database.close();
		}
	}
}
