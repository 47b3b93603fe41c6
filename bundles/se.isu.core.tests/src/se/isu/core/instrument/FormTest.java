package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.isu.core.ValidationException.Violation;
import se.isu.core.instrument.Form.Field;
import se.isu.core.instrument.Form.Parsed;

class FormTest {

	private final Form form = TestDefinitions.form(TestDefinitions.everyType());

	private Parsed parse(String item, String typed) {
		return form.field(item).orElseThrow().parse(typed);
	}

	private static String canonical(Parsed parsed) {
		return assertInstanceOf(Parsed.Value.class, parsed).canonical();
	}

	@Test
	void aMonthIsTypedAsYearAndMonthAndAnAgeIsWholeYearsUpTo120() {
		se.isu.model.instrument.InstrumentDefinition d = TestDefinitions.everyType();
		d.getSections().get(0).getItems().add(TestDefinitions.item("MY", se.isu.model.instrument.ItemType.MONTH_YEAR));
		d.getSections().get(0).getItems().add(TestDefinitions.item("AG", se.isu.model.instrument.ItemType.AGE));
		assertTrue(new DefinitionValidator(id -> java.util.Optional.empty()).problems(d).stream()
				.noneMatch(p -> p.contains("MY") || p.contains("AG")));
		Form withDates = TestDefinitions.form(d);
		Field month = withDates.field("MY").orElseThrow();
		assertEquals("2019-03", canonical(month.parse("2019-03")));
		assertEquals("2019-03", canonical(month.parse("201903")));
		assertTrue(assertInstanceOf(Parsed.Invalid.class, month.parse("2019-13")).message().startsWith("MY "),
				"the message names the item");
		assertTrue(assertInstanceOf(Parsed.Invalid.class, month.parse("mars 2019")).message().contains("ÅÅÅÅ-MM"));
		Field age = withDates.field("AG").orElseThrow();
		assertEquals("15", canonical(age.parse("15")));
		assertInstanceOf(Parsed.Invalid.class, age.parse("121"));
		assertInstanceOf(Parsed.Invalid.class, age.parse("-1"));
	}

	@Test
	void numbersAreCheckedAgainstTheirRangeAndTheMessageNamesItemAndRule() {
		assertEquals("42", canonical(parse("N1", " 42 ")));
		assertEquals("N1 Fråga N1: 100 ligger utanför det tillåtna intervallet 0–99.",
				assertInstanceOf(Parsed.Invalid.class, parse("N1", "100")).message());
		assertTrue(assertInstanceOf(Parsed.Invalid.class, parse("N1", "4,5")).message().contains("heltal"));
		assertInstanceOf(Parsed.Invalid.class, parse("D1", "31"));
		assertEquals("30", canonical(parse("D1", "30")));
		assertEquals("12000", canonical(parse("M1", "12 000")));
		assertInstanceOf(Parsed.Invalid.class, parse("M1", "-5"));
	}

	@Test
	void moneyIsCountedInTheItemsCurrencyAndTheTypedCurrencyIsAccepted() {
		Field kronor = form.field("M1").orElseThrow();
		assertEquals("SEK", kronor.currency().orElseThrow().getCurrencyCode(), "no unit means Swedish kronor");
		assertEquals("kr", kronor.unitText());
		assertEquals("1500", canonical(kronor.parse("1 500 kr")));
		assertEquals("1500", canonical(kronor.parse("1500 SEK")));
		assertInstanceOf(Parsed.Invalid.class, kronor.parse("1500 €"), "another currency is not converted");

		se.isu.model.instrument.InstrumentDefinition d = TestDefinitions.everyType();
		se.isu.model.instrument.Item euro = TestDefinitions.item("ME", se.isu.model.instrument.ItemType.MONEY);
		euro.setUnit("EUR");
		d.getSections().get(0).getItems().add(euro);
		Field euros = TestDefinitions.form(d).field("ME").orElseThrow();
		assertEquals("€", euros.unitText());
		assertEquals("20", canonical(euros.parse("20 EUR")));
		assertEquals("SEK", new Form(d, se.isu.model.valueset.ValueSets.standard()::find, java.util.Locale.ENGLISH, 0).field("M1")
				.orElseThrow().unitText(), "the code in English");

		euro.setUnit("kronor");
		assertTrue(new DefinitionValidator(id -> java.util.Optional.empty()).problems(d).stream()
				.anyMatch(p -> p.startsWith("item ME") && p.contains("ISO 4217")), "a unit that is no currency is refused");
	}

	@Test
	void missingCodesAreTypedByKeyAndOnlyWhereAllowed() {
		assertEquals("X", assertInstanceOf(Parsed.Missing.class, parse("D1", "x")).code());
		assertEquals("N", assertInstanceOf(Parsed.Missing.class, parse("D1", "N")).code());
		assertEquals("X", assertInstanceOf(Parsed.Missing.class, parse("N1", "X")).code());
		// N1 accepts X only: N is read as a (bad) number
		assertInstanceOf(Parsed.Invalid.class, parse("N1", "N"));
	}

