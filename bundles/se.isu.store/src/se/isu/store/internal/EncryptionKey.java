package se.isu.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import se.isu.store.KeyFiles;
import se.isu.store.StoreException;

/**
 * The boot key that unlocks the encrypted Derby database (encryption at rest).
 *
 * <p>Derby encrypts every page with AES-256 under a random data key, and stores that data key encrypted with the boot
 * password. The boot password is the content of the key file: {@code isu.keyfile} (system property), else
 * {@code ISU_KEY_FILE}, else {@code <isu home>/secrets/database.key}. A copy of the database or a backup without the
 * key file is unreadable; docs/security.md says where to keep the key file in a real installation.
 */
final class EncryptionKey {

	static final String PROPERTY = "isu.keyfile";
	static final String ENVIRONMENT = "ISU_KEY_FILE";
	private static final int KEY_BYTES = 32;

	private EncryptionKey() {
	}

	static Path resolve(Path home) {
		String configured = System.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			configured = System.getenv(ENVIRONMENT);
		}
		return configured == null || configured.isBlank() ? home.resolve("secrets").resolve("database.key")
				: Path.of(configured).toAbsolutePath();
	}

	/**
	 * Derby connection attributes for booting the database in {@code folder}: the boot password of an encrypted
	 * database, or — for a new database and for an unencrypted one from before encryption at rest — the attributes
	 * that make Derby encrypt it on this boot, under a key file created now if there is none.
	 */
	static String bootAttributes(Path folder, Path keyFile) {
		if (isEncrypted(folder)) {
			if (!Files.isRegularFile(keyFile)) {
				throw new StoreException("Databasen i " + folder + " är krypterad men nyckelfilen " + keyFile
						+ " saknas. Lägg tillbaka nyckelfilen eller ange den med ISU_KEY_FILE."
						+ " / The database is encrypted and its key file is missing.");
			}
			return "bootPassword=" + read(keyFile);
		}
		String key = KeyFiles.readOrCreate(keyFile, KEY_BYTES);
		return "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256;bootPassword=" + key;
	}

	/** The boot password alone, for restoring a backup of an encrypted database. */
	static String bootPassword(Path keyFile) {
		if (!Files.isRegularFile(keyFile)) {
			throw new StoreException("Nyckelfilen " + keyFile + " saknas. / The key file is missing.");
		}
		return read(keyFile);
	}

	/** Derby records {@code dataEncryption=true} in the database's service.properties. */
	static boolean isEncrypted(Path folder) {
		Path service = folder.resolve("service.properties");
		if (!Files.isRegularFile(service)) {
			return false;
		}
		Properties properties = new Properties();
		try (var in = Files.newInputStream(service)) {
			properties.load(in);
		} catch (IOException e) {
			throw new StoreException("Cannot read " + service + ": " + e.getMessage(), e);
		}
		return Boolean.parseBoolean(properties.getProperty("dataEncryption"));
	}

	private static String read(Path keyFile) {
		return KeyFiles.read(keyFile, KEY_BYTES);
	}
}
