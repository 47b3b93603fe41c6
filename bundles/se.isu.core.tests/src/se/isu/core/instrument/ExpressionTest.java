package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionTest {

	private final AnswerSheet answers = new AnswerSheet(Set.of("K1"));

	@Test
	void comparesNumbersAndCombinesWithAndOrNot() {
		answers.put("A", "3");
		answers.put("B", "0");
		assertTrue(Expression.parse("A = 3").test(answers));
		assertTrue(Expression.parse("A == 3 and B < 1").test(answers));
		assertTrue(Expression.parse("A > 5 or not B != 0").test(answers));
		assertFalse(Expression.parse("A >= 4").test(answers));
		assertTrue(Expression.parse("(A + B) * 2 = 6").test(answers));
	}

	@Test
	void anUnansweredOrMissingItemMakesEveryComparisonFalse() {
		answers.putMissing("A", "X");
		assertFalse(Expression.parse("A = 1").test(answers));
		assertFalse(Expression.parse("A != 1").test(answers), "missing is not 'different from 1' either");
		assertFalse(Expression.parse("U > 0").test(answers));
		assertTrue(Expression.parse("missing(A) and not answered(A) and not answered(U)").test(answers));
		assertNull(Expression.parse("A + 1").evaluate(answers));
	}

	@Test
	void inAndMultipleChoiceMembership() {
		answers.put("C", "2");
		answers.put("K1", "1;3");
		assertTrue(Expression.parse("C in (1, 2)").test(answers));
		assertFalse(Expression.parse("C in (3)").test(answers));
		assertTrue(Expression.parse("K1 = 3").test(answers));
		assertFalse(Expression.parse("K1 = 2").test(answers));
		assertTrue(Expression.parse("K1 in (2, 3)").test(answers));
	}

	@Test
	void textAndDivisionByZero() {
		answers.put("T", "ja");
		assertTrue(Expression.parse("T = 'ja'").test(answers));
		answers.put("Z", "0");
		assertNull(Expression.parse("1 / Z").evaluate(answers));
		assertEquals(2.5, Expression.parse("5 / 2").evaluate(answers));
	}

	@Test
	void listsTheItemsItReads() {
		assertEquals(List.of("A1", "B.2", "C_3"),
				List.copyOf(Expression.parse("A1 = 1 and (answered(B.2) or C_3 in (1, 2))").references()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "A =", "A = = 1", "(A = 1", "A = 1)", "A in 1", "A $ 1", "'open", "answered(1)",
			"A = 1 and", "Runtime.exec('x')" })
	void malformedExpressionsAreRefusedWithThePosition(String source) {
		Expression.ExpressionException e = assertThrows(Expression.ExpressionException.class, () -> Expression.parse(source));
		assertTrue(e.getMessage().contains("position"), e.getMessage());
	}

	// Robustness (issue 12): a rule nested thousands of levels deep is refused with the position and the limit,
	// never a StackOverflowError.
	@ParameterizedTest
	@ValueSource(strings = { "(", "not ", "- " })
	void nestingDeeperThanTheLimitIsRefusedNamingThePositionAndTheLimit(String opener) {
		String source = opener.repeat(Expression.MAX_DEPTH + 1) + "1"
				+ (opener.equals("(") ? ")".repeat(Expression.MAX_DEPTH + 1) : "");
		Expression.ExpressionException e = assertThrows(Expression.ExpressionException.class, () -> Expression.parse(source));
		assertTrue(e.getMessage().contains("nested deeper than " + Expression.MAX_DEPTH), e.getMessage());
		int expectedPosition = opener.length() * Expression.MAX_DEPTH + 1;
		assertTrue(e.getMessage().contains("position " + expectedPosition), e.getMessage());
		String atTheLimit = opener.repeat(Expression.MAX_DEPTH) + "1" + (opener.equals("(") ? ")".repeat(Expression.MAX_DEPTH) : "");
		Expression.parse(atTheLimit); // the limit itself is allowed
	}

	@Test
	void aRuleNestedThousandsOfLevelsDeepIsRefusedNotAStackOverflow() {
		String source = "(".repeat(5000) + "A = 1" + ")".repeat(5000);
		// Before the limits this parsed 5000 levels deep and threw StackOverflowError.
		Expression.ExpressionException e = assertThrows(Expression.ExpressionException.class, () -> Expression.parse(source));
		assertTrue(e.getMessage().contains(String.valueOf(Expression.MAX_LENGTH)), e.getMessage());
		assertTrue(e.getMessage().length() < 300, "the message quotes the start of the rule, not all of it");
	}

	@Test
	void aLongFlatRuleWithinTheLengthLimitStillEvaluates() {
		String source = "1" + " + 1".repeat((Expression.MAX_LENGTH - 1) / 4);
		assertEquals((Expression.MAX_LENGTH - 1) / 4 + 1, Expression.parse(source).evaluate(answers).intValue());
	}
}
