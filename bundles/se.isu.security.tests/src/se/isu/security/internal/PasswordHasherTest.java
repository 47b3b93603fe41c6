package se.isu.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

	private final PasswordHasher hasher = new PasswordHasher();

	@Test
	void aHashIsAnArgon2idPhcStringThatMatchesOnlyItsPassword() {
		String hash = hasher.hash("rätt häst batteri");
		assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
		assertTrue(hasher.matches("rätt häst batteri", hash));
		assertFalse(hasher.matches("rätt häst batterI", hash));
		assertFalse(hasher.matches("", hash));
	}

	@Test
	void theSamePasswordHashesDifferentlyEachTime() {
		assertNotEquals(hasher.hash("isu-demo"), hasher.hash("isu-demo"), "a random salt per hash");
	}

	@Test
	void aMalformedStoredHashNeverMatches() {
		assertFalse(hasher.matches("x", null));
		assertFalse(hasher.matches("x", "x"));
		assertFalse(hasher.matches("x", "$argon2id$v=19$m=abc,t=2,p=1$AAAA$AAAA"));
		assertFalse(hasher.matches("x", "$bcrypt$v=19$m=19456,t=2,p=1$AAAA$AAAA"));
	}
}
