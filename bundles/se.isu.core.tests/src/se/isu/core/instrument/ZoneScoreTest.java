package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.model.instrument.ComponentTransform;
import se.isu.model.valueset.ValueSets;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.ScoreBand;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.ScoreDefinition;

/**
 * Zone scores (decision 101): bands conditioned on the client's legal sex and age name the zone of an earlier score,
 * as AUDIT's risk zones do; the validator refuses bands that overlap, leave values out or are never reached.
 */
class ZoneScoreTest {

	private static final int WOMAN = 1;
	private static final int MAN = 2;

	private final DefinitionValidator validator = new DefinitionValidator(ValueSets.standard()::find);

	/** N1 (0..99) summed into "t" 0..10, and a zone score over it: men 0-7 / 8-10, women 0-5 / 6-10, men 66+ 0-6 / 7-10. */
	private static InstrumentDefinition definition(ScoreBand... bands) {
		InstrumentDefinition d = TestDefinitions.everyType();
		ScoreDefinition total = TestDefinitions.score("t", ScoreCombination.SUM, MissingScoreRule.ANY_MISSING,
				TestDefinitions.component("N1", ComponentTransform.VALUE, 0));
		total.setMin(0.0);
		total.setMax(10.0);
		total.setDecimals(0);
		d.getScores().add(total);
		ScoreDefinition zone = TestDefinitions.score("t.zon", ScoreCombination.SUM, MissingScoreRule.ANY_MISSING);
		zone.setBandsOf("t");
		zone.getBands().addAll(List.of(bands));
		d.getScores().add(zone);
		return d;
	}

	private static ScoreBand band(double from, double to, int zone, Integer sex, Integer minAge, Integer maxAge) {
		ScoreBand b = TestDefinitions.F.createScoreBand();
		b.setFrom(from);
		b.setTo(to);
		b.setZone(zone);
		b.setLegalSex(sex);
		b.setMinAge(minAge);
		b.setMaxAge(maxAge);
		b.setLabel(zone == 0 ? "Under" : "Över");
		b.setLabelEn(zone == 0 ? "Below" : "Above");
		return b;
	}

	private static InstrumentDefinition sound() {
		return definition(band(0, 6, 0, MAN, 66, null), band(7, 10, 1, MAN, 66, null),
				band(0, 7, 0, MAN, null, null), band(8, 10, 1, MAN, null, null),
				band(0, 5, 0, WOMAN, null, null), band(6, 10, 1, WOMAN, null, null));
	}

	private static Double zone(InstrumentDefinition d, String n1, ClientFacts client) {
		Form form = TestDefinitions.form(d);
		AnswerSheet sheet = form.newSheet();
		if (n1.equals("X")) {
			sheet.putMissing("N1", "X");
		} else {
			sheet.put("N1", n1);
		}
		return DeclarativeScoring.score(form, sheet, client).stream().filter(s -> s.getScoreId().equals("t.zon"))
				.findFirst().orElseThrow().getValue();
	}

	@Test
	void theFirstConditionThatFitsTheClientChoosesTheBand() {
		InstrumentDefinition d = sound();
		assertEquals(List.of(), validator.problems(d));
		assertEquals(0.0, zone(d, "7", new ClientFacts(MAN, 40)), "a man of 40 reaches the zone at 8");
		assertEquals(1.0, zone(d, "8", new ClientFacts(MAN, 40)));
		assertEquals(1.0, zone(d, "7", new ClientFacts(MAN, 66)), "over 65: at 7");
		assertEquals(0.0, zone(d, "7", new ClientFacts(MAN, 65)), "65 is not over 65");
		assertEquals(1.0, zone(d, "6", new ClientFacts(WOMAN, 20)));
		assertEquals(0.0, zone(d, "5", new ClientFacts(WOMAN, 70)));
	}

	@Test
	void anUnknownSexOrAgeOrAMissingScoreGivesNoZoneRatherThanAGuess() {
		InstrumentDefinition d = sound();
		assertNull(zone(d, "9", ClientFacts.UNKNOWN), "no condition fits a client of unknown sex");
		assertEquals(1.0, zone(d, "9", new ClientFacts(MAN, null)), "the men's bands with no age need no age");
		assertNull(zone(d, "X", new ClientFacts(WOMAN, 30)), "the total is missing (ANY_MISSING), so is its zone");
		Form form = TestDefinitions.form(d);
		AnswerSheet sheet = form.newSheet();
		sheet.put("N1", "9");
		assertNull(DeclarativeScoring.score(form, sheet).get(1).getValue(), "scored without the client: no zone");
	}

	@Test
	void aZoneScoresValuesAreNamedByZoneOnce() {
		ScoreScale scale = ScoreScale.of(sound().getScores().get(1), true);
		assertEquals(2, scale.bands().size());
		assertEquals("Above", scale.band(1).orElseThrow().label());
	}

	@Test
	void overlappingBandsOfOneConditionAreRefusedNamingTheConditionAndTheValues() {
		List<String> problems = validator.problems(definition(band(0, 7, 0, MAN, null, null), band(7, 10, 1, MAN, null, null)));
		assertTrue(problems.contains("score t.zon (legalSex=2): band 7-10 overlaps the band before it (t values from 8 are not yet taken)"),
				problems.toString());
	}

	@Test
	void valuesInNoBandOfACondititionAreRefused() {
		List<String> gap = validator.problems(definition(band(0, 5, 0, WOMAN, null, null), band(7, 10, 1, WOMAN, null, null)));
		assertTrue(gap.contains("score t.zon (legalSex=1): values 6 to 6 of t are in no band"), gap.toString());
		List<String> shortEnd = validator.problems(definition(band(0, 5, 0, WOMAN, 16, 25), band(6, 9, 1, WOMAN, 16, 25)));
		assertTrue(shortEnd.contains("score t.zon (legalSex=1 age 16-25): values 10 to 10 of t are in no band"), shortEnd.toString());
	}

	@Test
	void aConditionNeverReachedAnUnknownSexCodeAndAZoneScoreWithoutItsScoreAreRefused() {
		List<String> shadowed = validator.problems(definition(band(0, 10, 0, null, null, null),
				band(0, 7, 0, MAN, 16, 25), band(8, 10, 1, MAN, 16, 25)));
		assertTrue(shadowed.stream().anyMatch(p -> p.startsWith("score t.zon (legalSex=2 age 16-25): never used")), shadowed.toString());
		List<String> sex = validator.problems(definition(band(0, 10, 0, 3, null, null)));
		assertTrue(sex.stream().anyMatch(p -> p.contains("legalSex 3 is not a code of skl.juridisktKon")), sex.toString());
		InstrumentDefinition d = definition(band(0, 10, 0, null, null, null));
		d.getScores().get(d.getScores().size() - 1).setBandsOf("nothing");
		assertTrue(validator.problems(d).contains("score t.zon: bandsOf nothing is not an earlier score of the definition"),
				validator.problems(d).toString());
	}
}
