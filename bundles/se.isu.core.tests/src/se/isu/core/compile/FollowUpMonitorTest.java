package se.isu.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The due list and dropout of unit DUE, whose 25 cases were actualised 300 days ago with intake done; their
 * follow-ups: 1 planned today, 5 planned three days ago and not registered, 5 not done ten days ago (declined),
 * 1 not done 200 days ago, 1 planned in 40 days, 12 done.
 */
class FollowUpMonitorTest {

	private static final String UNIT = "DUE";
	private static final LocalDate TODAY = LocalDate.now();

	private final FollowUpMonitor monitor = OsgiServices.get(FollowUpMonitor.class);

	@BeforeAll
	static void fixture() {
		TestUsers.caseWorker(UNIT);
		boolean present = !OsgiServices.get(FollowUpMonitor.class).dueList().occasions().isEmpty();
		TestUsers.logout();
		if (present) {
			return;
		}
		int serial = 0;
		addCase(serial++, TODAY, OccasionStatus.PLANNED, null);
		for (int i = 0; i < 5; i++) {
			addCase(serial++, TODAY.minusDays(3), OccasionStatus.PLANNED, null);
		}
		for (int i = 0; i < 5; i++) {
			addCase(serial++, TODAY.minusDays(10), OccasionStatus.NOT_DONE, 1);
		}
		addCase(serial++, TODAY.minusDays(200), OccasionStatus.NOT_DONE, 2);
		addCase(serial++, TODAY.plusDays(40), OccasionStatus.PLANNED, null);
		for (int i = 0; i < 12; i++) {
			addCase(serial++, TODAY.minusDays(5), OccasionStatus.DONE, null);
		}
	}

	private static void addCase(int serial, LocalDate planned, OccasionStatus status, Integer reason) {
		LocalDate actualised = TODAY.minusDays(300);
		CompilationFixtures.openCase(UNIT, CompilationFixtures.pnr(LocalDate.of(1990, 9, 9), serial % 2 == 1, serial),
				actualised, c -> {
					Occasion intake = se.isu.model.IsuFactory.eINSTANCE.createOccasion();
					intake.setKind(OccasionKind.INTAKE);
					intake.setPlannedDate(actualised);
					intake.setStatus(OccasionStatus.DONE);
					intake.setDoneDate(actualised);
					c.getOccasions().add(intake);
					Occasion followUp = se.isu.model.IsuFactory.eINSTANCE.createOccasion();
					followUp.setKind(OccasionKind.FOLLOW_UP);
					followUp.setPlannedDate(planned);
					followUp.setStatus(status);
					followUp.setNotDoneReason(reason);
					if (status == OccasionStatus.DONE) {
						followUp.setDoneDate(planned);
					}
					c.getOccasions().add(followUp);
				});
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void theDueListShowsThisWeekOverdueAndRecentlyMissed() {
		TestUsers.caseWorker(UNIT);
		DueList due = monitor.dueList();
		List<DueOccasion> ours = due.occasions().stream().filter(o -> o.unitCode().equals(UNIT)).toList();
		assertEquals(1, ours.stream().filter(o -> o.state() == State.DUE_THIS_WEEK).count());
		List<DueOccasion> overdue = ours.stream().filter(o -> o.state() == State.OVERDUE).toList();
		assertEquals(5, overdue.size());
		assertEquals(3, overdue.get(0).daysLate());
		List<DueOccasion> missed = ours.stream().filter(o -> o.state() == State.MISSED).toList();
		assertEquals(5, missed.size(), "the one missed 200 days ago is past the list's 90 days");
		assertEquals("Avböjde", missed.get(0).reason());
		assertEquals("Uppföljning efter avslut", missed.get(0).occasionLabel());
	}

	@Test
	void aCaseWorkerSeesOnlyTheOccasionsOfTheirOwnUnits() {
		TestUsers.caseWorker("VNR");
		assertTrue(monitor.dueList().occasions().stream().noneMatch(o -> o.unitCode().equals(UNIT)));
	}

	@Test
	void anAnalystHasNoDueListBecauseItNamesCases() {
		TestUsers.as(Role.ANALYST);
		assertThrows(AccessDeniedException.class, monitor::dueList);
	}

	@Test
	void dropoutIsTheShareOfDueOccasionsNotDoneOrOverdue() {
		TestUsers.as(Role.ANALYST);
		CompiledTable table = monitor.dropout(null, null, null, UNIT);
		// Intake: 25 done of 25. Follow-ups due by today: 12 done, 6 not done (one 200 days ago), 5 overdue = 23;
		// the one planned today and the one ahead are not due yet.
		int intake = rowStartingWith(table, "Inskrivning");
		int followUp = rowStartingWith(table, "Uppföljning");
		assertEquals("100,0 %", table.cell(intake, 0).text());
		assertEquals(25L, table.rowTotals().get(intake).n());
		assertEquals(23L, table.rowTotals().get(followUp).n());
		assertEquals(List.of("52,2 %", "26,1 %", "21,7 %"), table.cells().get(followUp).stream().map(Cell::text).toList());
	}

	private static int rowStartingWith(CompiledTable table, String prefix) {
		for (int i = 0; i < table.rows().size(); i++) {
			if (table.rows().get(i).label().startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no row " + prefix + " in " + table.rows());
	}
}
