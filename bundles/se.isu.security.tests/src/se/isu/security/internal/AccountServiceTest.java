package se.isu.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import se.isu.security.AccessDeniedException;
import se.isu.security.AccessLog;
import se.isu.security.AccountException;
import se.isu.security.AccountService;
import se.isu.security.LoginException;
import se.isu.security.LoginException.Reason;
import se.isu.security.NewAccount;
import se.isu.security.Role;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AccessLogRepository.LogRow;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Login, lockout, the second factor and account rules, through the real services on the test database. */
class AccountServiceTest {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final AccountService accounts = OsgiServices.get(AccountService.class);
	private final DefaultAccountService impl = (DefaultAccountService) accounts;
	private final Session session = OsgiServices.get(Session.class);

	@AfterEach
	void restoreClockAndLogOut() {
		impl.clock = Clock.systemDefaultZone();
		session.logout();
	}

	/** A fresh case-worker account, created by the test administrator; nobody is logged in afterwards. */
	private String newAccount() {
		String name = "person" + NEXT.incrementAndGet() + "." + System.nanoTime() % 100000;
		TestUsers.as(Role.SYSTEM_ADMIN);
		accounts.addUnit("VUX", "Vuxenenheten");
		accounts.createAccount(new NewAccount(name, "Person Persson", Role.CASE_WORKER, Set.of("VUX"), "långt-lösenord"));
		session.logout();
		return name;
	}

	private static Reason reason(Executable login) {
		return assertThrows(LoginException.class, login).reason();
	}

