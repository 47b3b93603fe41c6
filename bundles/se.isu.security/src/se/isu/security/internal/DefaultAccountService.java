package se.isu.security.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.AccountException;
import se.isu.security.AccountService;
import se.isu.security.LoginException;
import se.isu.security.LoginException.Reason;
import se.isu.security.Messages;
import se.isu.security.NewAccount;
import se.isu.security.Permission;
import se.isu.security.Role;
import se.isu.security.User;
import se.isu.store.AccountRepository;
import se.isu.store.AccountRepository.StoredAccount;
import se.isu.store.CaseRepository;

@Component(service = AccountService.class)
public class DefaultAccountService implements AccountService {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Reference
	AccountRepository accounts;

	@Reference
	DefaultSession session;

	@Reference
	AccessLog log;

	/** The unit register: accounts may only name units found here. */
	@Reference
	CaseRepository unitRegister;

	Clock clock = Clock.systemDefaultZone();

	private final PasswordHasher hasher = new PasswordHasher();

	/**
	 * DS replaces this service when the store restarts while someone is logged in: the session's logout must then be
	 * written through this instance's log, not through the one of the instance that signed the person in.
	 */
	@org.osgi.service.component.annotations.Activate
	void activate() {
		session.current().ifPresent(user -> session.signIn(user, () -> log.record(user, AccessAction.LOGOUT, null, null)));
	}

