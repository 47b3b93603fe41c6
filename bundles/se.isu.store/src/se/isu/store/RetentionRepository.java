package se.isu.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** What retention (gallring) reads and removes; the rule itself lives in core. */
public interface RetentionRepository {

	/**
	 * A closed case and the date of its last entry: the latest of closure, intervention end, follow-up, occasion done
	 * and assessment dates.
	 */
	record Candidate(long caseId, String caseNumber, String unitCode, LocalDate closureDate, LocalDate lastEntry,
			String holdReason, LocalDate clientBirthDate) {

		public boolean held() {
			return holdReason != null;
		}
	}

	/** Closed cases whose last entry is on or before {@code lastEntryOnOrBefore}, oldest first. */
	List<Candidate> closedCasesWithLastEntryOnOrBefore(LocalDate lastEntryOnOrBefore);

	/** What one culling removed. */
	record Culled(int cases, int clients, int assessments) {
	}

	/**
	 * Removes the cases with everything that belongs to them, and clients left without a case, in one transaction
	 * together with the culling-log entry: all or nothing.
	 */
	Culled cull(Collection<Long> caseIds, LocalDateTime runAt, String ruleText, String summary);

	/** Keeps a case beyond the rule (legal hold, research exception). */
	void hold(String caseNumber, String reason, LocalDateTime at);

	void releaseHold(String caseNumber);

	/** One retention run as logged: counts only. */
	record CullingLogRow(LocalDateTime runAt, String ruleText, int cases, int clients, int assessments, String summary) {
	}

	/** The culling log, newest first. */
	List<CullingLogRow> cullingLog();
}