	@Test
	void choicesYesNoMultiChoiceScalesAndDates() {
		assertEquals("1", canonical(parse("Y1", "j")));
		assertEquals("0", canonical(parse("Y1", "0")));
		assertInstanceOf(Parsed.Invalid.class, parse("Y1", "2"));
		assertEquals("3", canonical(parse("C1", "3")));
		assertTrue(assertInstanceOf(Parsed.Invalid.class, parse("C1", "4")).message().contains("1, 2, 3, X, N"));
		assertEquals("6", canonical(parse("V1", "6")), "choices from the model value set skl.b3");
		assertEquals("Mycket nöjd", form.field("V1").orElseThrow().optionLabel("1"));
		assertEquals("1;3", canonical(parse("K1", "3, 1 3")), "sorted and de-duplicated in list order");
		assertInstanceOf(Parsed.Invalid.class, parse("K1", "1,7"));
		Field scale = form.field("SC").orElseThrow();
		assertEquals("Stort", scale.band(3).orElseThrow().label());
		assertEquals("2026-03-01", canonical(parse("DT", "20260301")));
		assertInstanceOf(Parsed.Invalid.class, parse("DT", "2026-02-30"));
		assertInstanceOf(Parsed.Empty.class, parse("T1", "   "));
	}

	@Test
	void skipLogicClearsAHiddenAnswerAndComputedItemsFollowTheirInputs() {
		AnswerSheet answers = form.newSheet();
		answers.put("Y1", "1");
		answers.put("Y2", "hos mamma");
		answers.put("D1", "4");
		answers.put("N1", "10");
		form.settle(answers);
		assertEquals("14", answers.get("CP").orElseThrow().value());
		assertTrue(form.isVisible(form.field("Y2").orElseThrow(), answers));

		answers.put("Y1", "0");
		answers.putMissing("N1", "X");
		Set<String> changed = form.settle(answers);
		assertEquals(Set.of("Y2", "CP"), changed);
		assertFalse(answers.get("Y2").isPresent(), "a hidden question was not asked: its answer goes");
		assertFalse(answers.get("CP").isPresent(), "a computed value with a missing input is missing");
	}

	@Test
	void checkReportsBadStoredValuesHiddenAnswersAndRequiredItemsOnlyWhenComplete() {
		AnswerSheet answers = form.newSheet();
		answers.put("C1", "9");
		answers.put("Y2", "text although Y1 is not 1");
		answers.put("ZZ", "1");
		List<String> fields = form.check(answers, false).stream().map(Violation::field).toList();
		assertEquals(List.of("C1", "Y2", "ZZ"), fields.stream().sorted().toList());

		AnswerSheet empty = form.newSheet();
		assertEquals(List.of(), form.check(empty, false), "a draft may be empty");
		assertEquals(List.of("N1"), form.check(empty, true).stream().map(Violation::field).toList(),
				"complete: N1 is required; Y2 is required but hidden");
		empty.put("Y1", "1");
		assertEquals(List.of("N1", "Y2"), form.check(empty, true).stream().map(Violation::field).toList());
		empty.putMissing("N1", "X");
		empty.put("Y2", "svar");
		assertEquals(List.of(), form.check(empty, true), "a missing code answers a required item");
	}

	@Test
	void progressCountsVisibleAnsweredItems() {
		AnswerSheet answers = form.newSheet();
		var section = form.sections().get(0);
		assertEquals(10, form.progress(section, answers)[1], "11 typed items minus the hidden Y2");
		answers.put("Y1", "1");
		answers.putMissing("D1", "X");
		assertEquals(2, form.progress(section, answers)[0]);
		assertEquals(11, form.progress(section, answers)[1]);
	}

	@Test
	void anItemsMissingCodesMatchTheDefinitionsWhateverTheCase() {
		var definition = TestDefinitions.everyType();
		definition.getSections().get(0).getItems().get(1).getMissingCodes().add("x"); // D1 lists x in lower case
		Form lower = TestDefinitions.form(definition);
		assertEquals("X", assertInstanceOf(Parsed.Missing.class, lower.field("D1").orElseThrow().parse("X")).code());
		assertInstanceOf(Parsed.Invalid.class, lower.field("D1").orElseThrow().parse("N"), "only X is listed");
	}

	@Test
	void aDecimalItemTakesAnImportedScoreSuchAsTamR() {
		var definition = TestDefinitions.everyType();
		var tam = TestDefinitions.item("TAM", se.isu.model.instrument.ItemType.DECIMAL);
		tam.setMin(0);
		tam.setMax(1);
		definition.getSections().get(0).getItems().add(tam);
		definition.getScores().add(TestDefinitions.score("tam", se.isu.model.instrument.ScoreCombination.MEAN,
				se.isu.model.instrument.MissingScoreRule.ANY_MISSING,
				TestDefinitions.component("TAM", se.isu.model.instrument.ComponentTransform.VALUE, 0)));
		Form withTam = TestDefinitions.form(definition);
		Form.Field field = withTam.field("TAM").orElseThrow();
		assertEquals("0.72", canonical(field.parse("0,720")));
		assertEquals("1", canonical(field.parse("1")));
		assertTrue(assertInstanceOf(Parsed.Invalid.class, field.parse("1.2")).message().contains("utanför"));
		assertTrue(assertInstanceOf(Parsed.Invalid.class, field.parse("hög")).message().contains("skriv ett tal"));
		AnswerSheet answers = withTam.newSheet();
		answers.put("TAM", "0.72");
		assertEquals(0.72, DeclarativeScoring.value(definition.getScores().get(0), answers), 1e-12);
	}

	// case editor area, issue 12: a day that is not in the calendar is told so, not told the shape
	@Test
	void aDateNotInTheCalendarIsToldSo() {
		String message = assertInstanceOf(Parsed.Invalid.class, parse("DT", "2025-02-30")).message();
		assertTrue(message.endsWith("2025-02-30 finns inte i kalendern."), message);
		assertTrue(assertInstanceOf(Parsed.Invalid.class, parse("DT", "30/2")).message().contains("ÅÅÅÅ-MM-DD"));
	}
}
