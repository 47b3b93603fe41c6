package se.isu.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.store.AccountRepository;
import se.isu.store.StoreException;

/** Accounts through plain JDBC: a handful of columns, no object graph worth an entity. */
@Component(service = AccountRepository.class)
public class JdbcAccountRepository implements AccountRepository {

	private static final String COLUMNS = "ID, USER_NAME, DISPLAY_NAME, ROLE, UNIT_CODES, PASSWORD_HASH, TOTP_SECRET,"
			+ " TOTP_REQUIRED, FAILED_LOGINS, LOCKED_UNTIL, ACTIVE, CREATED_AT";

	@Reference
	Database database;

	@Override
	public Optional<StoredAccount> find(String userName) {
		return database.jdbc(c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM ISU_ACCOUNT WHERE USER_NAME = ?")) {
				select.setString(1, userName);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? Optional.of(read(rows)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public List<StoredAccount> all() {
		return database.jdbc(c -> {
			List<StoredAccount> accounts = new ArrayList<>();
			try (Statement select = c.createStatement();
					ResultSet rows = select.executeQuery("SELECT " + COLUMNS + " FROM ISU_ACCOUNT ORDER BY USER_NAME")) {
				while (rows.next()) {
					accounts.add(read(rows));
				}
			}
			return accounts;
		});
	}

	@Override
	public long count() {
		return database.jdbc(c -> {
			try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery("SELECT COUNT(*) FROM ISU_ACCOUNT")) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}

	@Override
	public StoredAccount create(StoredAccount account) {
		return database.jdbc(c -> {
			if (exists(c, account.userName())) {
				throw new StoreException("Användarnamnet " + account.userName() + " finns redan. / The user name is taken.");
			}
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO ISU_ACCOUNT (USER_NAME, DISPLAY_NAME, ROLE,"
					+ " UNIT_CODES, PASSWORD_HASH, TOTP_SECRET, TOTP_REQUIRED, FAILED_LOGINS, LOCKED_UNTIL, ACTIVE, CREATED_AT)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, account.userName());
				insert.setString(2, account.displayName());
				bindMutable(insert, 3, account);
				insert.setTimestamp(11, Timestamp.valueOf(account.createdAt()));
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					return new StoredAccount(keys.getLong(1), account.userName(), account.displayName(), account.role(),
							account.unitCodes(), account.passwordHash(), account.totpSecret(), account.totpRequired(),
							account.failedLogins(), account.lockedUntil(), account.active(), account.createdAt());
				}
			}
		});
	}

	@Override
	public void update(StoredAccount account) {
		database.jdbc(c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE ISU_ACCOUNT SET ROLE = ?, UNIT_CODES = ?,"
					+ " PASSWORD_HASH = ?, TOTP_SECRET = ?, TOTP_REQUIRED = ?, FAILED_LOGINS = ?, LOCKED_UNTIL = ?,"
					+ " ACTIVE = ?, DISPLAY_NAME = ? WHERE USER_NAME = ?")) {
				bindMutable(update, 1, account);
				update.setString(9, account.displayName());
				update.setString(10, account.userName());
				if (update.executeUpdate() != 1) {
					throw new StoreException("No account " + account.userName());
				}
			}
			return null;
		});
	}

	@Override
	public StoredAccount countFailedLogin(String userName, int lockAt, LocalDateTime lockUntil) {
		return database.jdbc(c -> {
			// one statement: the row lock orders concurrent failures, each counts on the value the one before wrote
			try (PreparedStatement update = c.prepareStatement("UPDATE ISU_ACCOUNT SET"
					+ " LOCKED_UNTIL = CASE WHEN FAILED_LOGINS + 1 >= ? THEN ? ELSE LOCKED_UNTIL END,"
					+ " FAILED_LOGINS = CASE WHEN FAILED_LOGINS + 1 >= ? THEN 0 ELSE FAILED_LOGINS + 1 END"
					+ " WHERE USER_NAME = ?")) {
				update.setInt(1, lockAt);
				update.setTimestamp(2, Timestamp.valueOf(lockUntil));
				update.setInt(3, lockAt);
				update.setString(4, userName);
				if (update.executeUpdate() != 1) {
					throw new StoreException("No account " + userName);
				}
			}
			// the same transaction still holds the row: this reads what this count made of it
			try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM ISU_ACCOUNT WHERE USER_NAME = ?")) {
				select.setString(1, userName);
				try (ResultSet rows = select.executeQuery()) {
					rows.next();
					return read(rows);
				}
			}
		});
	}

	@Override
	public void clearFailedLogins(String userName, LocalDateTime now) {
		database.jdbc(c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE ISU_ACCOUNT SET FAILED_LOGINS = 0, LOCKED_UNTIL = NULL"
					+ " WHERE USER_NAME = ? AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL <= ?)")) {
				update.setString(1, userName);
				update.setTimestamp(2, Timestamp.valueOf(now));
				update.executeUpdate();
			}
			return null;
		});
	}

	/** ROLE … ACTIVE, eight parameters from {@code first}. */
	private static void bindMutable(PreparedStatement statement, int first, StoredAccount account) throws SQLException {
		statement.setString(first, account.role());
		statement.setString(first + 1, String.join(",", account.unitCodes()));
		statement.setString(first + 2, account.passwordHash());
		statement.setString(first + 3, account.totpSecret());
		statement.setShort(first + 4, (short) (account.totpRequired() ? 1 : 0));
		statement.setInt(first + 5, account.failedLogins());
		statement.setTimestamp(first + 6, account.lockedUntil() == null ? null : Timestamp.valueOf(account.lockedUntil()));
		statement.setShort(first + 7, (short) (account.active() ? 1 : 0));
	}

	private static boolean exists(Connection c, String userName) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM ISU_ACCOUNT WHERE USER_NAME = ?")) {
			select.setString(1, userName);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static StoredAccount read(ResultSet rows) throws SQLException {
		String units = rows.getString("UNIT_CODES");
		Timestamp locked = rows.getTimestamp("LOCKED_UNTIL");
		return new StoredAccount(rows.getLong("ID"), rows.getString("USER_NAME"), rows.getString("DISPLAY_NAME"),
				rows.getString("ROLE"), units.isBlank() ? List.of() : Arrays.asList(units.split(",")),
				rows.getString("PASSWORD_HASH"), rows.getString("TOTP_SECRET"), rows.getShort("TOTP_REQUIRED") == 1,
				rows.getInt("FAILED_LOGINS"), locked == null ? null : locked.toLocalDateTime(),
				rows.getShort("ACTIVE") == 1, rows.getTimestamp("CREATED_AT").toLocalDateTime());
	}
}
