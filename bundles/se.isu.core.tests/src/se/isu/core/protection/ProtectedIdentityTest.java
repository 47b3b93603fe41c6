package se.isu.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.ValidationException;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.Staff;
import se.isu.model.query.CaseFilter;
import se.isu.security.AccessDeniedException;
import se.isu.security.AccessLog;
import se.isu.security.Role;
import se.isu.store.AccessLogRepository.LogRow;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Skyddade personuppgifter (issue 15 item 7, decision 89) through the real services, per role: the responsible case
 * worker sees the client; another case worker of the unit sees the mask everywhere and reads only with a reason, which
 * is logged; only the unit manager lifts the mark, by a logged decision.
 */
class ProtectedIdentityTest {

	private static final String UNIT = "SKY";
	private static final String MASK = se.isu.core.Messages.protectedName;

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final ProtectedIdentities identities = OsgiServices.get(ProtectedIdentities.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private final FollowUpMonitor monitor = OsgiServices.get(FollowUpMonitor.class);

	private String pnr;
	private String familyName;
	private IsuCase opened;

	@BeforeEach
	void openACaseAsItsResponsibleCaseWorker() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		pnr = PersonalIdentityNumber.compose(LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12_000)),
				random.nextInt(100), 2 * random.nextInt(5));
		familyName = "Skyddsson" + random.nextInt(1_000_000);
		responsible();
		opened = cases.openCase(new NewCase(pnr, "Sara", familyName, UNIT, "Skyddsenheten", LocalDate.now().minusDays(30)));
		// an overdue follow-up, so the case is on the due list
		IsuCase c = cases.findCase(opened.getCaseNumber()).orElseThrow();
		Occasion followUp = IsuFactory.eINSTANCE.createOccasion();
		followUp.setKind(OccasionKind.FOLLOW_UP);
		followUp.setPlannedDate(LocalDate.now().minusDays(2));
		followUp.setStatus(OccasionStatus.PLANNED);
		c.getOccasions().add(followUp);
		opened = cases.saveCase(c);
	}

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	/** The case worker who opened the case, so its responsible. */
	private static void responsible() {
		TestUsers.caseWorker(UNIT);
	}

	/** Another case worker of the same unit. */
	private static void colleague() {
		TestUsers.caseWorker(UNIT, "SKZ");
	}

	private String number() {
		return opened.getCaseNumber();
	}

	@Test
	void aReasonIsRequiredToProtectAndNothingIsStoredWithoutOne() {
		ValidationException e = assertThrows(ValidationException.class, () -> identities.protect(number(), "  "));
		assertEquals("reason", e.violations().get(0).field());
		assertTrue(e.violations().get(0).message().contains("Skäl"), e.getMessage());
		assertFalse(cases.findCase(number()).orElseThrow().getClient().isProtectedIdentity());
		assertTrue(identities.history(number()).isEmpty());
	}

	@Test
	void theResponsibleCaseWorkerStillSeesTheClientWithoutGivingAReason() {
		identities.protect(number(), "Skyddad folkbokföring enligt Skatteverket");
		IsuCase read = cases.findCase(number()).orElseThrow();
		assertTrue(read.getClient().isProtectedIdentity());
		assertEquals(pnr, read.getClient().getPersonalIdentityNumber());
		assertEquals(familyName, read.getClient().getFamilyName());
		assertEquals(List.of(familyName), cases.findCases(CaseFilter.text(familyName)).stream()
				.map(c -> c.getClient().getFamilyName()).toList());
		assertFalse(identities.needsReadReason(number()));
		assertEquals("Sara " + familyName, clientNameOnTheDueList());
	}

	@Test
	void anotherCaseWorkerSeesTheMaskInListsAndTheDueListAndCannotFindTheClientByNameOrNumber() {
		identities.protect(number(), "Skyddad folkbokföring");
		colleague();
		IsuCase listed = cases.findCases(CaseFilter.text(number())).get(0);
		assertEquals(MASK, listed.getClient().getGivenName());
		assertNull(listed.getClient().getFamilyName());
		assertEquals(se.isu.core.Messages.protectedNumber, listed.getClient().getPersonalIdentityNumber());
		assertNull(listed.getClient().getBirthDate(), "the birth date is the personnummer's first half");
		assertTrue(cases.findCases(CaseFilter.text(familyName)).isEmpty(), "a hit on the name would tell who it is");
		assertTrue(cases.findCases(CaseFilter.text(pnr)).isEmpty(), "nor on the personnummer");
		assertEquals(MASK, clientNameOnTheDueList());
		assertEquals(MASK, cases.findClient(pnr).orElseThrow().getGivenName(),
				"the new-case wizard's look-up knows the number, never names the client back");
	}

	@Test
	void anotherCaseWorkerReadsTheCaseOnlyWithAReasonAndEveryReadIsLoggedWithIt() {
		identities.protect(number(), "Skyddad folkbokföring");
		colleague();
		assertTrue(identities.needsReadReason(number()));
		ReadReasonRequiredException refused = assertThrows(ReadReasonRequiredException.class,
				() -> cases.findCase(number()));
		assertEquals(number(), refused.caseNumber());
		assertThrows(ReadReasonRequiredException.class, () -> assessments.forCase(opened.getId()));
		ValidationException empty = assertThrows(ValidationException.class, () -> identities.giveReadReason(number(), ""));
		assertEquals("reason", empty.violations().get(0).field());

		identities.giveReadReason(number(), "Vikarierar för ansvarig handläggare");
		IsuCase read = cases.findCase(number()).orElseThrow();
		assertEquals(MASK, read.getClient().getGivenName());
		assertEquals(se.isu.core.Messages.protectedNumber, read.getClient().getPersonalIdentityNumber());
		assessments.forCase(opened.getId());

		List<LogRow> log = logOf(number());
		assertTrue(log.stream().anyMatch(r -> "PROTECTED_READ".equals(r.action())
				&& r.detail().contains("Vikarierar för ansvarig handläggare")), log.toString());
		assertTrue(log.stream().filter(r -> "CASE_READ".equals(r.action()) && r.userName().contains("skz"))
				.allMatch(r -> r.detail() != null && r.detail().contains("Vikarierar")), "each read carries the reason");
		assertTrue(log.stream().noneMatch(r -> r.detail() != null
				&& (r.detail().contains(familyName) || r.detail().contains(pnr.substring(0, 8)))), "no name or number logged");

		// a new login asks again
		TestUsers.logout();
		colleague();
		assertThrows(ReadReasonRequiredException.class, () -> cases.findCase(number()));
	}

	@Test
	void aSaveBySomeoneWhoSawTheMaskKeepsTheClientsIdentityAndCannotTakeTheCaseOver() {
		identities.protect(number(), "Skyddad folkbokföring");
		colleague();
		identities.giveReadReason(number(), "Ringer klienten om tiden");
		IsuCase read = cases.findCase(number()).orElseThrow();
		read.setOrigin(1);
		IsuCase saved = cases.saveCase(read);
		assertEquals(MASK, saved.getClient().getGivenName(), "what comes back is masked too");

		Staff me = cases.caseWorkers(UNIT).stream().filter(s -> s.getUserName().contains("skz")).findFirst().orElseThrow();
		IsuCase again = cases.findCase(number()).orElseThrow();
		again.setResponsibleStaff(me);
		ValidationException takeOver = assertThrows(ValidationException.class, () -> cases.saveCase(again));
		assertEquals("responsibleStaff", takeOver.violations().get(0).field());

		responsible();
		IsuCase stored = cases.findCase(number()).orElseThrow();
		assertEquals(pnr, stored.getClient().getPersonalIdentityNumber());
		assertEquals(familyName, stored.getClient().getFamilyName());
		assertEquals(Integer.valueOf(1), stored.getOrigin());
	}

	@Test
	void onlyTheUnitManagerLiftsTheMarkByALoggedDecision() {
		identities.protect(number(), "Skyddad folkbokföring");
		assertThrows(AccessDeniedException.class, () -> identities.lift(number(), "Jag vill se namnet"));
		colleague();
		assertThrows(AccessDeniedException.class, () -> identities.lift(number(), "Jag vill se namnet"));
		TestUsers.as(Role.UNIT_MANAGER, "VUX");
		assertThrows(AccessDeniedException.class, () -> identities.lift(number(), "Beslut 2026-12"),
				"a manager of another unit");

		TestUsers.as(Role.UNIT_MANAGER, UNIT);
		ValidationException empty = assertThrows(ValidationException.class, () -> identities.lift(number(), null));
		assertEquals("decision", empty.violations().get(0).field());
		identities.lift(number(), "Beslut SN 2026/114: skyddet upphört enligt Skatteverket");
		List<ProtectedIdentities.Decision> history = identities.history(number());
		assertEquals(List.of(true, false), history.stream().map(ProtectedIdentities.Decision::protect).toList());
		assertTrue(history.get(1).reason().contains("SN 2026/114"));
		assertTrue(logOf(number()).stream().anyMatch(r -> "IDENTITY_PROTECTION_LIFTED".equals(r.action())
				&& r.detail().contains("SN 2026/114")));

		colleague();
		assertFalse(identities.needsReadReason(number()));
		assertEquals(familyName, cases.findCase(number()).orElseThrow().getClient().getFamilyName());
	}

	@Test
	void rolesWithoutCasesNeverReachAProtectedCase() {
		identities.protect(number(), "Skyddad folkbokföring");
		TestUsers.as(Role.ANALYST);
		assertThrows(AccessDeniedException.class, () -> identities.giveReadReason(number(), "Analys"));
		TestUsers.as(Role.METHODS_STAFF);
		assertThrows(AccessDeniedException.class, () -> identities.protect(number(), "x"));
		TestUsers.as(Role.CASE_WORKER, "VUX");
		assertThrows(AccessDeniedException.class, () -> identities.giveReadReason(number(), "Annan enhet"),
				"a case worker of another unit");
	}

	private String clientNameOnTheDueList() {
		return monitor.dueList().occasions().stream().filter(o -> o.caseNumber().equals(number())).findFirst()
				.orElseThrow().clientName();
	}

	private List<LogRow> logOf(String caseNumber) {
		return TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(AccessLog.class)
				.entries(LocalDateTime.now().minusHours(1), LocalDateTime.now().plusMinutes(1), null, caseNumber, 500));
	}
}
