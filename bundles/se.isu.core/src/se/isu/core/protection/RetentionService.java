package se.isu.core.protection;

import java.time.LocalDate;
import java.util.List;

import se.isu.store.RetentionRepository.CullingLogRow;

/** Retention (gallring): the rule, a preview, a confirmed run, holds and the culling log. System administrators only. */
public interface RetentionService {

	RetentionRule rule();

	void setRule(RetentionRule rule);

	/** What the preview says of one closed case past the cutoff. */
	enum Verdict {
		CULL, HELD, EXEMPT
	}

	record PreviewRow(String caseNumber, String unitCode, LocalDate closureDate, LocalDate lastEntry, Verdict verdict,
			String reason) {
	}

	record Preview(RetentionRule rule, LocalDate today, LocalDate cutoff, List<PreviewRow> rows) {
		public long toCull() {
			return rows.stream().filter(r -> r.verdict() == Verdict.CULL).count();
		}
	}

	/** The cases a run on {@code today} would cull, and those it keeps (held, exempt). Changes nothing. */
	Preview preview(LocalDate today);

	/**
	 * Culls what {@link #preview} lists as CULL, in one transaction, and writes the culling log (counts only).
	 *
	 * @param confirmedCount how many cases the person confirmed from the preview; when the data changed since and the
	 *                       number differs, nothing is culled
	 * @throws IllegalStateException when the count differs
	 * @throws se.isu.core.ValidationException (field {@code date}) when {@code today} is after the real today: a run
	 *                                         may not cull what is not yet past its retention time; the future is
	 *                                         for {@link #preview} only
	 */
	int run(LocalDate today, long confirmedCount);

	/** Keeps a case beyond the rule (e.g. an appeal pending), with the reason. */
	void hold(String caseNumber, String reason);

	void releaseHold(String caseNumber);

	List<CullingLogRow> cullingLog();
}
