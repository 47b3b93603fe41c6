package se.isu.core.compile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What is due: the occasions a case worker should do this week, those overdue and those missed, for the units the
 * logged-in person works in; and dropout per occasion kind and period for everyone who may see compilations.
 */
public interface FollowUpMonitor {

	enum State {
		/** Planned this week (Monday to Sunday) and not passed yet. */
		DUE_THIS_WEEK,
		/** Planned before today and still not registered. */
		OVERDUE,
		/** Registered as not done, with a reason. */
		MISSED
	}

	/**
	 * One form due at an occasion on the due list ("ASI Uppföljning at the follow-up 2026-12-10 for case X"):
	 * {@code instrumentId} and {@code formName} are null for a case-level occasion bound to no form;
	 * {@code clientName} as the case list shows it.
	 */
	record DueOccasion(State state, String caseNumber, String unitCode, String staffUserName, String staffName,
			String occasionKind, String occasionLabel, LocalDate plannedDate, long daysLate, String reason,
			String clientName, String instrumentId, String formName) {
	}

	/**
	 * Today's due list, a line per form due: due this week (soonest first), overdue and missed in the last 90 days (newest first), at most
	 * {@link #LIMIT_PER_STATE} of each; {@code totals} says how many there are of each state.
	 */
	record DueList(LocalDate today, List<DueOccasion> occasions, Map<State, Long> totals) {
		public DueList {
			occasions = List.copyOf(occasions);
			totals = Map.copyOf(totals);
		}

		public List<DueOccasion> in(State state) {
			return occasions.stream().filter(o -> o.state() == state).toList();
		}

		/** How many occasions of this state there are, listed or not. */
		public long total(State state) {
			return totals.getOrDefault(state, 0L);
		}
	}

	/** At most this many occasions of each state are listed: a years-long backlog is counted, not listed. */
	int LIMIT_PER_STATE = 200;

	/** How far back missed occasions are listed. */
	int MISSED_DAYS = 90;

	/** The due list of the logged-in person's units (case workers and unit managers). */
	default DueList dueList() {
		return dueList(false);
	}

	/**
	 * The due list of the logged-in person's units; with {@code onlyMine}, of the cases they are responsible for
	 * (the limit then applies to theirs).
	 */
	DueList dueList(boolean onlyMine);

	/**
	 * Occasions by kind and period (QUARTER, MONTH or YEAR of the planned date; by kind only when {@code period} is
	 * null) against their outcome (done, not done, overdue), as shares of each row, suppressed; planned dates up to today; one unit when {@code unitCode}
	 * is given.
	 */
	CompiledTable dropout(String period, LocalDate from, LocalDate to, String unitCode);
}
