package se.isu.security;

import java.util.Optional;

/**
 * Who is logged in to this workbench or CLI process. Every service asks it before acting; a process serves one
 * person at a time (a desktop application), so the session is one per process.
 */
public interface Session {

	Optional<User> current();

	/**
	 * @return the logged-in user holding {@code permission}
	 * @throws AccessDeniedException when nobody is logged in or the role lacks it
	 */
	User require(Permission permission);

	/**
	 * As {@link #require(Permission)}, and for unit-scoped permissions also the unit among the user's units.
	 */
	User require(Permission permission, String unitCode);

	boolean may(Permission permission);

	/**
	 * @return whoever is logged in, whatever their role (for data that is not about anyone, e.g. the unit list)
	 * @throws AccessDeniedException when nobody is logged in
	 */
	User requireLoggedIn();

	/** Ends the session (logged); a no-op when nobody is logged in. */
	void logout();
}
