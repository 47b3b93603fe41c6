package se.isu.instrument.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.instrument.Respondent;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** The placement follow-up of seed 004, made of the questionnaire format alone, as the registry and planner read it. */
class PlacementFollowUpTest {

	static final String ID = "isu.placeringsuppfoljning";
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void logIn() {
		TestUsers.caseWorkerOfTestUnits();
	}

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	private Form form() {
		return registry.form(ID, "1", null)
				.orElseThrow(() -> new AssertionError("placement follow-up not installed; refused: " + registry.refused()));
	}

	@Test
	void theClientsFourQuestionsAndTheFourAssessmentsOfTheProviderAreAskedByTheCaseWorker() {
		assertEquals(List.of("K1", "K2", "K3", "K4", "U1", "U2", "U3", "U4", "U5"),
				form().fields().stream().map(Form.Field::id).toList());
		assertEquals(List.of(Respondent.STAFF), form().definition().getRespondents());
		assertEquals("Mycket bra", form().field("U4").orElseThrow().optionLabel("1"));
		assertFalse(registry.refused().containsKey(ID + "@1"));
	}

	@Test
	void aClientWhoDoesNotAnswerIsRecordedAsSuchButTheProviderMustBeAssessed() {
		Form form = form();
		assertInstanceOf(Form.Parsed.Missing.class, form.field("K1").orElseThrow().parse("X"));
		assertInstanceOf(Form.Parsed.Invalid.class, form.field("U4").orElseThrow().parse("X"),
				"'the client did not answer' is not an answer about the provider");
		assertInstanceOf(Form.Parsed.Missing.class, form.field("U3").orElseThrow().parse("E"));
		AnswerSheet answers = form.newSheet();
		for (String k : List.of("K1", "K2", "K3")) {
			answers.putMissing(k, "X");
		}
		answers.put("U1", "1");
		answers.put("U2", "2");
		form.settle(answers);
		assertFalse(form.isVisible(form.field("K4").orElseThrow(), answers), "no comment asked of a client who answered none");
		List<String> missing = form.check(answers, true).stream().map(Violation::field).toList();
		assertEquals(List.of("U3", "U4"), missing);
	}

	@Test
	void theFollowUpIsPlannedAtTheEndOfEachPlacementAndOfNoOtherIntervention() {
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Placering", "Uppföljning", "PLN", "Planering",
				LocalDate.of(2025, 1, 10)));
		c.getInterventions().add(intervention(12, LocalDate.of(2025, 3, 31))); // HVB
		c.getInterventions().add(intervention(31, LocalDate.of(2025, 8, 31))); // stödboende
		c.getInterventions().add(intervention(18, LocalDate.of(2025, 6, 30))); // kontaktperson: no placement
		List<String> planned = OsgiServices.get(OccasionPlanner.class).missingOccasions(c).stream()
				.filter(o -> o.getFormsDue().contains(ID)).map(PlacementFollowUpTest::describe).toList();
		assertEquals(List.of("DISCHARGE 2025-03-31", "DISCHARGE 2025-08-31"), planned);
		assertTrue(planned.stream().allMatch(p -> p.startsWith(OccasionKind.DISCHARGE.getLiteral())));
	}

	private static String describe(Occasion o) {
		return o.getKind() + " " + o.getPlannedDate();
	}

	private static Intervention intervention(int type, LocalDate end) {
		Intervention i = IsuFactory.eINSTANCE.createIntervention();
		i.setInterventionType(type);
		i.setStartDate(end.minusMonths(2));
		i.setEndDate(end);
		return i;
	}
}
