package se.isu.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.protection.RetentionService.Preview;
import se.isu.core.protection.RetentionService.PreviewRow;
import se.isu.core.protection.RetentionService.Verdict;
import se.isu.model.CaseStatus;
import se.isu.model.IsuCase;
import se.isu.model.ProcessStep;
import se.isu.security.Role;
import se.isu.store.RetentionRepository.CullingLogRow;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Retention on fixtures with known dates: who is culled on which day, holds, the research exception, confirmation. */
class RetentionServiceTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final RetentionService retention = OsgiServices.get(RetentionService.class);

	@AfterEach
	void resetRule() {
		TestUsers.as(Role.SYSTEM_ADMIN);
		retention.setRule(RetentionRule.DEFAULT);
		TestUsers.logout();
	}

	/** A closed case of unit RET, its last entry on {@code closed}. */
	private String closedCase(String pnr, LocalDate actualised, LocalDate closed) {
		TestUsers.caseWorker("RET");
		IsuCase c = cases.openCase(new NewCase(pnr, "Test", "Gallringsson", "RET", "Gallringstest", actualised));
		c.setDecisionDate(actualised);
		c.setOrigin(1);
		c.setHouseholdType(1);
		c.setPreviousContact(1);
		c.getActualisationReasons().add(1);
		c.getProblems().add(1);
		se.isu.model.FollowUp f = se.isu.model.IsuFactory.eINSTANCE.createFollowUp();
		f.setDate(closed);
		f.getCooperation().add(1);
		f.setCoordinatedPlan(1);
		f.setParallelInterventions(1);
		f.setGoalAttainment(1);
		c.getFollowUps().add(f);
		c.setClosureDate(closed);
		c.setImplementationVsPlan(1);
		c.setClosureReason(1);
		c.setStatus(CaseStatus.CLOSED);
		c.setCurrentStep(ProcessStep.AVSLUTA);
		String number = cases.saveCase(c).getCaseNumber();
		TestUsers.logout();
		return number;
	}

	private static Map<String, Verdict> verdicts(Preview preview, Set<String> ours) {
		return preview.rows().stream().filter(r -> ours.contains(r.caseNumber()))
				.collect(Collectors.toMap(PreviewRow::caseNumber, PreviewRow::verdict));
	}

	@Test
	void theDefaultRuleCullsDuringTheCalendarYearAfterFiveYearsHavePassed() {
		assertEquals(LocalDate.of(2019, 12, 31), RetentionRule.DEFAULT.cutoff(LocalDate.of(2025, 1, 1)));
		assertEquals(LocalDate.of(2019, 12, 31), RetentionRule.DEFAULT.cutoff(LocalDate.of(2025, 12, 31)));
		assertEquals(LocalDate.of(2020, 12, 31), RetentionRule.DEFAULT.cutoff(LocalDate.of(2026, 6, 1)));
		assertEquals(LocalDate.of(2021, 6, 1), new RetentionRule(5, false, Set.of()).cutoff(LocalDate.of(2026, 6, 1)));
		assertThrows(IllegalArgumentException.class, () -> new RetentionRule(0, true, Set.of()));
	}

	@Test
	void previewShowsWhatARunCullsAndTheRunCullsExactlyThatWithACountOnlyLog() {
		String old = closedCase("19500505-9802", LocalDate.of(2018, 1, 10), LocalDate.of(2019, 6, 10));
		String recent = closedCase("19600606-9808", LocalDate.of(2019, 1, 10), LocalDate.of(2020, 2, 1));
		String held = closedCase("19700707-9804", LocalDate.of(2018, 1, 10), LocalDate.of(2019, 3, 1));
		Set<String> ours = Set.of(old, recent, held);
		TestUsers.as(Role.SYSTEM_ADMIN);
		retention.hold(held, "Överklagat beslut");

		LocalDate in2025 = LocalDate.of(2025, 3, 1);
		Preview preview = retention.preview(in2025);
		assertEquals(Map.of(old, Verdict.CULL, held, Verdict.HELD), verdicts(preview, ours),
				"closed 2020-02-01 is culled first in 2026");
		assertEquals(Map.of(old, Verdict.CULL, held, Verdict.HELD, recent, Verdict.CULL),
				verdicts(retention.preview(LocalDate.of(2026, 1, 2)), ours));

		long confirmed = preview.toCull();
		assertThrows(IllegalStateException.class, () -> retention.run(in2025, confirmed + 1), "a stale confirmation culls nothing");
		assertTrue(retention.preview(in2025).rows().stream().anyMatch(r -> r.caseNumber().equals(old)));

		assertEquals(confirmed, retention.run(in2025, confirmed));
		assertEquals(Map.of(held, Verdict.HELD), verdicts(retention.preview(in2025), ours));
		CullingLogRow logged = retention.cullingLog().get(0);
		assertEquals(confirmed, logged.cases());
		assertFalse(logged.summary().contains(old) || logged.ruleText().contains(old), "no case number in the culling log");
		assertFalse(logged.summary().contains("19500505"), "no personnummer in the culling log");
		assertTrue(logged.summary().contains("RET 2019"), logged.summary());

		TestUsers.caseWorker("RET");
		assertTrue(cases.findCase(old).isEmpty(), "culled");
		assertTrue(cases.findClient("19500505-9802").isEmpty(), "the client went with their only case");
		assertTrue(cases.findCase(held).isPresent());
	}

	@Test
	void theResearchExceptionKeepsClientsBornOnItsDays() {
		String born15 = closedCase("19501215-9801", LocalDate.of(2016, 1, 10), LocalDate.of(2017, 6, 10));
		String born16 = closedCase("19501216-9800", LocalDate.of(2016, 1, 10), LocalDate.of(2017, 6, 10));
		TestUsers.as(Role.SYSTEM_ADMIN);
		retention.setRule(new RetentionRule(5, true, Set.of(5, 15, 25)));
		assertEquals(Map.of(born15, Verdict.EXEMPT, born16, Verdict.CULL),
				verdicts(retention.preview(LocalDate.of(2026, 1, 2)), Set.of(born15, born16)));
		assertTrue(retention.rule().describe().contains("utom födda dag 5, 15, 25"), retention.rule().describe());
	}

	@Test
	void onlyASystemAdministratorCulls() {
		TestUsers.as(Role.UNIT_MANAGER, "RET");
		assertThrows(se.isu.security.AccessDeniedException.class, () -> retention.run(LocalDate.now(), 0));
		assertThrows(se.isu.security.AccessDeniedException.class, () -> retention.hold("X", "y"));
	}

	// Issue 12: `retention run --date 2031-06-01` culled cases that were not yet past their retention time.
	@Test
	void aRunDatedInTheFutureIsRefusedAndCullsNothingWhileItsPreviewStillShowsWhatWouldGo() {
		LocalDate closed = LocalDate.now().minusYears(1);
		String notYetDue = closedCase("19800808-9800", closed.minusMonths(2), closed);
		TestUsers.as(Role.SYSTEM_ADMIN);
		LocalDate future = LocalDate.now().plusYears(10);
		Preview preview = retention.preview(future);
		assertEquals(Verdict.CULL, verdicts(preview, Set.of(notYetDue)).get(notYetDue), "the future may be previewed");

		se.isu.core.ValidationException e = assertThrows(se.isu.core.ValidationException.class,
				() -> retention.run(future, preview.toCull()));
		assertEquals("date", e.violations().get(0).field());
		assertTrue(e.violations().get(0).message().contains(LocalDate.now().toString()), e.violations().get(0).message());
		assertThrows(se.isu.core.ValidationException.class, () -> retention.run(LocalDate.now().plusDays(1), 0));
		TestUsers.caseWorker("RET");
		assertTrue(cases.findCase(notYetDue).isPresent(), "nothing was culled");
	}
}
