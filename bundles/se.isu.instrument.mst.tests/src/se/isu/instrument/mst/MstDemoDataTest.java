package se.isu.instrument.mst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
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
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.Respondent;
import se.isu.model.query.CaseFilter;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The demo's MST team (unit MST): its families are rated by {@link MstDemoInterviewer} at the occasions MST's course
 * gives them, so the PIR and the family change report have something to show.
 */
class MstDemoDataTest {

	private static List<IsuCase> families;
	private static Map<Long, List<Assessment>> done;

	@BeforeAll
	static void demo() {
		try {
			TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(300, 15));
			TestUsers.caseWorker("MST");
			families = OsgiServices.get(CaseService.class).findCases(new CaseFilter(null, null, "MST", null, 5000))
					.stream().map(c -> OsgiServices.get(CaseService.class).findCase(c.getCaseNumber()).orElseThrow()).toList();
			AssessmentService assessments = OsgiServices.get(AssessmentService.class);
			done = families.stream().collect(Collectors.toMap(IsuCase::getId, c -> assessments.forCase(c.getId()).stream()
					.filter(a -> a.getStatus() == AssessmentStatus.COMPLETE).toList()));
		} finally {
			TestUsers.logout();
		}
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void completedFamiliesRateEveryAreaBetterAtTheEndAndTheDischargeRecordAgrees() {
		int pairs = 0;
		int discharges = 0;
		for (IsuCase c : families) {
			List<Assessment> ratings = of(c, MstContribution.FAMILY).stream()
					.sorted(Comparator.comparing(Assessment::getAssessedOn)).toList();
			Optional<Assessment> discharge = of(c, MstContribution.DISCHARGE).stream().findFirst();
			discharge.ifPresent(record -> {
				if (value(record, "A1") == 3) {
					assertEquals(1, value(record, "U4"), c.getCaseNumber() + ": discharged as placed, so placed");
					assertEquals(0, value(record, "U1"), c.getCaseNumber() + ": placed, so not at home");
				}
			});
			discharges += discharge.isPresent() ? 1 : 0;
			if (ratings.size() == 2 && discharge.isPresent() && value(discharge.get(), "A1") == 1) {
				pairs++;
				for (String area : MstContribution.AREAS) {
					assertTrue(value(ratings.get(1), area) > value(ratings.get(0), area),
							c.getCaseNumber() + " " + area + " better at the end of a completed treatment");
				}
			}
			ratings.forEach(r -> assertEquals(Respondent.FAMILY, r.getRespondent(), "the family's own rating"));
		}
		assertTrue(pairs >= 10 && discharges >= 10, "pairs " + pairs + ", discharge records " + discharges);
	}

	@Test
	void eachFollowUpFormIsAnsweredAtItsOwnFollowUpAndAboutAFifthAreMissed() {
		int followUps = 0;
		int missed = 0;
		for (IsuCase c : families) {
			for (Occasion o : c.getOccasions()) {
				if (o.getKind() != OccasionKind.FOLLOW_UP || o.getStatus() == OccasionStatus.PLANNED) {
					continue;
				}
				followUps++;
				missed += o.getStatus() == OccasionStatus.NOT_DONE ? 1 : 0;
				long months = Math.round(ChronoUnit.DAYS.between(c.getClosureDate(), o.getPlannedDate()) / 30.4);
				String form = months == 6 ? MstContribution.FOLLOW_UP_6 : MstContribution.FOLLOW_UP_12;
				String other = months == 6 ? MstContribution.FOLLOW_UP_12 : MstContribution.FOLLOW_UP_6;
				assertTrue(o.getFormsDue().contains(form) && !o.getFormsDue().contains(other),
						c.getCaseNumber() + " at " + months + " months: " + o.getFormsDue());
				assertTrue(done.get(c.getId()).stream().noneMatch(a -> a.getOccasionId() == o.getId()
						&& a.getInstrumentId().equals(other)), c.getCaseNumber() + ": " + other + " not at " + months + " months");
			}
		}
		assertTrue(followUps >= 10, "follow-ups " + followUps);
		double share = (double) missed / followUps;
		assertTrue(share > 0.08 && share < 0.35, "missed " + missed + " of " + followUps);
	}

	@Test
	void tamrIsMonthlyFromOneTherapistAndCollectedBySomeoneElse() {
		int records = 0;
		for (IsuCase c : families) {
			Set<String> therapists = new HashSet<>();
			for (Assessment a : of(c, MstContribution.TAMR)) {
				records++;
				String therapist = text(a, "T2");
				therapists.add(therapist);
				assertNotEquals(therapist, text(a, "T3"), "TAM-R is never collected by the therapist");
				double score = Double.parseDouble(text(a, "T5"));
				assertTrue(score >= 0 && score <= 1, "score " + score);
				assertEquals(a.getAssessedOn().toString().substring(0, 7), text(a, "T1"), "the month of the visit");
			}
			assertTrue(therapists.size() <= 1, c.getCaseNumber() + " has one therapist: " + therapists);
		}
		assertTrue(records >= 30, "TAM-R records " + records);
	}

	@Test
	void thePirHasEnoughDemoFamiliesForEveryTargetAndJudgesTheMeans() {
		TestUsers.as(Role.ANALYST);
		List<PirReport.Line> mst = MstFixture.report(PirReport.class).review(ReportParameters.all()).stream() // one review
				.filter(l -> l.unit().equals("MST")).toList();
		assertEquals(PirTarget.values().length, mst.size(), mst.toString());
		// every target has families enough to be judged; a share that 1-4 families missed is still hidden by the
		// small-cell rule (mst.md, open question 2), so only the means and the TAM-R share are always judged
		mst.forEach(l -> assertTrue(l.figure().n().matches("\\d+") && Integer.parseInt(l.figure().n()) >= 10, l.toString()));
		for (PirTarget judged : List.of(PirTarget.TAMR_MEAN, PirTarget.TAMR_ABOVE, PirTarget.LENGTH_OF_STAY)) {
			PirReport.Line line = mst.stream().filter(l -> l.target() == judged).findFirst().orElseThrow();
			assertNotEquals(PirTarget.Judgement.NOT_JUDGED, line.judgement(), line.toString());
		}
		double stay = mst.stream().filter(l -> l.target() == PirTarget.LENGTH_OF_STAY).findFirst().orElseThrow().figure()
				.value();
		assertTrue(stay > 80 && stay < 160, "about four months of treatment: " + stay);
	}

	private static List<Assessment> of(IsuCase c, String instrumentId) {
		return done.get(c.getId()).stream().filter(a -> a.getInstrumentId().equals(instrumentId)).toList();
	}

	private static String text(Assessment a, String item) {
		return a.getAnswers().stream().filter(x -> x.getItemId().equals(item)).map(x -> x.getValue()).findFirst()
				.orElseThrow(() -> new AssertionError(a.getInstrumentId() + " has no " + item));
	}

	private static int value(Assessment a, String item) {
		return Integer.parseInt(text(a, item));
	}
}
