package se.isu.instrument.clientquestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.OccasionKind;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.testkit.OsgiServices;

/** SKL's client questions run through the same framework as ASI: value sets, skip logic, completeness. */
class ClientQuestionsFormTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	private Form form() {
		return registry.form("isu.klientfragor", "2019", null).orElseThrow(
				() -> new AssertionError("client questions not installed; refused: " + registry.refused()));
	}

	@Test
	void theDefinitionIsInstalledForDischargeAndFollowUp() {
		InstrumentDefinition d = form().definition();
		assertEquals(List.of(OccasionKind.DISCHARGE, OccasionKind.FOLLOW_UP), d.getOccasionKinds());
		assertEquals(List.of("B1a", "B1b", "B2", "B3", "B4", "B5"), form().fields().stream().map(Form.Field::id).toList());
		assertFalse(registry.refused().containsKey("isu.klientfragor@2019"));
	}

	@Test
	void answersAreCodesOfSklsValueSets() {
		Form.Field b2 = form().field("B2").orElseThrow();
		assertEquals(5, b2.options().size());
		assertEquals("Mycket stor betydelse", b2.optionLabel("1"));
		assertInstanceOf(Form.Parsed.Invalid.class, b2.parse("6"));
		assertInstanceOf(Form.Parsed.Invalid.class, form().field("B3").orElseThrow().parse("X"),
				"no missing codes: 'Vet inte' is an answer of its own (code 6)");
	}

	@Test
	void b2IsAskedOnlyWhenTheSituationOrQualityOfLifeImproved() {
		Form form = form();
		Form.Field b2 = form.field("B2").orElseThrow();
		AnswerSheet answers = form.newSheet();
		answers.put("B1a", "3");
		answers.put("B1b", "4");
		assertFalse(form.isVisible(b2, answers));
		answers.put("B1b", "2");
		assertTrue(form.isVisible(b2, answers));
		answers.put("B2", "1");
		answers.put("B1b", "6");
		form.settle(answers);
		assertFalse(answers.get("B2").isPresent(), "no improvement, no B2 answer");
		List<String> missing = form.check(answers, true).stream().map(Violation::field).toList();
		assertEquals(List.of("B3", "B4", "B5"), missing);
	}
}
