package se.isu.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.compile.CompilationService.ChangeRule;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;
import se.isu.model.query.Measure;
import se.isu.model.query.PairQuery;
import se.isu.security.Role;
import se.isu.store.AssessmentRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Paired change of a score (lower is better) from intake to the follow-up, on a hand-made unit PAR of 30 cases:
 * <pre>
 * 12 measured again: 6 improved 0.60 → 0.30, 5 unchanged 0.60 → 0.58, 1 worse 0.60 → 0.80
 * 12 dropouts (baseline 0.80): 5 declined, 5 not reached (not done), 2 overdue and not registered
 *  5 pending: follow-up planned 60 days ahead
 *  1 measured at follow-up only: not part of the pairs
 * </pre>
 */
class PairedChangeTest {

	private static final String UNIT = "PAR";
	private static final String INSTRUMENT = "test.skala";
	private static final LocalDate INTAKE = LocalDate.of(2025, 1, 10);
	private static final LocalDate FOLLOW_UP = LocalDate.of(2025, 7, 10);

	private final CompilationService compilations = OsgiServices.get(CompilationService.class);

	private static final PairQuery QUERY = new PairQuery(INSTRUMENT, "INTAKE", INSTRUMENT, "FOLLOW_UP",
			Measure.ValueKind.SCORE, "total", null, null, UNIT, null);

	@BeforeAll
	static void fixture() {
		TestUsers.as(Role.ANALYST);
		boolean present = !"0".equals(OsgiServices.get(CompilationService.class)
				.pairedChange(QUERY, new ChangeRule(0.05, false)).baseline().text());
		TestUsers.logout();
		if (present) {
			return;
		}
		int serial = 0;
		List<Assessment> assessments = new ArrayList<>();
		double[] followUps = { 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.58, 0.58, 0.58, 0.58, 0.58, 0.8 };
		for (double followUp : followUps) {
			IsuCase c = caseWith(serial++, OccasionStatus.DONE, FOLLOW_UP, null);
			assessments.add(assessment(c, OccasionKind.INTAKE, INTAKE, 0.6));
			assessments.add(assessment(c, OccasionKind.FOLLOW_UP, FOLLOW_UP, followUp));
		}
		for (int reason : new int[] { 1, 1, 1, 1, 1, 2, 2, 2, 2, 2 }) {
			IsuCase c = caseWith(serial++, OccasionStatus.NOT_DONE, FOLLOW_UP, reason);
			assessments.add(assessment(c, OccasionKind.INTAKE, INTAKE, 0.8));
		}
		for (int i = 0; i < 2; i++) {
			IsuCase c = caseWith(serial++, OccasionStatus.PLANNED, LocalDate.of(2025, 6, 1), null);
			assessments.add(assessment(c, OccasionKind.INTAKE, INTAKE, 0.8));
		}
		for (int i = 0; i < 5; i++) {
			IsuCase c = caseWith(serial++, OccasionStatus.PLANNED, LocalDate.now().plusDays(60), null);
			assessments.add(assessment(c, OccasionKind.INTAKE, INTAKE, 0.5));
		}
		IsuCase followUpOnly = caseWith(serial++, OccasionStatus.DONE, FOLLOW_UP, null);
		assessments.add(assessment(followUpOnly, OccasionKind.FOLLOW_UP, FOLLOW_UP, 0.1));
		OsgiServices.get(AssessmentRepository.class).insertAll(assessments);
	}

	private static IsuCase caseWith(int serial, OccasionStatus followUpStatus, LocalDate followUpPlanned, Integer reason) {
		return CompilationFixtures.openCase(UNIT, CompilationFixtures.pnr(LocalDate.of(1980, 4, 4), serial % 2 == 0, serial),
				INTAKE.minusDays(2), c -> {
					c.getOccasions().add(doneIntake());
					Occasion followUp = occasion(OccasionKind.FOLLOW_UP, followUpPlanned);
					followUp.setStatus(followUpStatus);
					if (followUpStatus == OccasionStatus.DONE) {
						followUp.setDoneDate(followUpPlanned);
					}
					followUp.setNotDoneReason(reason);
					c.getOccasions().add(followUp);
				});
	}

