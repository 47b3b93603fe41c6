package se.isu.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Secret keys kept as hex in a file readable by its owner only: the database boot key and the pseudonymisation key.
 * One place for how such a file is made and read, so both keys are protected alike.
 */
public final class KeyFiles {

	private KeyFiles() {
	}

	/** The key in {@code file}, or a new random key of {@code bytes} bytes written there (owner-only) when missing. */
	public static String readOrCreate(Path file, int bytes) {
		if (Files.isRegularFile(file)) {
			return read(file, bytes);
		}
		byte[] key = new byte[bytes];
		new SecureRandom().nextBytes(key);
		String hex = HexFormat.of().formatHex(key);
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (UnsupportedOperationException notPosix) {
				Files.createFile(file);
			}
			Files.writeString(file, hex + System.lineSeparator(), StandardCharsets.US_ASCII);
			return hex;
		} catch (FileAlreadyExistsException raced) {
			return read(file, bytes);
		} catch (IOException e) {
			throw new StoreException("Cannot create the key file " + file + ": " + e.getMessage(), e);
		}
	}

	/** The key in {@code file}; refused with the file named when it is not {@code bytes} bytes of hex. */
	public static String read(Path file, int bytes) {
		try {
			String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (!key.matches("[0-9a-f]{" + 2 * bytes + "}")) {
				throw new StoreException("Nyckelfilen " + file + " är skadad (väntade " + 2 * bytes
						+ " hexadecimala tecken). / The key file is damaged (expected " + 2 * bytes + " hex digits).");
			}
			return key;
		} catch (IOException e) {
			throw new StoreException("Cannot read the key file " + file + ": " + e.getMessage(), e);
		}
	}
}