	@Override
	public User login(String userName, String password, String oneTimeCode) throws LoginException {
		String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
		StoredAccount account = accounts.find(name).orElse(null);
		LocalDateTime now = LocalDateTime.now(clock);
		if (account == null) {
			hasher.hash(password == null ? "" : password); // the same work as for a known name: timing reveals nothing
			log.recordAnonymous(name, AccessAction.LOGIN_FAILED, "okänt användarnamn / unknown user name");
			throw new LoginException(Reason.WRONG_CREDENTIALS, Messages.wrongCredentials, null);
		}
		if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
			log.recordAnonymous(name, AccessAction.LOGIN_FAILED, "kontot är låst / account locked");
			throw lockedException(account.lockedUntil());
		}
		if (!hasher.matches(password == null ? "" : password, account.passwordHash())) {
			throw failed(account, now, "fel lösenord / wrong password", Reason.WRONG_CREDENTIALS, Messages.wrongCredentials);
		}
		if (!account.active()) {
			log.recordAnonymous(name, AccessAction.LOGIN_FAILED, "inaktivt konto / inactive account");
			throw new LoginException(Reason.INACTIVE, Messages.inactive, null);
		}
		if (account.totpRequired()) {
			if (oneTimeCode == null || oneTimeCode.isBlank()) {
				throw new LoginException(Reason.CODE_REQUIRED, Messages.codeRequired, null);
			}
			if (!Totp.verify(account.totpSecret(), oneTimeCode, clock.instant())) {
				throw failed(account, now, "fel engångskod / wrong one-time code", Reason.WRONG_CODE, Messages.wrongCode);
			}
		}
		if (account.failedLogins() > 0 || account.lockedUntil() != null) {
			// only the count: a whole-row write of what was read could undo an administrator's change made meanwhile
			accounts.clearFailedLogins(account.userName(), now);
		}
		User user = toUser(account);
		session.signIn(user, () -> log.record(user, AccessAction.LOGOUT, null, null));
		log.record(user, AccessAction.LOGIN, null, account.totpRequired() ? "med engångskod / with one-time code" : null);
		return user;
	}

	/** Counts a failure; the {@value #MAX_FAILED_LOGINS}th in a row locks the account. */
	private LoginException failed(StoredAccount account, LocalDateTime now, String what, Reason reason, String message) {
		// counted in the database, not from the value read: failures through several clients at once all count
		LocalDateTime until = now.plusMinutes(LOCK_MINUTES).truncatedTo(ChronoUnit.SECONDS);
		StoredAccount counted = accounts.countFailedLogin(account.userName(), MAX_FAILED_LOGINS, until);
		if (counted.lockedUntil() != null && now.isBefore(counted.lockedUntil())) {
			if (counted.failedLogins() == 0 && counted.lockedUntil().equals(until)) {
				log.recordAnonymous(account.userName(), AccessAction.LOCKED_OUT, what + "; låst till / locked until " + until);
			} else { // locked through another client while this attempt was checked
				log.recordAnonymous(account.userName(), AccessAction.LOGIN_FAILED, what + "; kontot är låst / account locked");
			}
			return lockedException(counted.lockedUntil());
		}
		log.recordAnonymous(account.userName(), AccessAction.LOGIN_FAILED, what + " (" + counted.failedLogins() + ")");
		return new LoginException(reason, message, null);
	}

	private static LoginException lockedException(LocalDateTime until) {
		return new LoginException(Reason.LOCKED, NLS.bind(Messages.locked, TIME.format(until)), until);
	}

	@Override
	public boolean hasAccounts() {
		return accounts.count() > 0;
	}

	@Override
	public synchronized User createFirstAdministrator(NewAccount account) {
		if (hasAccounts()) {
			throw new IllegalStateException(Messages.accountsExist);
		}
		NewAccount admin = new NewAccount(account.userName(), account.displayName(), Role.SYSTEM_ADMIN, Set.of(),
				account.password());
		StoredAccount stored = store(admin);
		User user = toUser(stored);
		session.signIn(user, () -> log.record(user, AccessAction.LOGOUT, null, null));
		log.record(user, AccessAction.ACCOUNT_CHANGE, null, "första systemadministratören / first administrator");
		return user;
	}

	@Override
	public User createAccount(NewAccount account) {
		User admin = session.require(Permission.USERS_MANAGE);
		User created = toUser(store(account));
		log.record(admin, AccessAction.ACCOUNT_CHANGE, null, "skapade / created " + created.userName() + " ("
				+ created.role() + (created.units().isEmpty() ? "" : " " + String.join(",", created.units())) + ")");
		return created;
	}

	@Override
	public List<User> accounts() {
		session.require(Permission.USERS_MANAGE);
		return accounts.all().stream().map(DefaultAccountService::toUser).toList();
	}

	@Override
	public void changePassword(String userName, String newPassword) {
		User actor = session.current().filter(u -> u.userName().equals(userName)).orElse(null);
		if (actor == null) {
			actor = session.require(Permission.USERS_MANAGE);
		}
		StoredAccount account = existing(userName);
		checkPassword(userName, newPassword);
		accounts.update(with(account, hasher.hash(newPassword), 0, null));
		log.record(actor, AccessAction.ACCOUNT_CHANGE, null, "nytt lösenord för / new password for " + userName);
	}

	@Override
	public String requireSecondFactor(String userName) {
		User admin = session.require(Permission.USERS_MANAGE);
		StoredAccount a = existing(userName);
		String secret = Totp.newSecret();
		accounts.update(new StoredAccount(a.id(), a.userName(), a.displayName(), a.role(), a.unitCodes(), a.passwordHash(),
				secret, true, a.failedLogins(), a.lockedUntil(), a.active(), a.createdAt()));
		log.record(admin, AccessAction.ACCOUNT_CHANGE, null, "engångskod krävs för / one-time code required for " + userName);
		return secret;
	}

	@Override
	public void unlock(String userName) {
		User admin = session.require(Permission.USERS_MANAGE);
		StoredAccount a = existing(userName);
		accounts.update(with(a, a.passwordHash(), 0, null));
		log.record(admin, AccessAction.ACCOUNT_CHANGE, null, "upplåst / unlocked " + userName);
	}

	@Override
	public void setActive(String userName, boolean active) {
		User admin = session.require(Permission.USERS_MANAGE);
		StoredAccount a = existing(userName);
		accounts.update(new StoredAccount(a.id(), a.userName(), a.displayName(), a.role(), a.unitCodes(), a.passwordHash(),
				a.totpSecret(), a.totpRequired(), a.failedLogins(), a.lockedUntil(), active, a.createdAt()));
		log.record(admin, AccessAction.ACCOUNT_CHANGE, null, (active ? "aktiverat / activated " : "inaktiverat / deactivated ") + userName);
	}

	@Override
	public synchronized List<User> createDemoAccounts(List<String> unitCodes) {
		if (hasAccounts()) {
			return List.of();
		}
		Set<String> units = new LinkedHashSet<>(unitCodes);
		// Demo mode makes the units it names, as demo data does; real accounts only name units that exist.
		units.forEach(code -> unitRegister.ensureUnit(code, code));
		List<User> created = new ArrayList<>();
		for (NewAccount demo : List.of(
				new NewAccount(DEMO_CASE_WORKER, DEMO_CASE_WORKER_NAME, Role.CASE_WORKER, units, DEMO_PASSWORD),
				new NewAccount("metodstod", "Maja Metodstöd", Role.METHODS_STAFF, Set.of(), DEMO_PASSWORD),
				new NewAccount("enhetschef", "Erik Enhetschef", Role.UNIT_MANAGER, units, DEMO_PASSWORD),
				new NewAccount("analytiker", "Alva Analytiker", Role.ANALYST, Set.of(), DEMO_PASSWORD),
				new NewAccount("admin", "Adam Administratör", Role.SYSTEM_ADMIN, Set.of(), DEMO_PASSWORD))) {
			created.add(toUser(store(demo)));
		}
		return created;
	}

	private StoredAccount store(NewAccount account) {
		String name = account.userName() == null ? "" : account.userName().strip();
		if (!name.matches("[a-z0-9._-]{2,64}")) {
			throw new AccountException("userName", Messages.userNameRule);
		}
		if (account.displayName() == null || account.displayName().isBlank()) {
			throw new AccountException("displayName", Messages.displayNameRequired);
		}
		String displayName = account.displayName().strip();
		if (displayName.length() > MAX_DISPLAY_NAME) {
			throw new AccountException("displayName", NLS.bind(Messages.displayNameTooLong, MAX_DISPLAY_NAME, displayName.length()));
		}
		int hidden = firstControlOrFormatCharacter(displayName);
		if (hidden >= 0) {
			throw new AccountException("displayName", NLS.bind(Messages.displayNameControlCharacters, hidden + 1));
		}
		if (account.role() == null) {
			throw new AccountException("role", "Roll måste anges. / Role is required.");
		}
		checkPassword(name, account.password());
		if (Permission.CASE_READ.grantedTo(account.role()) && account.units().isEmpty()) {
			throw new AccountException("units", Messages.unitsRequired);
		}
		if (Permission.CASE_READ.grantedTo(account.role())) {
			java.util.Set<String> known = unitRegister.findUnits().stream().map(se.isu.model.Unit::getCode)
					.collect(java.util.stream.Collectors.toSet());
			List<String> unknown = account.units().stream().map(String::strip).filter(u -> !known.contains(u)).sorted().toList();
			if (!unknown.isEmpty()) {
				throw new AccountException("units", NLS.bind(Messages.unknownUnits, String.join(", ", unknown)));
			}
		}
		// Only roles that see cases are bound to units; for others a unit list would suggest a scope that is not there.
		List<String> units = Permission.CASE_READ.grantedTo(account.role())
				? account.units().stream().map(String::strip).sorted().toList()
				: List.of();
		return accounts.create(new StoredAccount(0, name, displayName, account.role().name(), units,
				hasher.hash(account.password()), null, false, 0, null, true, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
	}

	/** The column holds 200 characters; checked here so the person gets the field and the rule, not a SQL error. */
	static final int MAX_DISPLAY_NAME = 200;

	/**
	 * The index of the first Unicode control (Cc) or format (Cf) character, or -1: such characters (e.g. U+202E
	 * RIGHT-TO-LEFT OVERRIDE) make a name read differently in lists and the access log than it is stored.
	 */
	static int firstControlOrFormatCharacter(String text) {
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int type = Character.getType(text.codePointAt(i));
			if (type == Character.CONTROL || type == Character.FORMAT) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public java.util.SortedMap<String, String> units() {
		session.require(Permission.USERS_MANAGE);
		java.util.SortedMap<String, String> all = new java.util.TreeMap<>();
		unitRegister.findUnits().forEach(u -> all.put(u.getCode(), u.getName()));
		return all;
	}

	@Override
	public void addUnit(String code, String name) {
		User admin = session.require(Permission.USERS_MANAGE);
		String c = code == null ? "" : code.strip();
		if (!c.matches("[A-Z0-9_]{2,16}")) {
			throw new AccountException("code", Messages.unitCodeRule);
		}
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 200 || firstControlOrFormatCharacter(n) >= 0) {
			throw new AccountException("name", Messages.unitNameRule);
		}
		unitRegister.ensureUnit(c, n);
		log.record(admin, AccessAction.ACCOUNT_CHANGE, null, "verksamhet / unit " + c);
	}

	private static void checkPassword(String userName, String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountException("password", NLS.bind(Messages.passwordTooShort, MIN_PASSWORD_LENGTH));
		}
		if (password.equalsIgnoreCase(userName)) {
			throw new AccountException("password", Messages.passwordIsUserName);
		}
	}

	private StoredAccount existing(String userName) {
		return accounts.find(userName).orElseThrow(() -> new AccountException("userName", NLS.bind(Messages.noSuchAccount, userName)));
	}

	private static StoredAccount with(StoredAccount a, String passwordHash, int failedLogins, LocalDateTime lockedUntil) {
		return new StoredAccount(a.id(), a.userName(), a.displayName(), a.role(), a.unitCodes(), passwordHash, a.totpSecret(),
				a.totpRequired(), failedLogins, lockedUntil, a.active(), a.createdAt());
	}

	private static User toUser(StoredAccount a) {
		return new User(a.userName(), a.displayName(), Role.valueOf(a.role()), Set.copyOf(a.unitCodes()), a.totpRequired());
	}
}
