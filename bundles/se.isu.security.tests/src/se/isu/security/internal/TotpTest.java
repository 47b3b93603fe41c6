package se.isu.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (SHA-1), last six digits. */
class TotpTest {

	private static final String RFC_SECRET = new Base32()
			.encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void codesEqualTheRfcTestVectors(long epochSeconds, String expected) {
		assertEquals(expected, Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(epochSeconds)));
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNotBeyond() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		String code = Totp.codeAt(RFC_SECRET, now);
		assertTrue(Totp.verify(RFC_SECRET, code, now.plusSeconds(30)));
		assertTrue(Totp.verify(RFC_SECRET, code, now.minusSeconds(30)));
		assertFalse(Totp.verify(RFC_SECRET, code, now.plusSeconds(90)));
		assertFalse(Totp.verify(RFC_SECRET, "12345", now), "five digits");
		assertFalse(Totp.verify(RFC_SECRET, null, now));
	}

	@Test
	void aNewSecretIs32Base32Characters() {
		assertTrue(Totp.newSecret().matches("[A-Z2-7]{32}"));
	}
}
