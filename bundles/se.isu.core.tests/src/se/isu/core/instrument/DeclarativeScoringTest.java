package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.isu.core.instrument.TestDefinitions.component;
import static se.isu.core.instrument.TestDefinitions.score;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.ScoreDefinition;

/** Hand-computed values for every transform, combination and missing rule. */
class DeclarativeScoringTest {

	private final AnswerSheet answers = new AnswerSheet(Set.of("K"));

	@Test
	void meanOfScaledComponents() {
		answers.put("D", "12");
		answers.put("W", "3");
		ScoreDefinition s = score("s", ScoreCombination.MEAN, MissingScoreRule.ANY_MISSING,
				component("D", ComponentTransform.SCALED, 30), component("W", ComponentTransform.SCALED, 4));
		assertEquals((12 / 30.0 + 3 / 4.0) / 2, DeclarativeScoring.value(s, answers), 1e-12); // 0.575
	}

	@Test
	void anyMissingComponentMakesTheScoreMissingNeverZero() {
		answers.put("D", "12");
		answers.putMissing("W", "X");
		ScoreDefinition s = score("s", ScoreCombination.MEAN, MissingScoreRule.ANY_MISSING,
				component("D", ComponentTransform.SCALED, 30), component("W", ComponentTransform.SCALED, 4));
		assertNull(DeclarativeScoring.value(s, answers));
		answers.clear("W");
		assertNull(DeclarativeScoring.value(s, answers), "unanswered counts as missing too");
	}

	@Test
	void proratingUsesTheAnsweredComponentsWhenEnoughAreAnswered() {
		answers.put("A", "2");
		answers.putMissing("B", "N");
		answers.put("C", "4");
		ScoreDefinition s = score("s", ScoreCombination.MEAN, MissingScoreRule.PRORATE,
				component("A", ComponentTransform.SCALED, 4), component("B", ComponentTransform.SCALED, 4),
				component("C", ComponentTransform.SCALED, 4));
		s.setMinAnswered(2);
		assertEquals((0.5 + 1.0) / 2, DeclarativeScoring.value(s, answers), 1e-12);
		s.setMinAnswered(3);
		assertNull(DeclarativeScoring.value(s, answers));
	}

	@Test
	void oneMinusMeanWithYesNoAndLogMoney() {
		answers.put("L", "1");
		answers.put("M", "15000");
		ScoreDefinition s = score("s", ScoreCombination.ONE_MINUS_MEAN, MissingScoreRule.ANY_MISSING,
				component("L", ComponentTransform.YES_NO, 0), component("M", ComponentTransform.LOG_MONEY, 120000));
		double money = Math.log(15001) / Math.log(120001); // 0.8232...
		assertEquals(1 - (1 + money) / 2, DeclarativeScoring.value(s, answers), 1e-12);
	}

	@Test
	void logMoneyIsCappedAtItsMax() {
		answers.put("M", "55000");
		ScoreDefinition s = score("s", ScoreCombination.MEAN, MissingScoreRule.ANY_MISSING,
				component("M", ComponentTransform.LOG_MONEY, 40000));
		assertEquals(1.0, DeclarativeScoring.value(s, answers), 1e-12);
	}

	@Test
	void weightedSumOfMatchesCountsYesAnswersLikeFreda() {
		answers.put("F1", "ja");
		answers.put("F2", "nej");
		answers.put("F3", "ja");
		answers.put("K", "2;3");
		ScoreComponent k = component("K", ComponentTransform.MATCHES, 0);
		k.setCode("3");
		k.setWeight(2);
		ScoreComponent[] parts = { matches("F1"), matches("F2"), matches("F3"), k };
		ScoreDefinition s = score("s", ScoreCombination.SUM, MissingScoreRule.ANY_MISSING, parts);
		assertEquals(1 + 0 + 1 + 2, DeclarativeScoring.value(s, answers), 1e-12);
	}

	@Test
	void valueTransformPassesImportedScoresThrough() {
		answers.put("TAM", "0.72");
		ScoreDefinition s = score("s", ScoreCombination.MEAN, MissingScoreRule.ANY_MISSING,
				component("TAM", ComponentTransform.VALUE, 0));
		assertEquals(0.72, DeclarativeScoring.value(s, answers), 1e-12);
	}

	private static ScoreComponent matches(String item) {
		ScoreComponent c = component(item, ComponentTransform.MATCHES, 0);
		c.setCode("ja");
		return c;
	}
}
