package se.isu.store;

import java.nio.file.Path;
import java.util.Map;

import se.isu.store.internal.ServerSetup;

/**
 * A unit's PostgreSQL database as its owner sets it up (docs/deploying.md): the schema, the application role's
 * rights, and moving an embedded installation into it. Used by {@code ./isu db …}; the running program never needs
 * the owner's rights.
 */
public final class ServerDatabase {

	private ServerDatabase() {
	}

	/**
	 * Applies the migrations the database lacks and grants {@code applicationRole} what the program needs and no more
	 * (the access log: read and append only; no table it owns, so none it can drop).
	 *
	 * @return the number of migrations applied now
	 */
	public static int migrateAndGrant(ConnectionSettings owner, String applicationRole) {
		return ServerSetup.migrateAndGrant(owner, applicationRole);
	}

	/** What a move copied: rows per table, and how many access-log entries were re-verified on the server. */
	public record MoveReport(Map<String, Long> rows, long logEntriesVerified) {
	}

	/**
	 * Copies the embedded database of {@code home} into the empty server database in one transaction, compares every
	 * table on both sides and re-verifies the access-log chain there; nothing is kept unless all of it holds.
	 */
	public static MoveReport moveFromDerby(Path home, ConnectionSettings owner, String applicationRole) {
		ServerSetup.CopyReport report = ServerSetup.copyFromDerby(home, owner, applicationRole);
		return new MoveReport(report.rows(), report.logEntriesVerified());
	}
}
