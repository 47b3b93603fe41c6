package se.isu.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.isu.security.Permission;
import se.isu.security.Role;
import se.isu.security.User;

class UserTest {

	private final User worker = new User("anna", "Anna", Role.CASE_WORKER, Set.of("VUX"), false);

	@Test
	void unitScopedPermissionsHoldForTheOwnUnitsOnly() {
		assertTrue(worker.may(Permission.CASE_WRITE, "VUX"));
		assertFalse(worker.may(Permission.CASE_WRITE, "UNG"));
		assertTrue(worker.may(Permission.AGGREGATE_READ, "UNG"), "not unit-scoped");
	}

	@Test
	void aCaseWithoutAUnitIsRefusedRatherThanCrashing() {
		assertFalse(worker.may(Permission.CASE_WRITE, null));
	}
}
