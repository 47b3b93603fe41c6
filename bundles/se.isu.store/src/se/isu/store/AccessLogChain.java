package se.isu.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * How one access-log entry is bound to the previous: SHA-256 over the previous hash and every field of the entry,
 * each field length-prefixed so that moving characters between fields changes the hash. Used when appending and when
 * checking, so the two can never disagree.
 */
public final class AccessLogChain {

	/** The "previous hash" of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private AccessLogChain() {
	}

	public static String hash(String previousHash, long seq, LocalDateTime loggedAt, String userName, String action,
			String caseNumber, String detail) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String field : new String[] { previousHash, Long.toString(seq), loggedAt.toString(), userName, action,
					caseNumber, detail }) {
				byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
				digest.update((field == null ? "-" : Integer.toString(bytes.length)).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