	@Test
	void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
		String name = newAccount();
		LoginException unknown = assertThrows(LoginException.class, () -> accounts.login("nobody.here", "x", null));
		LoginException wrong = assertThrows(LoginException.class, () -> accounts.login(name, "fel-lösenord", null));
		assertEquals(unknown.reason(), wrong.reason());
		assertEquals(unknown.getMessage(), wrong.getMessage());
		assertTrue(session.current().isEmpty(), "nobody logged in");
	}

	@Test
	void aLoginWithAnOverlongUserNameIsRefusedAndLoggedLikeAnyOther() {
		String typed = "x".repeat(300);
		assertEquals(Reason.WRONG_CREDENTIALS, reason(() -> accounts.login(typed, "x", null)));
	}

	@Test
	void theRightPasswordLogsInWithTheAccountsRoleAndUnits() throws LoginException {
		String name = newAccount();
		User user = accounts.login("  " + name.toUpperCase() + " ", "långt-lösenord", null);
		assertEquals(Role.CASE_WORKER, user.role());
		assertEquals(Set.of("VUX"), user.units());
		assertEquals(user, session.current().orElseThrow());
	}

	@Test
	void fiveFailuresInARowLockTheAccountEvenForTheRightPasswordUntilUnlocked() throws LoginException {
		String name = newAccount();
		for (int i = 1; i < AccountService.MAX_FAILED_LOGINS; i++) {
			assertEquals(Reason.WRONG_CREDENTIALS, reason(() -> accounts.login(name, "fel", null)), "attempt " + i);
		}
		LoginException locked = assertThrows(LoginException.class, () -> accounts.login(name, "fel", null));
		assertEquals(Reason.LOCKED, locked.reason());
		assertTrue(locked.getMessage().contains("låst"), locked.getMessage());
		assertEquals(Reason.LOCKED, reason(() -> accounts.login(name, "långt-lösenord", null)));

		TestUsers.as(Role.SYSTEM_ADMIN);
		accounts.unlock(name);
		session.logout();
		assertEquals(name, accounts.login(name, "långt-lösenord", null).userName());
	}

	@Test
	void aLockEndsByItselfAfterTheLockTime() throws LoginException {
		String name = newAccount();
		for (int i = 0; i < AccountService.MAX_FAILED_LOGINS; i++) {
			assertThrows(LoginException.class, () -> accounts.login(name, "fel", null));
		}
		impl.clock = Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(AccountService.LOCK_MINUTES - 1));
		assertEquals(Reason.LOCKED, reason(() -> accounts.login(name, "långt-lösenord", null)));
		impl.clock = Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(AccountService.LOCK_MINUTES + 1));
		assertEquals(name, accounts.login(name, "långt-lösenord", null).userName());
	}

	@Test
	void aRequiredSecondFactorNeedsTheCurrentCodeFromTheAuthenticator() throws LoginException {
		String name = newAccount();
		TestUsers.as(Role.SYSTEM_ADMIN);
		String secret = accounts.requireSecondFactor(name);
		session.logout();

		assertEquals(Reason.CODE_REQUIRED, reason(() -> accounts.login(name, "långt-lösenord", null)));
		assertTrue(session.current().isEmpty());
		String stale = Totp.codeAt(secret, impl.clock.instant().minusSeconds(300));
		assertEquals(Reason.WRONG_CODE, reason(() -> accounts.login(name, "långt-lösenord", stale)));
		assertEquals(Reason.WRONG_CREDENTIALS, reason(() -> accounts.login(name, "fel", Totp.codeAt(secret, impl.clock.instant()))),
				"a right code does not help a wrong password");
		User user = accounts.login(name, "långt-lösenord", Totp.codeAt(secret, impl.clock.instant()));
		assertTrue(user.totpRequired());
	}

	@Test
	void onlyASystemAdministratorCreatesAccountsAndEachRuleNamesItsField() {
		TestUsers.caseWorker("VUX");
		assertThrows(AccessDeniedException.class, () -> accounts.createAccount(
				new NewAccount("ny.person", "Ny", Role.CASE_WORKER, Set.of("VUX"), "långt-lösenord")));
		assertThrows(AccessDeniedException.class, accounts::accounts);

		TestUsers.as(Role.SYSTEM_ADMIN);
		assertEquals("userName", field(new NewAccount("Stora Bokstäver", "X", Role.ANALYST, Set.of(), "långt-lösenord")));
		assertEquals("displayName", field(new NewAccount("ok.name", " ", Role.ANALYST, Set.of(), "långt-lösenord")));
		assertEquals("password", field(new NewAccount("ok.name", "X", Role.ANALYST, Set.of(), "kort")));
		assertEquals("password", field(new NewAccount("ok.name2", "X", Role.ANALYST, Set.of(), "ok.name2")));
		assertEquals("units", field(new NewAccount("ok.name", "X", Role.CASE_WORKER, Set.of(), "långt-lösenord")));
		assertTrue(accounts.accounts().stream().noneMatch(u -> u.userName().startsWith("ok.name")), "nothing stored");
	}

	private String field(NewAccount account) {
		return assertThrows(AccountException.class, () -> accounts.createAccount(account)).field();
	}

	@Test
	void theFirstAdministratorCanBeCreatedOnlyOnce() {
		TestUsers.as(Role.ANALYST); // ensures accounts exist
		assertThrows(IllegalStateException.class, () -> accounts.createFirstAdministrator(
				new NewAccount("second.admin", "X", Role.SYSTEM_ADMIN, Set.of(), "långt-lösenord")));
	}

	@Test
	void loginsFailuresAndLockoutsAreInTheAccessLog() {
		String name = newAccount();
		assertThrows(LoginException.class, () -> accounts.login(name, "fel", null));
		TestUsers.caseWorker("VUX");
		TestUsers.as(Role.UNIT_MANAGER, "VUX");
		List<String> actions = OsgiServices.get(AccessLog.class)
				.entries(LocalDateTime.now().minusMinutes(5), LocalDateTime.now().plusMinutes(1), name, null, 10).stream()
				.map(LogRow::action).toList();
		assertEquals(List.of("LOGIN_FAILED"), actions);
		assertTrue(OsgiServices.get(AccessLog.class)
				.entries(LocalDateTime.now().minusMinutes(5), LocalDateTime.now().plusMinutes(1), "test.case-worker.vux", null, 10)
				.stream().anyMatch(r -> r.action().equals("LOGIN")));
	}
}