	/** The intake occasion every fixture case had, done on the intake date. */
	private static Occasion doneIntake() {
		Occasion intake = occasion(OccasionKind.INTAKE, INTAKE);
		intake.setStatus(OccasionStatus.DONE);
		intake.setDoneDate(INTAKE);
		return intake;
	}

	private static Occasion occasion(OccasionKind kind, LocalDate planned) {
		Occasion o = IsuFactory.eINSTANCE.createOccasion();
		o.setKind(kind);
		o.setPlannedDate(planned);
		o.setStatus(OccasionStatus.PLANNED);
		return o;
	}

	private static Assessment assessment(IsuCase c, OccasionKind kind, LocalDate on, double total) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(c.getOccasions().stream().filter(o -> o.getKind() == kind).findFirst().orElseThrow().getId());
		a.setInstrumentId(INSTRUMENT);
		a.setInstrumentVersion("1");
		a.setInstrumentName("Testskala");
		a.setRespondent(Respondent.CLIENT);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(on);
		a.setUnitCode(UNIT);
		Score score = InstrumentFactory.eINSTANCE.createScore();
		score.setScoreId("total");
		score.setLabel("Summa");
		score.setValue(total);
		a.getScores().add(score);
		return a;
	}

	@BeforeEach
	void analyst() {
		TestUsers.as(Role.ANALYST);
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void pairsDropoutsAndPendingAreCountedAsWorkedOutByHand() {
		PairedChange change = compilations.pairedChange(QUERY, new ChangeRule(0.05, false));
		assertEquals("29", change.baseline().text());
		assertEquals("12", change.paired().text());
		assertEquals("12", change.dropouts().text());
		assertEquals("5", change.pending().text());
		assertEquals("50,0 %", change.dropoutRate().text()); // 12 of the 24 that were due
	}

	@Test
	void dropoutReasonsComeFromTheOccasionsAndAreSuppressed() {
		Map<String, String> reasons = compilations.pairedChange(QUERY, new ChangeRule(0.05, false)).dropoutReasons()
				.stream().collect(Collectors.toMap(PairedChange.Reason::label, r -> r.count().text()));
		// 5 + 5 + 2 = 12: the 2 is small and needs partners adding up to at least 7: both fives go
		assertEquals(Map.of("Avböjde", "x", "Nåddes inte", "x", "Försenat, ej registrerat", "<5"), reasons);
	}

	@Test
	void improvedUnchangedAndWorseFollowTheThresholdAndDirection() {
		// 6 improved, 5 unchanged (0.60 → 0.58 is within 0.05), 1 worse: the 1 takes both others with it
		PairedChange change = compilations.pairedChange(QUERY, new ChangeRule(0.05, false));
		assertEquals("x", change.improved().text());
		assertEquals("x", change.unchanged().text());
		assertEquals("<5", change.worse().text());
		assertEquals("x", change.improvedShare().text());
		// with a threshold of 0.25 the 0.20 rise is unchanged too: 6 improved, 6 unchanged, 0 worse, all shown
		PairedChange coarse = compilations.pairedChange(QUERY, new ChangeRule(0.25, false));
		assertEquals("6", coarse.improved().text());
		assertEquals("6", coarse.unchanged().text());
		assertEquals("0", coarse.worse().text());
		assertEquals("50,0 %", coarse.improvedShare().text());
		// without a threshold the five 0.60 → 0.58 are improvements too: none unchanged, and the 11 improved are
		// hidden with the single worse one
		PairedChange strict = compilations.pairedChange(QUERY, new ChangeRule(0, false));
		assertEquals("0", strict.unchanged().text());
		assertEquals("x", strict.improved().text());
		// read the other way (higher is better) the six falls to 0.30 are worse
		PairedChange reversed = compilations.pairedChange(QUERY, new ChangeRule(0.25, true));
		assertEquals("6", reversed.worse().text());
		assertEquals("0", reversed.improved().text());
	}

	@Test
	void meanAndMedianChangeAndBaselinesOfCompletersAndDropouts() {
		PairedChange change = compilations.pairedChange(QUERY, new ChangeRule(0.05, false));
		assertEquals((6 * -0.3 + 5 * -0.02 + 0.2) / 12, change.meanChange().value(), 1e-9);
		assertEquals("-0,14", change.meanChange().text());
		assertEquals(-0.16, change.medianChange().value(), 1e-9); // between the 6th (-0.30) and 7th (-0.02)
		assertEquals("0,60", change.completersBaselineMean().text());
		assertEquals("0,80", change.dropoutsBaselineMean().text());
	}

	@Test
	void aChangeOfExactlyTheThresholdCountsAsAChange() {
		// 0.30 - 0.60 is -0.2999… in binary; with a threshold of 0.3 it is still a change (it was "unchanged" before)
		PairedChange change = compilations.pairedChange(QUERY, new ChangeRule(0.3, false));
		assertEquals("6", change.improved().text());
		assertEquals("6", change.unchanged().text());
	}

	@Test
	void meansOfScoresCountCasesNotMeasurements() {
		// 30 cases in PAR, 35 scores (a baseline each, 12 follow-ups; one case has only the follow-up): n is 30
		se.isu.core.compile.CompiledTable mean = compilations.compile(new se.isu.model.query.CompilationQuery(
				Measure.mean(Measure.Subject.CASES, Measure.Value.score(INSTRUMENT + "/total")), List.of(), List.of())
				.withFilter(se.isu.model.query.Dimension.unit(), UNIT));
		assertEquals(30L, mean.cell(0, 0).n());
	}

	@Test
	void aFollowUpPlannedAgainIsPendingAndTheBaselineIsNeverItsOwnFollowUp() {
		// Unit PAR2: one case missed its follow-up and has a new one planned ahead; one case has only the baseline.
		TestUsers.caseWorker("PAR2");
		boolean present = !OsgiServices.get(se.isu.core.CaseService.class)
				.findCases(new se.isu.model.query.CaseFilter(null, null, "PAR2", null, 10)).isEmpty();
		TestUsers.logout();
		if (!present) {
			IsuCase rescheduled = CompilationFixtures.openCase("PAR2", CompilationFixtures.pnr(LocalDate.of(1981, 5, 5), true, 1),
					INTAKE.minusDays(2), c -> {
						c.getOccasions().add(doneIntake());
						Occasion missed = occasion(OccasionKind.FOLLOW_UP, FOLLOW_UP);
						missed.setStatus(OccasionStatus.NOT_DONE);
						missed.setNotDoneReason(2);
						c.getOccasions().add(missed);
						c.getOccasions().add(occasion(OccasionKind.FOLLOW_UP, LocalDate.now().plusDays(30)));
					});
			IsuCase baselineOnly = CompilationFixtures.openCase("PAR2", CompilationFixtures.pnr(LocalDate.of(1981, 5, 5), false, 2),
					INTAKE.minusDays(2), c -> {
						c.getOccasions().add(doneIntake());
					});
			OsgiServices.get(AssessmentRepository.class).insertAll(List.of(assessment(rescheduled, OccasionKind.INTAKE,
					INTAKE, 0.5), assessment(baselineOnly, OccasionKind.INTAKE, INTAKE, 0.5)));
		}
		TestUsers.as(Role.ANALYST);
		// Follow-up at any occasion but intake: the baseline (at intake) must not be matched as its own follow-up.
		PairQuery anyLater = new PairQuery(INSTRUMENT, "INTAKE", INSTRUMENT, null, Measure.ValueKind.SCORE, "total", null,
				null, "PAR2", null);
		PairedChange change = compilations.pairedChange(anyLater, new ChangeRule(0.05, false));
		assertEquals("0", change.paired().text(), "the baseline paired with itself");
		assertEquals("0", change.dropouts().text(), "the missed follow-up was planned again");
		assertEquals("<5", change.pending().text());
	}

	@Test
	void baselineAndFollowUpMustDiffer() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PairQuery(INSTRUMENT,
				"INTAKE", INSTRUMENT, "INTAKE", Measure.ValueKind.SCORE, "total", null, null, null, null));
		assertEquals("Baseline and follow-up are the same measurement; name two occasion kinds or two instruments",
				e.getMessage());
	}
}
