package se.isu.security;

import java.util.List;

/** Logging in, and the accounts a system administrator keeps. */
public interface AccountService {

	/** Failed attempts in a row that lock an account. */
	int MAX_FAILED_LOGINS = 5;
	/** How long a locked account stays locked, unless an administrator unlocks it. */
	int LOCK_MINUTES = 15;
	int MIN_PASSWORD_LENGTH = 8;

	/**
	 * Checks the password (and the one-time code when the account requires one) and makes the user the session's.
	 * Every attempt is logged; {@link #MAX_FAILED_LOGINS} failures in a row lock the account for
	 * {@link #LOCK_MINUTES} minutes.
	 *
	 * @param oneTimeCode the authenticator's six digits, or null
	 */
	User login(String userName, String password, String oneTimeCode) throws LoginException;

	/** True once any account exists: a real installation starts by creating its administrator. */
	boolean hasAccounts();

	/**
	 * Creates the first system administrator of a new installation and logs them in.
	 *
	 * @throws IllegalStateException when any account exists already
	 * @throws AccountException naming the field at fault
	 */
	User createFirstAdministrator(NewAccount account);

	/** Creates an account (system administrator only). */
	User createAccount(NewAccount account);

	/** Every account (system administrator only). */
	List<User> accounts();

	/** A new password: a user for themselves, or a system administrator for anyone. */
	void changePassword(String userName, String newPassword);

	/**
	 * Requires a TOTP second factor of the account (system administrator only).
	 *
	 * @return the new shared secret in Base32, to enter in the person's authenticator app (shown once)
	 */
	String requireSecondFactor(String userName);

	/** Lifts a lockout (system administrator only). */
	void unlock(String userName);

	/** An inactive account cannot log in; its entries in the log stay (system administrator only). */
	void setActive(String userName, boolean active);

	/**
	 * Demo mode only: one account per role with the password {@link #DEMO_PASSWORD}, when there are no accounts yet.
	 *
	 * @return the demo accounts created (none when accounts existed)
	 */
	List<User> createDemoAccounts(List<String> unitCodes);

	String DEMO_PASSWORD = "isu-demo";

	/** The demo case worker's account, bound to every demo unit; demo data makes them responsible for a share of cases. */
	String DEMO_CASE_WORKER = "handlaggare";
	String DEMO_CASE_WORKER_NAME = "Hanna Handläggare";

	// --- Units (robustness, issue 12): an account may only name units that exist. ---

	/** The units accounts may be bound to, code → name, by code (system administrator only). */
	java.util.SortedMap<String, String> units();

	/**
	 * Adds a unit (system administrator only); an existing code is left as it is.
	 *
	 * @throws AccountException naming the field ({@code code}, {@code name}) and the rule
	 */
	void addUnit(String code, String name);
}
