package se.isu.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

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
		String key = Files.isRegularFile(keyFile) ? read(keyFile) : create(keyFile);
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
		try {
			String key = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
			if (!key.matches("[0-9a-f]{16,}")) {
				throw new StoreException("Nyckelfilen " + keyFile + " är skadad (väntade hexadecimala tecken)."
						+ " / The key file is damaged (expected hex digits).");
			}
			return key;
		} catch (IOException e) {
			throw new StoreException("Cannot read the key file " + keyFile + ": " + e.getMessage(), e);
		}
	}

	/** A new random key, readable by its owner only where the file system knows POSIX permissions. */
	private static String create(Path keyFile) {
		byte[] bytes = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(bytes);
		String key = HexFormat.of().formatHex(bytes);
		try {
			Files.createDirectories(keyFile.toAbsolutePath().getParent());
			try {
				Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (UnsupportedOperationException notPosix) {
				Files.createFile(keyFile);
			}
			Files.writeString(keyFile, key + System.lineSeparator(), StandardCharsets.US_ASCII);
			return key;
		} catch (FileAlreadyExistsException raced) {
			return read(keyFile);
		} catch (IOException e) {
			throw new StoreException("Cannot create the key file " + keyFile + ": " + e.getMessage(), e);
		}
	}
}
