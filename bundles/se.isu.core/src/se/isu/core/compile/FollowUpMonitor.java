package se.isu.core.compile;

import java.time.LocalDate;
import java.util.List;

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

	/** One occasion on the due list. */
	record DueOccasion(State state, String caseNumber, String unitCode, String staffUserName, String staffName,
			String occasionKind, String occasionLabel, LocalDate plannedDate, long daysLate, String reason) {
	}

	/** Today's due list: due this week, overdue, and missed in the last 90 days. */
	record DueList(LocalDate today, List<DueOccasion> occasions) {
		public DueList {
			occasions = List.copyOf(occasions);
		}

		public List<DueOccasion> in(State state) {
			return occasions.stream().filter(o -> o.state() == state).toList();
		}

		/**
		 * "Only mine": the occasions of cases whose responsible case worker is the account {@code userName} (staff
		 * and accounts share the user name; a new case gets the account that opened it).
		 */
		public List<DueOccasion> responsibleIs(String userName) {
			return occasions.stream().filter(o -> userName != null && userName.equals(o.staffUserName())).toList();
		}
	}

	/** How far back missed occasions are listed. */
	int MISSED_DAYS = 90;

	/** The due list of the logged-in person's units (case workers and unit managers). */
	DueList dueList();

	/**
	 * Occasions by kind and period (QUARTER, MONTH or YEAR of the planned date; by kind only when {@code period} is
	 * null) against their outcome (done, not done, overdue), as shares of each row, suppressed; planned dates up to today; one unit when {@code unitCode}
	 * is given.
	 */
	CompiledTable dropout(String period, LocalDate from, LocalDate to, String unitCode);
}
