package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.ScoreBand;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.ScoreDefinition;

/** A score's range, compilation bands and decimals come from its definition, whatever the range (decision 59). */
class ScoreScaleTest {

	private static ScoreDefinition score(Double min, Double max, Double step, Integer decimals) {
		ScoreDefinition s = TestDefinitions.score("s", ScoreCombination.SUM, MissingScoreRule.ANY_MISSING,
				TestDefinitions.component("D1", ComponentTransform.VALUE, 0));
		s.setMin(min);
		s.setMax(max);
		s.setStep(step);
		s.setDecimals(decimals);
		return s;
	}

	@Test
	void aCompositeFromZeroToOneIsBandedInTenthsWithTwoDecimals() {
		ScoreScale scale = ScoreScale.of(score(0.0, 1.0, 0.1, 2), false);
		assertEquals("0,30\u20130,40", scale.bandLabel(new BigDecimal("0.3")));
		assertEquals("asi.grund/cs.alkohol:0.1:2", scale.parameter("asi.grund/cs.alkohol"));
	}

	@Test
	void auditFromZeroToFortyIsBandedInFivesAndARatingFromOneToTenInOnes() {
		assertEquals("5\u201310", ScoreScale.of(score(0.0, 40.0, 5.0, null), false).bandLabel(new BigDecimal("5")));
		ScoreScale rating = ScoreScale.of(score(1.0, 10.0, 1.0, 0), false);
		assertEquals("7\u20138", rating.bandLabel(new BigDecimal("7")));
		assertEquals("7", rating.format(7));
	}

	@Test
	void withoutAStepARangeIsBandedInTenthsOfItAndWithoutARangeInOnes() {
		assertEquals(new BigDecimal("4"), ScoreScale.of(score(0.0, 40.0, null, null), false).step());
		assertEquals(BigDecimal.ONE, ScoreScale.of(score(null, null, null, null), false).step());
	}

	@Test
	void aDimensionParameterCarriesTheScaleToTheStoreAndTheLabels() {
		ScoreScale parsed = ScoreScale.fromParameter("x.y/total:0.25:2").orElseThrow();
		assertEquals(new BigDecimal("0.25"), parsed.step());
		assertEquals("1,00\u20131,25", parsed.bandLabel(BigDecimal.ONE));
		assertEquals("x.y/total", ScoreScale.baseOf("x.y/total:0.25:2"));
		assertTrue(ScoreScale.fromParameter("x.y/total").isEmpty());
	}

	@Test
	void namedBandsOfAScoreAreFoundByValueAndReadInTheUsersLanguage() {
		ScoreDefinition audit = score(0.0, 40.0, 5.0, 0);
		ScoreBand risky = TestDefinitions.F.createScoreBand();
		risky.setFrom(8);
		risky.setTo(15);
		risky.setLabel("Riskbruk");
		risky.setLabelEn("Risky use");
		audit.getBands().add(risky);
		assertEquals("Risky use", ScoreScale.of(audit, true).band(12).orElseThrow().label());
		assertTrue(ScoreScale.of(audit, false).band(20).isEmpty());
	}

	@Test
	void aScaleThatIsNoRangeOrABandOutsideItIsRefusedNamingTheScore() {
		InstrumentDefinition d = TestDefinitions.everyType();
		ScoreDefinition broken = score(10.0, 1.0, -1.0, 9);
		ScoreBand outside = TestDefinitions.F.createScoreBand();
		outside.setFrom(0);
		outside.setTo(50);
		outside.setLabel("x");
		broken.getBands().add(outside);
		d.getScores().add(broken);
		String problems = new DefinitionValidator(id -> java.util.Optional.empty()).problems(d).toString();
		assertTrue(problems.contains("score s: min 10.0 is not below max 1.0"), problems);
		assertTrue(problems.contains("score s: step -1.0 must be above zero"), problems);
		assertTrue(problems.contains("score s: decimals 9 must be 0 to 6"), problems);
		assertTrue(problems.contains("score s: band 0.0-50.0 is not inside the score's range"), problems);
	}
}
