package se.isu.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.core.compile.FollowUpMonitor.DueList;
import se.isu.core.compile.FollowUpMonitor.DueOccasion;
import se.isu.core.compile.FollowUpMonitor.State;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * A backlog larger than a page (issue 12): unit DPG has 205 overdue follow-ups, planned 1 to 205 days ago. The due
 * list shows the latest 200 and says there are 205; each row names the client.
 */
class DueListPagingTest {

	private static final String UNIT = "DPG";
	private static final int BACKLOG = FollowUpMonitor.LIMIT_PER_STATE + 5;
	private static final LocalDate TODAY = LocalDate.now();

	private final FollowUpMonitor monitor = OsgiServices.get(FollowUpMonitor.class);

	@BeforeAll
	static void backlog() {
		TestUsers.caseWorker(UNIT);
		boolean present = OsgiServices.get(FollowUpMonitor.class).dueList().total(State.OVERDUE) > 0;
		TestUsers.logout();
		if (present) {
			return;
		}
		for (int i = 0; i < BACKLOG; i++) {
			LocalDate planned = TODAY.minusDays(i + 1);
			CompilationFixtures.openCase(UNIT,
					CompilationFixtures.pnr(LocalDate.of(1980, 1, 1).plusDays(i / 40), i % 2 == 1, i % 40),
					TODAY.minusDays(400), c -> {
						Occasion followUp = se.isu.model.IsuFactory.eINSTANCE.createOccasion();
						followUp.setKind(OccasionKind.FOLLOW_UP);
						followUp.setPlannedDate(planned);
						followUp.setStatus(OccasionStatus.PLANNED);
						c.getOccasions().add(followUp);
					});
		}
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void theLatestPageOfABacklogIsListedAndTheRestCounted() {
		TestUsers.caseWorker(UNIT);
		DueList due = monitor.dueList();
		List<DueOccasion> overdue = due.in(State.OVERDUE);
		assertEquals(FollowUpMonitor.LIMIT_PER_STATE, overdue.size());
		assertEquals(BACKLOG, due.total(State.OVERDUE));
		assertEquals(1, overdue.get(0).daysLate(), "the latest first");
		assertEquals(overdue.stream().sorted(Comparator.comparing(DueOccasion::plannedDate).reversed()).toList(), overdue);
	}

	@Test
	void everyRowNamesTheClientAsTheCaseListDoes() {
		TestUsers.caseWorker(UNIT);
		for (DueOccasion o : monitor.dueList().in(State.OVERDUE)) {
			assertEquals("Test Sammanställning", o.clientName(), o.caseNumber());
		}
	}

	@Test
	void onlyMineIsAskedOfTheServiceSoTheLimitAppliesToTheirCases() {
		// the case worker who opened the backlog's cases is responsible for them (issue 12)
		TestUsers.caseWorker(UNIT);
		DueList mine = monitor.dueList(true);
		assertEquals(BACKLOG, mine.total(State.OVERDUE));
		assertEquals(FollowUpMonitor.LIMIT_PER_STATE, mine.in(State.OVERDUE).size());
		TestUsers.logout();

		// a colleague of the same unit is responsible for none of them
		TestUsers.caseWorker(UNIT, "VUX");
		DueList colleagues = monitor.dueList(true);
		assertEquals(0, colleagues.total(State.OVERDUE));
		assertTrue(colleagues.occasions().stream().noneMatch(o -> o.unitCode().equals(UNIT)));
		assertEquals(BACKLOG, monitor.dueList(false).total(State.OVERDUE) - otherUnitsOverdue(monitor.dueList(false)));
	}

	private static long otherUnitsOverdue(DueList due) {
		return due.in(State.OVERDUE).stream().filter(o -> !o.unitCode().equals(UNIT)).count();
	}
}
