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
}
