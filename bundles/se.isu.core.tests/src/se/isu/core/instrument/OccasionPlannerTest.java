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
import se.isu.instrument.api.InstrumentContribution;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.ScheduleAnchor;
import se.isu.model.instrument.ScheduleRule;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Occasions planned from the forms' schedules, with dates counted by hand. */
class OccasionPlannerTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private final OccasionPlanner planner = OsgiServices.get(OccasionPlanner.class);
	private ServiceRegistration<?> registration;

	@BeforeEach
	void install() {
		TestUsers.caseWorkerOfTestUnits();
		InstrumentDefinition intake = TestDefinitions.everyType();
		intake.setId("plan.intake");
		intake.getSchedule().add(rule(OccasionKind.INTAKE, ScheduleAnchor.ACTUALISATION, 0, 7, 14));
		intake.getSchedule().add(rule(OccasionKind.FOLLOW_UP, ScheduleAnchor.CLOSURE, 3, 0, 30));
		InstrumentDefinition followUp = TestDefinitions.everyType();
		followUp.setId("plan.followup");
		followUp.setBaselineInstrument("plan.intake");
		followUp.getSchedule().add(rule(OccasionKind.INTERIM, ScheduleAnchor.PREVIOUS_ASSESSMENT, 6, 0, 30));
		InstrumentContribution contribution = () -> TestDefinitions.urls(intake, followUp);
		registration = OsgiServices.context().registerService(InstrumentContribution.class, contribution, null);
	}

	@AfterEach
	void uninstall() {
		registration.unregister();
	}

	private static ScheduleRule rule(OccasionKind kind, ScheduleAnchor anchor, int months, int days, int tolerance) {
		ScheduleRule rule = TestDefinitions.F.createScheduleRule();
		rule.setOccasionKind(kind);
		rule.setAnchor(anchor);
		rule.setOffsetMonths(months);
		rule.setOffsetDays(days);
		rule.setToleranceDays(tolerance);
		return rule;
	}

	private static List<String> describe(List<Occasion> occasions) {
		return occasions.stream().map(o -> o.getKind() + " " + o.getPlannedDate()).toList();
	}

	@Test
	void rulesWhoseAnchorTheCaseHasProposeOccasionsOnlyWhereNoneIsNearby() {
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Plan", "Eringsson", "PLN", "Planering",
				LocalDate.of(2025, 1, 10)));
		// aktualiserad 2025-01-10: intake 7 days later; not closed, so no follow-up after closure yet
		assertEquals(List.of("INTAKE 2025-01-17"), describe(planner.missingOccasions(c)));

		Occasion intake = IsuFactory.eINSTANCE.createOccasion();
		intake.setKind(OccasionKind.INTAKE);
		intake.setStatus(OccasionStatus.PLANNED);
		intake.setPlannedDate(LocalDate.of(2025, 1, 29)); // 12 days off: within the 14 days' tolerance
		c.getOccasions().add(intake);
		c.setClosureDate(LocalDate.of(2025, 5, 31));
		assertEquals(List.of("FOLLOW_UP 2025-08-31"), describe(planner.missingOccasions(c)), "closure + 3 months");

		IsuCase stored = cases.findCase(c.getCaseNumber()).orElseThrow();
		Assessment done = assessments.start(stored, null, "plan.intake", Respondent.CLIENT, "anna");
		done.setAssessedOn(LocalDate.of(2025, 2, 3));
		se.isu.model.instrument.Answer n1 = TestDefinitions.F.createAnswer();
		n1.setItemId("N1");
		n1.setValue("1");
		done.getAnswers().add(n1);
		assessments.save(done, true);
		assertEquals(List.of("INTAKE 2025-01-17", "INTERIM 2025-08-03"), describe(planner.missingOccasions(stored)),
				"the follow-up form: 6 months after the intake form was done");
	}

	private static List<String> describeForms(List<Occasion> occasions) {
		return occasions.stream().map(o -> o.getKind() + " " + o.getPlannedDate() + " " + o.getFormsDue()).toList();
	}

	@Test
	void eachPlannedOccasionRecordsTheFormsDueThereAndFormsThatFallOnOneOccasionShareIt() {
		// a second form asked at the same follow-up (MST: the family's and the therapist's ratings)
		InstrumentDefinition family = TestDefinitions.everyType();
		family.setId("plan.family");
		family.getSchedule().add(rule(OccasionKind.FOLLOW_UP, ScheduleAnchor.CLOSURE, 3, 0, 30));
		InstrumentContribution contribution = () -> TestDefinitions.urls(family);
		ServiceRegistration<?> second = OsgiServices.context().registerService(InstrumentContribution.class, contribution, null);
		try {
			IsuCase c = cases.openCase(new NewCase("19700101-1233", "Plan", "Eringsson", "PLN", "Planering",
					LocalDate.of(2025, 1, 10)));
			c.setClosureDate(LocalDate.of(2025, 5, 31));
			assertEquals(List.of("INTAKE 2025-01-17 [plan.intake]", "FOLLOW_UP 2025-08-31 [plan.family, plan.intake]"),
					describeForms(planner.missingOccasions(c)));
			assertEquals(List.of(), planner.missingForms(c), "the case has no occasion yet");
		} finally {
			second.unregister();
		}
	}

	@Test
	void anOccasionTheCaseHasGetsTheFormsWhoseScheduleItCovers() {
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Plan", "Eringsson", "PLN", "Planering",
				LocalDate.of(2025, 1, 10)));
		// registered by hand (or stored before occasions were bound to forms): bound to no form
		Occasion byHand = IsuFactory.eINSTANCE.createOccasion();
		byHand.setKind(OccasionKind.INTAKE);
		byHand.setStatus(OccasionStatus.PLANNED);
		byHand.setPlannedDate(LocalDate.of(2025, 1, 20));
		c.getOccasions().add(byHand);
		// a follow-up whose forms a worker chose already: the intake form's follow-up rule finds it listed
		Occasion chosen = IsuFactory.eINSTANCE.createOccasion();
		chosen.setKind(OccasionKind.FOLLOW_UP);
		chosen.setStatus(OccasionStatus.PLANNED);
		chosen.setPlannedDate(LocalDate.of(2025, 9, 1));
		chosen.getFormsDue().add("plan.intake");
		c.getOccasions().add(chosen);
		c.setClosureDate(LocalDate.of(2025, 5, 31));

		assertEquals(List.of(), planner.missingOccasions(c), "both rules are covered");
		List<OccasionPlanner.MissingForm> forms = planner.missingForms(c);
		assertEquals(1, forms.size(), forms.toString());
		assertEquals(byHand, forms.get(0).occasion());
		assertEquals("plan.intake", forms.get(0).instrumentId());
	}

	@Test
	void aRuleAtTheEndOfEachPlacementPlansOneOccasionPerEndedInterventionOfThoseTypes() {
		// decision 120: "at the end of each placement", HVB (12) and familjehem (10), not other interventions
		InstrumentDefinition placement = TestDefinitions.everyType();
		placement.setId("plan.placement");
		ScheduleRule atEnd = rule(OccasionKind.DISCHARGE, ScheduleAnchor.INTERVENTION_END, 0, 0, 14);
		atEnd.getInterventionTypes().addAll(List.of(10, 12));
		placement.getSchedule().add(atEnd);
		InstrumentContribution contribution = () -> TestDefinitions.urls(placement);
		ServiceRegistration<?> second = OsgiServices.context().registerService(InstrumentContribution.class, contribution, null);
		try {
			IsuCase c = cases.openCase(new NewCase("19700101-1233", "Plan", "Eringsson", "PLN", "Planering",
					LocalDate.of(2025, 1, 10)));
			c.getInterventions().add(intervention(12, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30)));
			c.getInterventions().add(intervention(10, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 9, 15)));
			c.getInterventions().add(intervention(18, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30))); // kontaktperson
			c.getInterventions().add(intervention(12, LocalDate.of(2025, 10, 1), null)); // still going on
			List<String> placements = describeForms(planner.missingOccasions(c)).stream()
					.filter(o -> o.contains("plan.placement")).toList();
			assertEquals(List.of("DISCHARGE 2025-04-30 [plan.placement]", "DISCHARGE 2025-09-15 [plan.placement]"), placements);
		} finally {
			second.unregister();
		}
	}

	private static se.isu.model.Intervention intervention(int type, LocalDate start, LocalDate end) {
		se.isu.model.Intervention i = IsuFactory.eINSTANCE.createIntervention();
		i.setInterventionType(type);
		i.setStartDate(start);
		i.setEndDate(end);
		return i;
	}
}
