package se.isu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.core.compile.FollowUpMonitor.DueOccasion;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.Staff;
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;
import se.isu.security.User;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * What a new case needs (issue 12): names for a new client, a unit of the person's own, and the case worker who
 * opens it as responsible, so it is on their "only mine" due list. Units NYA and NYB are this class's own.
 */
class NewCaseRulesTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	@Test
	void aNewClientWithoutGivenOrFamilyNameIsRefusedAndNothingIsStored() {
		TestUsers.caseWorker("NYA");
		ValidationException e = assertThrows(ValidationException.class,
				() -> cases.openCase(new NewCase("19380101-2406", " ", null, "NYA", "Nya ärenden", LocalDate.of(2026, 1, 5))));
		assertEquals(List.of("givenName", "familyName"), e.violations().stream().map(Violation::field).toList());
		assertEquals("Förnamn måste fyllas i.", e.violations().get(0).message());
		assertTrue(cases.findClient("19380101-2406").isEmpty(), "no client stored");
	}

	@Test
	void aNameLongerThanTheStoreKeepsIsRefusedByName() {
		TestUsers.caseWorker("NYA");
		ValidationException e = assertThrows(ValidationException.class, () -> cases.openCase(
				new NewCase("19380101-2406", "x".repeat(10_000), "Lång", "NYA", "Nya ärenden", LocalDate.of(2026, 1, 5))));
		assertEquals("givenName", e.violations().get(0).field());
		assertEquals("Förnamn får vara högst 100 tecken.", e.violations().get(0).message());
	}

	@Test
	void aKnownClientNeedsNoNamesAgain() {
		TestUsers.caseWorker("NYA");
		IsuCase first = cases.openCase(new NewCase("19461224-2380", "Karin", "Känd", "NYA", "Nya ärenden", LocalDate.of(2025, 3, 1)));
		IsuCase second = cases.openCase(new NewCase("19461224-2380", null, null, "NYA", null, LocalDate.of(2026, 3, 1)));
		assertEquals(first.getClient().getId(), second.getClient().getId());
		assertEquals("Känd", second.getClient().getFamilyName());
	}

	@Test
	void theNewCaseUnitsAreThePersonsOwn() {
		TestUsers.caseWorker("NYA");
		cases.openCase(new NewCase("19520304-2394", "Ada", "Ettson", "NYA", "Nya ärenden", LocalDate.of(2026, 1, 5)));
		TestUsers.caseWorker("NYB");
		cases.openCase(new NewCase("19520304-2386", "Bo", "Tvåson", "NYB", "Nya ärenden B", LocalDate.of(2026, 1, 5)));
		assertEquals(List.of("NYB"), cases.unitsForNewCase().stream().map(Unit::getCode).toList());
		assertTrue(cases.units().size() > 1, "every unit exists, only one is offered");
	}

	@Test
	void theCaseWorkerWhoOpensACaseIsResponsibleAndSeesItsOccasionsAsTheirOwn() {
		User worker = TestUsers.caseWorker("NYA");
		IsuCase opened = cases.openCase(new NewCase("19600606-2381", "Mina", "Ärendesson", "NYA", "Nya ärenden",
				LocalDate.now().minusDays(10)));
		assertEquals(worker.userName(), opened.getResponsibleStaff().getUserName());
		Occasion followUp = IsuFactory.eINSTANCE.createOccasion();
		followUp.setKind(OccasionKind.FOLLOW_UP);
		followUp.setStatus(OccasionStatus.PLANNED);
		followUp.setPlannedDate(LocalDate.now());
		opened.getOccasions().add(followUp);
		cases.saveCase(opened);

		List<DueOccasion> mine = OsgiServices.get(FollowUpMonitor.class).dueList(true).occasions();
		assertTrue(mine.stream().anyMatch(o -> o.caseNumber().equals(opened.getCaseNumber())), mine.toString());
		assertEquals(worker.userName(), cases.findCases(CaseFilter.text(opened.getCaseNumber())).get(0)
				.getResponsibleStaff().getUserName());
	}

	@Test
	void theResponsibleCaseWorkerIsChosenAmongTheUnitsCaseWorkers() {
		User other = TestUsers.caseWorker("NYA", "NYB");
		User worker = TestUsers.caseWorker("NYA");
		IsuCase opened = cases.openCase(new NewCase("19700707-2387", "Ny", "Ansvarig", "NYA", "Nya ärenden",
				LocalDate.of(2026, 1, 5)));
		List<Staff> candidates = cases.caseWorkers("NYA");
		assertTrue(candidates.stream().anyMatch(s -> s.getUserName().equals(other.userName())), candidates.toString());
		assertTrue(candidates.stream().anyMatch(s -> s.getUserName().equals(worker.userName())), candidates.toString());
		opened.setResponsibleStaff(candidates.stream().filter(s -> s.getUserName().equals(other.userName())).findFirst().orElseThrow());
		IsuCase saved = cases.saveCase(opened);
		assertEquals(other.userName(), cases.findCase(saved.getCaseNumber()).orElseThrow().getResponsibleStaff().getUserName());

		// someone of another unit only is not on the allowlist
		User outsider = TestUsers.caseWorker("NYB");
		cases.openCase(new NewCase("19700707-2387", null, null, "NYB", "Nya ärenden B", LocalDate.of(2026, 1, 6)));
		Staff stranger = cases.caseWorkers("NYB").stream().filter(s -> s.getUserName().equals(outsider.userName()))
				.findFirst().orElseThrow();
		TestUsers.caseWorker("NYA");
		IsuCase again = cases.findCase(saved.getCaseNumber()).orElseThrow();
		again.setResponsibleStaff(stranger);
		ValidationException e = assertThrows(ValidationException.class, () -> cases.saveCase(again));
		assertEquals("responsibleStaff", e.violations().get(0).field());
		assertFalse(e.violations().get(0).message().isBlank());
	}
}
