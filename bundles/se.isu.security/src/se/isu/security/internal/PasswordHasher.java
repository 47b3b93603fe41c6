package se.isu.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (memory-hard) through Bouncy Castle, stored as a PHC string
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} so the parameters travel with each hash and can be raised
 * later without invalidating stored ones. Parameters: OWASP's minimum recommendation for Argon2id.
 */
final class PasswordHasher {

	static final int MEMORY_KIB = 19_456;
	static final int ITERATIONS = 2;
	static final int PARALLELISM = 1;
	private static final int SALT_BYTES = 16;
	private static final int HASH_BYTES = 32;
	private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
	private static final Base64.Decoder B64D = Base64.getDecoder();

	private final SecureRandom random = new SecureRandom();

	String hash(String password) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
		return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
				+ "$" + B64.encodeToString(hash);
	}

	/** Constant-time comparison against a stored PHC string; a malformed string never matches. */
	boolean matches(String password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		if (parts.length != 6 || !"argon2id".equals(parts[1])) {
			return false;
		}
		try {
			int m = 0;
			int t = 0;
			int p = 0;
			for (String parameter : parts[3].split(",")) {
				String[] kv = parameter.split("=");
				int value = Integer.parseInt(kv[1]);
				switch (kv[0]) {
				case "m" -> m = value;
				case "t" -> t = value;
				case "p" -> p = value;
				default -> throw new IllegalArgumentException(kv[0]);
				}
			}
			byte[] salt = B64D.decode(parts[4]);
			byte[] expected = B64D.decode(parts[5]);
			return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p, expected.length));
		} catch (RuntimeException malformed) {
			return false;
		}
	}

	private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
			int length) {
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
				.withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).build());
		byte[] out = new byte[length];
		generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
		return out;
	}
}
