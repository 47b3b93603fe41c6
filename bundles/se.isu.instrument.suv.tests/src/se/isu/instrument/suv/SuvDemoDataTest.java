package se.isu.instrument.suv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.query.CaseFilter;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The demo's violence unit (VNR): {@link SuvDemoInterviewer} registers victims and perpetrators, FREDA at intake for
 * most victims, and closures that follow the start, so the SUV reports have figures in the demo.
 */
class SuvDemoDataTest {

	private static Map<String, List<Assessment>> byCase;

	@BeforeAll
	static void demo() {
		try {
			TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(250, 19));
			TestUsers.caseWorker("VNR");
			AssessmentService assessments = OsgiServices.get(AssessmentService.class);
			List<IsuCase> cases = OsgiServices.get(CaseService.class).findCases(new CaseFilter(null, null, "VNR", null, 5000));
			byCase = cases.stream().collect(Collectors.toMap(IsuCase::getCaseNumber, c -> assessments.forCase(c.getId())
					.stream().filter(a -> a.getStatus() == AssessmentStatus.COMPLETE).toList()));
		} finally {
			TestUsers.logout();
		}
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void aClientIsAVictimOrAPerpetratorAndVictimsAreMostlyWomen() {
		int victims = 0;
		int perpetrators = 0;
		for (Map.Entry<String, List<Assessment>> c : byCase.entrySet()) {
			boolean victim = !of(c.getValue(), SuvContribution.VICTIM).isEmpty();
			boolean perpetrator = !of(c.getValue(), SuvContribution.PERPETRATOR).isEmpty();
			assertTrue(!(victim && perpetrator), c.getKey() + " is registered as both");
			assertTrue(!perpetrator || of(c.getValue(), SuvContribution.FREDA_RISK).isEmpty(),
					c.getKey() + ": FREDA is for the victim");
			victims += victim ? 1 : 0;
			perpetrators += perpetrator ? 1 : 0;
		}
		assertTrue(victims >= 20 && perpetrators >= 1 && victims > 3 * perpetrators,
				"victims " + victims + ", perpetrators " + perpetrators);
	}

	@Test
	void theStartSaysFredaWasUsedExactlyWhenItWasAndCountsItsJa() {
		int freda = 0;
		for (Map.Entry<String, List<Assessment>> c : byCase.entrySet()) {
			Optional<Assessment> start = registration(c.getValue(), SuvContribution.VICTIM, "1");
			if (start.isEmpty()) {
				continue;
			}
			Optional<Assessment> risk = of(c.getValue(), SuvContribution.FREDA_RISK).stream()
					.filter(a -> !a.getAssessedOn().isAfter(start.get().getAssessedOn())).findFirst();
			assertEquals(risk.isPresent() ? "1" : "0", answer(start.get(), "F4").orElseThrow(), c.getKey() + " F4");
			if (risk.isPresent()) {
				freda++;
				long ja = risk.get().getAnswers().stream().filter(a -> a.getItemId().matches("D\\d+") && "1".equals(a.getValue()))
						.count();
				assertEquals((double) ja, score(risk.get(), "freda.ja"), c.getKey() + ": freda.ja is the number of ja");
				assertEquals("1", answer(start.get(), "F3").orElseThrow(), c.getKey() + ": the method was FREDA");
			}
			boolean honour = "1".equals(answer(start.get(), "B5").orElse(null));
			boolean restrictions = start.get().getAnswers().stream()
					.anyMatch(a -> a.getItemId().endsWith(".fform") && "8".equals(a.getValue()));
			assertTrue(honour || !restrictions, c.getKey() + ": honour-related restrictions only in an honour context");
		}
		assertTrue(freda >= 10, "victims with FREDA " + freda);
	}

	@Test
	void aClosureListsOnlyFormsOfViolenceFromTheStartAndSomeClosuresAreMissing() {
		int paired = 0;
		int started = 0;
		for (Map.Entry<String, List<Assessment>> c : byCase.entrySet()) {
			Optional<Assessment> start = registration(c.getValue(), SuvContribution.VICTIM, "1");
			Optional<Assessment> end = registration(c.getValue(), SuvContribution.VICTIM, "2");
			started += start.isPresent() ? 1 : 0;
			if (start.isEmpty() || end.isEmpty()) {
				continue;
			}
			paired++;
			Set<String> before = values(start.get(), ".fform");
			Set<String> after = values(end.get(), ".eform");
			assertTrue(before.containsAll(after), c.getKey() + ": " + after + " after, " + before + " before");
			assertTrue(score(end.get(), "suv.valdsformer") <= score(start.get(), "suv.valdsformer"), c.getKey());
		}
		assertTrue(paired >= 10 && paired < started, "paired " + paired + " of " + started + " started");
	}

	private static List<Assessment> of(List<Assessment> all, String instrumentId) {
		return all.stream().filter(a -> a.getInstrumentId().equals(instrumentId)).toList();
	}

	private static Optional<Assessment> registration(List<Assessment> all, String instrumentId, String r1) {
		return of(all, instrumentId).stream().filter(a -> r1.equals(answer(a, "R1").orElse(null))).findFirst();
	}

	private static Optional<String> answer(Assessment a, String item) {
		return a.getAnswers().stream().filter(x -> x.getItemId().equals(item)).map(x -> x.getValue()).findFirst();
	}

	private static Set<String> values(Assessment a, String suffix) {
		return a.getAnswers().stream().filter(x -> x.getItemId().endsWith(suffix)).map(x -> x.getValue())
				.collect(Collectors.toSet());
	}

	private static double score(Assessment a, String id) {
		return a.getScores().stream().filter(s -> s.getScoreId().equals(id)).map(s -> s.getValue()).findFirst()
				.orElseThrow(() -> new AssertionError(a.getInstrumentId() + " has no score " + id));
	}
}
