package se.isu.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What differs between the two databases the store runs on. Everything else is one SQL: the migrations are shared
 * (a dialect may override one file, {@code db/migration/<folder>/V…}), and PostgreSQL's first migration defines the
 * few Derby built-ins the shared SQL uses (docs/architecture.md, decision 81).
 */
public enum Dialect {

	/** Embedded Apache Derby: one program at a time, the single-user default. */
	DERBY("derby", "Derby"),
	/** PostgreSQL 15+: a unit's shared database. */
	POSTGRESQL("postgresql", "PostgreSQL");

	private final String folder;
	private final String eclipseLinkPlatform;

	Dialect(String folder, String eclipseLinkPlatform) {
		this.folder = folder;
		this.eclipseLinkPlatform = eclipseLinkPlatform;
	}

	/** The folder under {@code db/migration/} whose files replace the shared ones of the same name. */
	public String folder() {
		return folder;
	}

	/** The value of {@code eclipselink.target-database}. */
	String eclipseLinkPlatform() {
		return eclipseLinkPlatform;
	}

	/** How the catalog stores an unquoted identifier: Derby folds to upper case, PostgreSQL to lower case. */
	public String stored(String identifier) {
		return this == POSTGRESQL ? identifier.toLowerCase(Locale.ROOT) : identifier.toUpperCase(Locale.ROOT);
	}

	/**
	 * Makes concurrent appends to the access log wait for each other until this transaction ends, so each entry
	 * hashes over the committed last one (the chain cannot fork). Derby locks the table; PostgreSQL takes a
	 * transaction-scoped advisory lock, which needs no UPDATE right on the log (the application's role has only
	 * SELECT and INSERT there, decision 84).
	 */
	void lockAccessLogForAppend(Connection connection) throws SQLException {
		try (Statement lock = connection.createStatement()) {
			if (this == POSTGRESQL) {
				lock.execute("SELECT pg_advisory_xact_lock(" + ACCESS_LOG_LOCK + ")");
			} else {
				lock.execute("LOCK TABLE ISU_ACCESS_LOG IN EXCLUSIVE MODE");
			}
		}
	}

	/** The advisory lock key of the access log's append ("ISU_LOG" in ASCII): any constant all clients share. */
	static final long ACCESS_LOG_LOCK = 0x4953555f4c4f47L;

	/** The dialect of an open connection, from its driver's product name. */
	static Dialect of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName();
		return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : DERBY;
	}
}
