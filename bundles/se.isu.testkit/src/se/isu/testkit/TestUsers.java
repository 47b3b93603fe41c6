package se.isu.testkit;

import java.util.Set;
import java.util.TreeSet;

import se.isu.security.AccountService;
import se.isu.security.LoginException;
import se.isu.security.NewAccount;
import se.isu.security.Role;
import se.isu.security.Session;
import se.isu.security.User;

/**
 * Logs the test process in as a person of a given role, creating the account through the real account service on
 * first use. Tests call services as that person, the way the workbench and the CLI do after login.
 */
public final class TestUsers {

	public static final String PASSWORD = "test-password-1";
	private static final String ADMIN = "test.admin";

	private TestUsers() {
	}

	/** Logs in as a case worker of {@code units} (a case worker or manager needs at least one unit). */
	public static User caseWorker(String... units) {
		return as(Role.CASE_WORKER, units);
	}

	/**
	 * Logs in as a person of {@code role} bound to {@code units}; the account {@code test.<role>.<units>} is created
	 * when missing.
	 */
	public static synchronized User as(Role role, String... units) {
		Set<String> unitSet = new TreeSet<>(Set.of(units));
		String userName = ("test." + role.name() + (unitSet.isEmpty() ? "" : "." + String.join(".", unitSet)))
				.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		if (userName.length() > 40) {
			userName = "test." + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".units"
					+ Integer.toHexString(unitSet.hashCode());
		}
		if (role == Role.SYSTEM_ADMIN && unitSet.isEmpty()) {
			userName = ADMIN;
		}
		AccountService accounts = OsgiServices.get(AccountService.class);
		Session session = OsgiServices.get(Session.class);
		if (!accounts.hasAccounts()) {
			accounts.createFirstAdministrator(new NewAccount(ADMIN, "Test Administratör", Role.SYSTEM_ADMIN, Set.of(), PASSWORD));
		}
		try {
			return accounts.login(userName, PASSWORD, null);
		} catch (LoginException unknown) {
			login(accounts, ADMIN);
			// Accounts may only name units that exist (issue 12); test units are created as they are first needed.
			unitSet.forEach(code -> accounts.addUnit(code, code));
			accounts.createAccount(new NewAccount(userName, "Test " + role.label(), role, unitSet, PASSWORD));
			session.logout();
			return login(accounts, userName);
		}
	}

	/** The units the test fixtures use, so one case worker can do what a test needs. */
	public static final String[] TEST_UNITS = { "ASV", "BAK", "CLP", "CST", "PRU", "SKY", "EXP", "RET", "EDT", "EGET", "PLN", "REV", "SPA", "SPG", "UIT", "UNG", "VNR", "VUX", "MST" };

	/** Logs in as a case worker of every unit the test fixtures use. */
	public static User caseWorkerOfTestUnits() {
		return as(Role.CASE_WORKER, TEST_UNITS);
	}

	/**
	 * Runs {@code action} logged in as a person of {@code role}, then logs the previous person back in (or nobody):
	 * for a step another role does in the middle of a test, e.g. methods staff changing a form.
	 */
	public static <T> T as(Role role, java.util.function.Supplier<T> action) {
		Session session = OsgiServices.get(Session.class);
		User before = session.current().orElse(null);
		as(role);
		try {
			return action.get();
		} finally {
			session.logout();
			if (before != null) {
				login(OsgiServices.get(AccountService.class), before.userName());
			}
		}
	}

	/** Logs out whoever is logged in. */
	public static void logout() {
		OsgiServices.get(Session.class).logout();
	}

	private static User login(AccountService accounts, String userName) {
		try {
			return accounts.login(userName, PASSWORD, null);
		} catch (LoginException e) {
			throw new IllegalStateException("Test login as " + userName + " failed: " + e.getMessage(), e);
		}
	}
}
