package se.isu.security.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, six digits), the kind every authenticator app
 * (Microsoft/Google Authenticator, FreeOTP) produces from a Base32 secret. One step either side is accepted for
 * clock drift.
 */
final class Totp {

	static final int STEP_SECONDS = 30;
	private static final int DIGITS = 6;
	private static final int SECRET_BYTES = 20;

	private Totp() {
	}

	static String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		new SecureRandom().nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	static boolean verify(String base32Secret, String code, Instant now) {
		if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
			return false;
		}
		long step = now.getEpochSecond() / STEP_SECONDS;
		for (long s = step - 1; s <= step + 1; s++) {
			if (code(new Base32().decode(base32Secret), s).equals(code.strip())) {
				return true;
			}
		}
		return false;
	}

	/** The code of one time step (RFC 4226 dynamic truncation). */
	static String code(byte[] secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
					| (hash[offset + 3] & 0xff);
			return String.format("%0" + DIGITS + "d", binary % 1_000_000);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has HmacSHA1", e);
		}
	}

	/** The current code, for tests and for showing an enrolment works. */
	static String codeAt(String base32Secret, Instant at) {
		return code(new Base32().decode(base32Secret), at.getEpochSecond() / STEP_SECONDS);
	}
}
