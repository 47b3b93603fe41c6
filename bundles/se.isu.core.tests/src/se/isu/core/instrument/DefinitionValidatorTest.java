package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.valueset.ValueSets;

class DefinitionValidatorTest {

	private final DefinitionValidator validator = new DefinitionValidator(ValueSets.standard()::find);

	@Test
	void aSoundDefinitionHasNoProblems() {
		assertEquals(List.of(), validator.problems(TestDefinitions.everyType()));
	}

	@Test
	void eachBrokenRuleIsReportedWithTheElementItConcerns() {
		InstrumentDefinition d = TestDefinitions.everyType();
		List<Item> items = d.getSections().get(0).getItems();
		items.get(0).setMin(50);
		items.get(0).setMax(10);
		Item duplicate = TestDefinitions.item("D1", ItemType.TEXT);
		items.add(duplicate);
		Item noChoices = TestDefinitions.item("Q1", ItemType.SINGLE_CHOICE);
		items.add(noChoices);
		Item forward = TestDefinitions.item("Q2", ItemType.TEXT);
		forward.setVisibleWhen("Q9 = 1");
		items.add(forward);
		Item broken = TestDefinitions.item("Q3", ItemType.TEXT);
		broken.setVisibleWhen("Q1 = ");
		items.add(broken);
		Item unknownMissing = TestDefinitions.item("Q4", ItemType.INTEGER);
		unknownMissing.getMissingCodes().add("Z");
		items.add(unknownMissing);
		d.getChoiceSets().get(1).setValueSet("skl.nope");
		d.getScores().add(TestDefinitions.score("s", ScoreCombination.MEAN, MissingScoreRule.ANY_MISSING,
				TestDefinitions.component("T1", ComponentTransform.SCALED, 4),
				TestDefinitions.component("GONE", ComponentTransform.VALUE, 0),
				TestDefinitions.component("N1", ComponentTransform.SCALED, 0)));

		String problems = String.join("\n", validator.problems(d));
		for (String expected : List.of("item N1: min 50 is above max 10", "item D1: id is empty or used twice",
				"item Q1: SINGLE_CHOICE needs a choice set", "item Q2: expression refers to Q9, which is not an earlier item",
				"item Q3: \"Q1 = \" position", "item Q4: missing code Z is not defined",
				"choice set nojd: value set skl.nope does not exist", "score s: component T1 is TEXT, not a number",
				"score s: component item GONE does not exist", "score s: component N1 needs max > 0")) {
			assertTrue(problems.contains(expected), "expected «" + expected + "» in\n" + problems);
		}
	}

	@Test
	void aMissingCodeMayNotTakeOverAYesKeyAndScoreIdsAndMatchCodesAreChecked() {
		InstrumentDefinition d = TestDefinitions.everyType();
		d.getMissingCodes().add(TestDefinitions.missing("J", "Vet ej"));
		se.isu.model.instrument.ScoreComponent wrongCode = TestDefinitions.component("C1", ComponentTransform.MATCHES, 0);
		wrongCode.setCode("7");
		d.getScores().add(TestDefinitions.score("s", ScoreCombination.SUM, MissingScoreRule.ANY_MISSING, wrongCode));
		d.getScores().add(TestDefinitions.score("s", ScoreCombination.SUM, MissingScoreRule.ANY_MISSING,
				TestDefinitions.component("N1", ComponentTransform.VALUE, 0)));
		String problems = String.join("\n", validator.problems(d));
		Item badId = TestDefinitions.item("egen fråga", ItemType.TEXT);
		d.getSections().get(0).getItems().add(badId);
		String withBadId = String.join("\n", validator.problems(d));
		assertTrue(withBadId.contains("item egen fråga: id must start with a letter"), withBadId);
		for (String expected : List.of("missing code J is a key for yes or no answers", "score id s is used twice",
				"score s: MATCHES code 7 is not a choice of C1")) {
			assertTrue(problems.contains(expected), "expected «" + expected + "» in\n" + problems);
		}
	}
}
