package se.isu.security;

import java.util.Set;

/** A logged-in person as the services see them; never holds a password or secret. */
public record User(String userName, String displayName, Role role, Set<String> units, boolean totpRequired) {

	public User {
		units = Set.copyOf(units);
	}

	public boolean may(Permission permission) {
		return permission.grantedTo(role);
	}

	/** May act on a case of {@code unitCode} under {@code permission} (unit scope included). */
	public boolean may(Permission permission, String unitCode) {
		// a case without a unit belongs to nobody's units (and Set.of().contains(null) would throw)
		return may(permission) && (!permission.unitScoped() || unitCode != null && units.contains(unitCode));
	}
}
