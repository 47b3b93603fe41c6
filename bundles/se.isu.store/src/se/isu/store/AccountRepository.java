package se.isu.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stored login accounts. Hashing, lockout and roles are decided above this, in se.isu.security. */
public interface AccountRepository {

	/** One account as stored; {@code passwordHash} is a PHC string, never a password. */
	record StoredAccount(long id, String userName, String displayName, String role, List<String> unitCodes,
			String passwordHash, String totpSecret, boolean totpRequired, int failedLogins, LocalDateTime lockedUntil,
			boolean active, LocalDateTime createdAt) {

		public StoredAccount {
			unitCodes = List.copyOf(unitCodes);
		}
	}

	Optional<StoredAccount> find(String userName);

	/** Every account, by user name. */
	List<StoredAccount> all();

	long count();

	/**
	 * Stores a new account (its id is ignored).
	 *
	 * @throws StoreException when the user name is taken
	 */
	StoredAccount create(StoredAccount account);

	/** Saves every field of an existing account, found by user name. */
	void update(StoredAccount account);

	/**
	 * Counts one failed login in the database itself (not from a value read before), so failures made at the same
	 * time through several clients of one server all count; the {@code lockAt}th in a row sets the account locked
	 * until {@code lockUntil} and starts the count again. Touches nothing else of the account.
	 *
	 * @return the account as stored after the count
	 */
	StoredAccount countFailedLogin(String userName, int lockAt, LocalDateTime lockUntil);

	/**
	 * After a login that succeeded: the failure count goes back to 0 and an expired lock is cleared; a lock set
	 * meanwhile (through another client) until after {@code now} stays. Touches nothing else of the account, so an
	 * administrator's change made meanwhile stands.
	 */
	void clearFailedLogins(String userName, LocalDateTime now);
}
