package se.isu.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.ReportParameters;
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
 * Dropout of THIS instrument's follow-ups (decision 78), on a hand-made unit DPI where every case has two
 * instruments with different schedules: A followed up in July (its own follow-up occasion), B in April (another).
 * <pre>
 * 10 cases: B's April follow-up done and measured; A's July follow-up not done (1 Avböjde)
 *  5 cases: A's July follow-up done and measured; B's April follow-up not done (2 Nåddes inte)
 * </pre>
 * Before occasions were bound to forms both instruments took dropout from the case's last follow-up (A's July one),
 * so B's five dropouts read "Genomfört utan mätning" instead of why B's own follow-up was missed.
 */
class DropoutPerInstrumentTest {

	private static final String UNIT = "DPI";
	private static final String A = "dpi.a";
	private static final String B = "dpi.b";
	private static final LocalDate INTAKE = LocalDate.of(2025, 1, 10);
	private static final LocalDate B_FOLLOW_UP = LocalDate.of(2025, 4, 10);
	private static final LocalDate A_FOLLOW_UP = LocalDate.of(2025, 7, 10);

	private final CompilationService compilations = OsgiServices.get(CompilationService.class);

	private static PairQuery query(String instrument) {
		return new PairQuery(instrument, "INTAKE", instrument, "FOLLOW_UP", Measure.ValueKind.SCORE, "total", null, null,
				UNIT, null);
	}

	@BeforeAll
	static void fixture() {
		TestUsers.as(Role.ANALYST);
		boolean present = !"0".equals(OsgiServices.get(CompilationService.class)
				.pairedChange(query(A), new ChangeRule(0.05, false)).baseline().text());
		TestUsers.logout();
		if (present) {
			return;
		}
		List<Assessment> assessments = new ArrayList<>();
		for (int serial = 0; serial < 15; serial++) {
			boolean bDone = serial < 10;
			IsuCase c = CompilationFixtures.openCase(UNIT,
					CompilationFixtures.pnr(LocalDate.of(1982, 6, 6), serial % 2 == 0, serial), INTAKE.minusDays(2), edit -> {
						Occasion intake = occasion(OccasionKind.INTAKE, INTAKE, OccasionStatus.DONE, null, A, B);
						edit.getOccasions().add(intake);
						edit.getOccasions().add(occasion(OccasionKind.FOLLOW_UP, B_FOLLOW_UP,
								bDone ? OccasionStatus.DONE : OccasionStatus.NOT_DONE, bDone ? null : 2, B));
						edit.getOccasions().add(occasion(OccasionKind.FOLLOW_UP, A_FOLLOW_UP,
								bDone ? OccasionStatus.NOT_DONE : OccasionStatus.DONE, bDone ? 1 : null, A));
					});
			assessments.add(assessment(c, A, c.getOccasions().get(0), 0.6));
			assessments.add(assessment(c, B, c.getOccasions().get(0), 0.6));
			if (bDone) {
				assessments.add(assessment(c, B, c.getOccasions().get(1), 0.3));
			} else {
				assessments.add(assessment(c, A, c.getOccasions().get(2), 0.3));
			}
		}
		OsgiServices.get(AssessmentRepository.class).insertAll(assessments);
	}

	private static Occasion occasion(OccasionKind kind, LocalDate planned, OccasionStatus status, Integer reason,
			String... formsDue) {
		Occasion o = IsuFactory.eINSTANCE.createOccasion();
		o.setKind(kind);
		o.setPlannedDate(planned);
		o.setStatus(status);
		o.setDoneDate(status == OccasionStatus.DONE ? planned : null);
		o.setNotDoneReason(reason);
		o.getFormsDue().addAll(List.of(formsDue));
		return o;
	}

	private static Assessment assessment(IsuCase c, String instrument, Occasion at, double total) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(at.getId());
		a.setInstrumentId(instrument);
		a.setInstrumentVersion("1");
		a.setInstrumentName(instrument);
		a.setRespondent(Respondent.CLIENT);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(at.getDoneDate());
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

	private static Map<String, String> reasons(PairedChange change) {
		return change.dropoutReasons().stream().collect(Collectors.toMap(PairedChange.Reason::label, r -> r.count().text()));
	}

	@Test
	void eachInstrumentsDropoutComesFromItsOwnFollowUpOccasions() {
		PairedChange a = compilations.pairedChange(query(A).dropoutOf(A), new ChangeRule(0.05, false));
		assertEquals(List.of("15", "5", "10", "0"),
				List.of(a.baseline().text(), a.paired().text(), a.dropouts().text(), a.pending().text()));
		assertEquals(Map.of("Avböjde", "10"), reasons(a));

		PairedChange b = compilations.pairedChange(query(B).dropoutOf(B), new ChangeRule(0.05, false));
		assertEquals(List.of("15", "10", "5", "0"),
				List.of(b.baseline().text(), b.paired().text(), b.dropouts().text(), b.pending().text()));
		assertEquals(Map.of("Nåddes inte", "5"), reasons(b), "why B's own follow-up was missed");
	}

	@Test
	void withoutTheInstrumentTheCasesLastFollowUpDecidesAsBefore() {
		// B's five missed follow-ups are read from A's July occasion, which was done: the old, inexact figure
		PairedChange b = compilations.pairedChange(query(B), new ChangeRule(0.05, false));
		assertEquals("5", b.dropouts().text());
		assertEquals(Map.of("Genomfört utan mätning", "5"), reasons(b));
	}

	@Test
	void thePluginApiAsksForTheSameThroughTheRequest() {
		PairedChanges api = OsgiServices.get(PairedChanges.class);
		ReportParameters unit = new ReportParameters(null, null, UNIT);
		PairedChanges.Figures b = api.pairedChange(new PairedChanges.Request(B, "INTAKE", B, "FOLLOW_UP",
				PairedChanges.Measured.SCORE, "total", unit, 0.05, false).dropoutOf(B));
		assertEquals("5", b.dropouts());
		assertEquals(List.of(new PairedChanges.Reason("Nåddes inte", "5")), b.dropoutReasons());
		PairedChanges.Figures old = api.pairedChange(new PairedChanges.Request(B, "INTAKE", B, "FOLLOW_UP",
				PairedChanges.Measured.SCORE, "total", unit, 0.05, false));
		assertEquals(List.of(new PairedChanges.Reason("Genomfört utan mätning", "5")), old.dropoutReasons());
	}
}
