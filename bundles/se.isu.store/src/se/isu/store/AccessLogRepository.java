package se.isu.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only access log. There is no update or delete: {@link #append} is the only way in, and it links each
 * entry to the one before by {@link AccessLogChain}.
 */
public interface AccessLogRepository {

	/** One stored entry. */
	record LogRow(long seq, LocalDateTime loggedAt, String userName, String action, String caseNumber, String detail,
			String previousHash, String entryHash) {
	}

	/**
	 * Appends one entry after the current last one, under a table lock so concurrent writers (a shared database)
	 * keep one unbroken chain.
	 */
	LogRow append(LocalDateTime loggedAt, String userName, String action, String caseNumber, String detail);

	/** Every entry in order, streamed (the log grows without bound). */
	void forEach(Consumer<LogRow> consumer);

	/** Entries in {@code [from, to)}, optionally of one user and/or case, newest first, at most {@code limit}. */
	List<LogRow> find(LocalDateTime from, LocalDateTime to, String userName, String caseNumber, int limit);

	/** Per user and action in {@code [from, to)}: how many entries and how many distinct cases, counted in SQL. */
	record Activity(String userName, String action, long entries, long distinctCases) {
	}

	List<Activity> activity(LocalDateTime from, LocalDateTime to);
}
