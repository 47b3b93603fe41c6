package se.isu.security;

import java.time.LocalDateTime;
import java.util.List;

import se.isu.store.AccessLogRepository.Activity;
import se.isu.store.AccessLogRepository.LogRow;

/**
 * The tamper-evident access log: append-only, each entry chained to the previous by SHA-256
 * ({@link se.isu.store.AccessLogChain}). Readable by unit managers and system administrators only.
 */
public interface AccessLog {

	/** Appends what {@code user} did; {@code caseNumber} and {@code detail} may be null. Never holds a personnummer. */
	void record(User user, AccessAction action, String caseNumber, String detail);

	/** Appends an entry for a user name that did not log in (failed login attempts). */
	void recordAnonymous(String userName, AccessAction action, String detail);

	/** The result of recomputing the whole chain. */
	record ChainCheck(long entries, boolean intact, long firstBrokenSeq, String problem, String headHash) {
	}

	/**
	 * Recomputes every entry's hash and link (log reviewers only). The head hash printed at each check can be written
	 * down outside the database: a later check that does not reach it shows entries were cut off the end.
	 */
	ChainCheck verify();

	/** Entries in {@code [from, to)}, optionally of one user and/or case, newest first (log reviewers only). */
	List<LogRow> entries(LocalDateTime from, LocalDateTime to, String userName, String caseNumber, int limit);

	/** Entries and distinct cases per user and action in {@code [from, to)} (log reviewers only). */
	List<Activity> activity(LocalDateTime from, LocalDateTime to);
}
