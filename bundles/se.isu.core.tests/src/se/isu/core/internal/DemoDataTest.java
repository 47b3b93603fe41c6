package se.isu.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.PersonalIdentityNumber;
import se.isu.model.CaseStatus;
import se.isu.model.IsuCase;
import se.isu.model.OccasionStatus;
import se.isu.model.query.CaseFilter;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Synthetic data through the real services and database: valid, recognisable, and varied like a real unit's. */
class DemoDataTest {

	private final DemoDataService demo = OsgiServices.get(DemoDataService.class);
	private final CaseService cases = OsgiServices.get(CaseService.class);

	@Test
	void generatedCasesAreValidRecognisablySyntheticAndVaried() {
		TestUsers.caseWorkerOfTestUnits();
		long before = cases.countCases();
		assertEquals(300, TestUsers.as(Role.SYSTEM_ADMIN, () -> demo.generate(300, 42)));
		assertEquals(before + 300, cases.countCases());

		List<IsuCase> listed = cases.findCases(new CaseFilter(null, null, null, null, 100_000)).stream()
				.filter(c -> c.getClient().getFamilyName() != null && c.getClient().getFamilyName().endsWith(DemoDataService.DEMO_MARK))
				.toList();
		assertTrue(listed.size() >= 300);
		assertTrue(listed.stream().allMatch(c -> c.getClient().getPersonalIdentityNumber().matches("\\d{8}-9[89]\\d\\d")),
				"serial numbers 980-999 mark synthetic people");

		List<IsuCase> full = listed.stream().limit(300).map(c -> cases.findCase(c.getCaseNumber()).orElseThrow()).toList();
		full.forEach(c -> assertEquals(List.of(), cases.validate(c), c.getCaseNumber()));
		long closed = full.stream().filter(c -> c.getStatus() == CaseStatus.CLOSED).count();
		long women = full.stream().filter(c -> c.getClient().getLegalSex() == 1).count();
		long missed = full.stream().flatMap(c -> c.getOccasions().stream()).filter(o -> o.getStatus() == OccasionStatus.NOT_DONE).count();
		long done = full.stream().flatMap(c -> c.getOccasions().stream()).filter(o -> o.getStatus() == OccasionStatus.DONE).count();
		assertTrue(closed > 90 && closed < 270, "closed " + closed);
		assertTrue(women > 60 && women < 240, "women " + women);
		assertTrue(missed > 10 && done > missed, "done " + done + ", missed " + missed);
		assertTrue(full.stream().anyMatch(c -> c.getInterventions().size() == 2));
		assertTrue(full.stream().anyMatch(c -> !c.getFollowUps().isEmpty()));
		long mine = full.stream().filter(c -> c.getResponsibleStaff() != null
				&& se.isu.security.AccountService.DEMO_CASE_WORKER.equals(c.getResponsibleStaff().getUserName())).count();
		assertTrue(mine > 30 && mine < 150, "the demo login is responsible for about a quarter of the cases: " + mine);
	}

	@Test
	void theSameSeedGivesTheSamePeopleAndEveryNumberIsValid() {
		LocalDate from = LocalDate.of(1950, 1, 1);
		LocalDate to = LocalDate.of(2010, 12, 31);
		SyntheticPeople a = new SyntheticPeople(99);
		SyntheticPeople b = new SyntheticPeople(99);
		for (int i = 0; i < 200; i++) {
			SyntheticPeople.Person p = a.next(from, to, i % 2 == 0);
			assertEquals(p, b.next(from, to, i % 2 == 0));
			PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(p.personalIdentityNumber(), to);
			assertEquals(i % 2 == 0, parsed.male(), p.personalIdentityNumber());
			assertEquals(p.birthDate(), parsed.birthDate());
			assertTrue(SyntheticPeople.isSynthetic(p.personalIdentityNumber()));
		}
	}
}
