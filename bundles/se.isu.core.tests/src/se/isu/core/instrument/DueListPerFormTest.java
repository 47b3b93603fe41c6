package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.core.compile.FollowUpMonitor.DueOccasion;
import se.isu.core.compile.FollowUpMonitor.State;
import se.isu.instrument.api.InstrumentContribution;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Respondent;
import se.isu.store.AssessmentRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Att göra lists each form due at an occasion (issue 13): unit DUF, one case with
 * <pre>
 * a follow-up today with forms A and B, A already complete   → B due this week
 * an interim three days ago with A and B, nothing started     → A and B overdue
 * a discharge four days ago bound to no form (case-level)     → overdue once, no form
 * </pre>
 */
class DueListPerFormTest {

	private static final String UNIT = "DUF";
	private static final LocalDate TODAY = LocalDate.now();

	private final FollowUpMonitor monitor = OsgiServices.get(FollowUpMonitor.class);
	private ServiceRegistration<?> registration;
	private IsuCase fixture;

	@BeforeEach
	void fixture() {
		InstrumentDefinition a = TestDefinitions.everyType();
		a.setId("duf.a");
		a.setName("Formulär A");
		InstrumentDefinition b = TestDefinitions.everyType();
		b.setId("duf.b");
		b.setName("Formulär B");
		InstrumentContribution contribution = () -> TestDefinitions.urls(a, b);
		registration = OsgiServices.context().registerService(InstrumentContribution.class, contribution, null);

		TestUsers.caseWorker(UNIT);
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase c = cases.openCase(new NewCase("19910101-0024", "Att", "Göra", UNIT, "Att göra per formulär",
				TODAY.minusDays(300)));
		c.getOccasions().add(occasion(OccasionKind.FOLLOW_UP, TODAY, "duf.a", "duf.b"));
		c.getOccasions().add(occasion(OccasionKind.INTERIM, TODAY.minusDays(3), "duf.a", "duf.b"));
		c.getOccasions().add(occasion(OccasionKind.DISCHARGE, TODAY.minusDays(4)));
		fixture = cases.saveCase(c);
		Assessment done = TestDefinitions.F.createAssessment();
		done.setCaseId(fixture.getId());
		done.setOccasionId(fixture.getOccasions().get(0).getId());
		done.setInstrumentId("duf.a");
		done.setInstrumentVersion(a.getVersion());
		done.setRespondent(Respondent.CLIENT);
		done.setStatus(AssessmentStatus.COMPLETE);
		done.setAssessedOn(TODAY);
		done.setUnitCode(UNIT);
		OsgiServices.get(AssessmentRepository.class).insertAll(List.of(done));
	}

	@AfterEach
	void uninstall() {
		registration.unregister();
		TestUsers.logout();
	}

	private static Occasion occasion(OccasionKind kind, LocalDate planned, String... forms) {
		Occasion o = IsuFactory.eINSTANCE.createOccasion();
		o.setKind(kind);
		o.setPlannedDate(planned);
		o.setStatus(OccasionStatus.PLANNED);
		o.getFormsDue().addAll(List.of(forms));
		return o;
	}

	@Test
	void eachFormDueIsALineOfItsOwnAndAFormAlreadyCompleteIsNotDue() {
		List<DueOccasion> ours = monitor.dueList().occasions().stream()
				.filter(o -> o.caseNumber().equals(fixture.getCaseNumber())).toList();
		List<String> lines = ours.stream()
				.map(o -> o.state() + " " + o.occasionKind() + " " + o.plannedDate() + " " + o.formName()).toList();
		assertEquals(List.of("DUE_THIS_WEEK FOLLOW_UP " + TODAY + " Formulär B",
				"OVERDUE INTERIM " + TODAY.minusDays(3) + " Formulär A",
				"OVERDUE INTERIM " + TODAY.minusDays(3) + " Formulär B",
				"OVERDUE DISCHARGE " + TODAY.minusDays(4) + " null"), lines);
		assertEquals("duf.b", ours.get(0).instrumentId());
		assertEquals(State.DUE_THIS_WEEK, ours.get(0).state());
	}
}
