package se.isu.security;

import java.util.Set;

/** What an administrator enters for a new account. */
public record NewAccount(String userName, String displayName, Role role, Set<String> units, String password) {

	public NewAccount {
		units = units == null ? Set.of() : Set.copyOf(units);
	}
}
