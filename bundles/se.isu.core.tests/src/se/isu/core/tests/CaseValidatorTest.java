package se.isu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseValidator;
import se.isu.core.ValidationException.Violation;
import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.FollowUp;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.ProcessStep;
import se.isu.model.valueset.ValueSets;

class CaseValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
	private static final IsuFactory F = IsuFactory.eINSTANCE;

	private final CaseValidator validator = new CaseValidator(ValueSets.standard(), Locale.forLanguageTag("sv"));
	private IsuCase c;

	@BeforeEach
	void newCase() {
		Client client = F.createClient();
		client.setPersonalIdentityNumber("19811218-9876");
		client.setBirthDate(LocalDate.of(1981, 12, 18));
		client.setLegalSex(2);
		c = F.createIsuCase();
		c.setClient(client);
		c.setStatus(CaseStatus.OPEN);
		c.setCurrentStep(ProcessStep.AKTUALISERA);
		c.setActualisationDate(LocalDate.of(2026, 1, 10));
	}

	private List<String> fields() {
		return validator.validate(c, TODAY).stream().map(Violation::field).toList();
	}

	private String message(String field) {
		return validator.validate(c, TODAY).stream().filter(v -> v.field().equals(field)).findFirst()
				.map(Violation::message).orElseThrow(() -> new AssertionError("no violation for " + field));
	}

	@Test
	void aFreshCaseInTheFirstStepIsValid() {
		assertEquals(List.of(), fields());
	}

	@Test
	void aCodeOutsideItsValueSetIsRefusedNamingTheVariable() {
		c.setOrigin(6);
		c.getProblems().add(15);
		assertEquals(List.of("origin", "problems"), fields());
		assertEquals("Ursprung (6): koden 6 finns inte i värdemängden.", message("origin"));
	}

	@Test
	void dontKnowIsAnAnswerNotAMissingValue() {
		completeUtreda();
		c.setPreviousContact(4); // Vet ej
		c.setOrigin(5); // Vet inte
		c.setCurrentStep(ProcessStep.BESLUTA);
		assertEquals(List.of(), fields());
	}

	@Test
	void leavingAStepRequiresItsVariables() {
		c.setCurrentStep(ProcessStep.BESLUTA);
		assertEquals(List.of("actualisationReasons", "origin", "householdType", "previousContact", "problems"), fields());
		assertEquals("Hushållstyp (7) måste fyllas i innan processteget Utreda kan lämnas.", message("householdType"));
	}

	@Test
	void datesMustKeepProcessOrder() {
		completeUtreda();
		c.setCurrentStep(ProcessStep.GENOMFORA);
		c.setDecisionDate(LocalDate.of(2026, 1, 5));
		Intervention i = F.createIntervention();
		i.setInterventionType(29);
		i.setDecisionDate(LocalDate.of(2026, 2, 1));
		i.setStartDate(LocalDate.of(2026, 1, 20));
		i.setEndDate(LocalDate.of(2026, 1, 15));
		c.getInterventions().add(i);
		assertEquals(List.of("decisionDate", "interventions[0].startDate", "interventions[0].endDate"), fields());
		assertEquals("Datum för beslut om insats (10) får inte vara före Datum för aktualisering (1).", message("decisionDate"));
	}

	@Test
	void recordedDatesMayNotLieInTheFutureButPlannedOnesMay() {
		c.setActualisationDate(TODAY.plusDays(1));
		Occasion planned = F.createOccasion();
		planned.setKind(OccasionKind.FOLLOW_UP);
		planned.setStatus(OccasionStatus.PLANNED);
		planned.setPlannedDate(TODAY.plusMonths(3));
		c.getOccasions().add(planned);
		assertEquals(List.of("actualisationDate"), fields());
	}

	@Test
	void aClosedCaseNeedsTheClosureVariablesAndTheLastStep() {
		c.setStatus(CaseStatus.CLOSED);
		c.getActualisationReasons().add(8);
		assertEquals(List.of("currentStep", "closureDate", "implementationVsPlan", "closureReason"), fields());
	}

	@Test
	void followUpsMustLieInsideTheCaseAndBeCompleteBeforeClosing() {
		completeUtreda();
		c.setDecisionDate(LocalDate.of(2026, 1, 20));
		c.setClosureDate(LocalDate.of(2026, 6, 1));
		FollowUp f = F.createFollowUp();
		f.setDate(LocalDate.of(2026, 7, 1));
		c.getFollowUps().add(f);
		c.setCurrentStep(ProcessStep.AVSLUTA);
		List<String> fields = fields();
		assertTrue(fields.contains("followUps[0].date"), fields.toString());
		assertTrue(fields.containsAll(List.of("followUps[0].cooperation", "followUps[0].coordinatedPlan",
				"followUps[0].parallelInterventions", "followUps[0].goalAttainment")), fields.toString());
	}

	@Test
	void anOccasionsOutcomeMustMatchItsStatus() {
		Occasion notDone = occasion(OccasionStatus.NOT_DONE);
		Occasion done = occasion(OccasionStatus.DONE);
		Occasion planned = occasion(OccasionStatus.PLANNED);
		planned.setDoneDate(LocalDate.of(2026, 3, 1));
		c.getOccasions().addAll(List.of(notDone, done, planned));
		assertEquals(List.of("occasions[0].notDoneReason", "occasions[1].doneDate", "occasions[2].doneDate"), fields());
	}

	private static Occasion occasion(OccasionStatus status) {
		Occasion o = F.createOccasion();
		o.setKind(OccasionKind.DISCHARGE);
		o.setPlannedDate(LocalDate.of(2026, 3, 1));
		o.setStatus(status);
		return o;
	}

	private void completeUtreda() {
		c.getActualisationReasons().add(8);
		c.setOrigin(1);
		c.setHouseholdType(1);
		c.setPreviousContact(1);
		c.getProblems().add(8);
	}
}
