package se.isu.instrument.asi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.Score;
import se.isu.testkit.OsgiServices;

/**
 * The composite scores against the worked examples computed by hand in docs/instruments/asi.md, on both forms,
 * through the ASI scorer service the assessment service uses.
 */
class AsiScoringTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	static Stream<Arguments> workedExamples() {
		return Stream.of(
				Arguments.of(1, "cs.fysisk", Map.of("B9", "12", "B10", "3", "B11", "2"), 0.5500),
				Arguments.of(2, "cs.rattsligt", Map.of("F13", "X", "F16", "10", "C16", "5000", "F19", "2", "F20", "3"), null),
				Arguments.of(3, "cs.arbete", Map.of("C3", "1", "C4", "0", "C9", "12", "C10", "15000"), 0.4444),
				Arguments.of(4, "cs.alkohol", Map.of("D1", "25", "D3", "20", "D12", "55000", "D14", "20", "D15", "3", "D16", "4"), 0.8194),
				Arguments.of(5, "cs.psykisk", Map.ofEntries(Map.entry("I4", "1"), Map.entry("I6", "1"), Map.entry("I8", "0"),
						Map.entry("I10", "1"), Map.entry("I12", "0"), Map.entry("I14", "1"), Map.entry("I16", "0"),
						Map.entry("I18", "1"), Map.entry("I20", "10"), Map.entry("I21", "3"), Map.entry("I22", "2")), 0.5985),
				Arguments.of(6, "cs.familj", Map.of("H2", "0", "H4", "1", "H27", "6", "H30", "2", "H31", "3"), 0.4900),
				Arguments.of(7, "cs.narkotika", Map.of("E1", "10", "E7", "15", "E11", "8", "E35", "20", "E36", "3", "E37", "3",
						"E2", "25"), 0.2513));
	}

	@ParameterizedTest(name = "worked example {0}: {1}")
	@MethodSource("workedExamples")
	void compositeScoresEqualTheHandComputedExamples(int example, String scoreId, Map<String, String> answers, Double expected) {
		for (String instrument : List.of(AsiContribution.GRUND, AsiContribution.UPPFOLJNING)) {
			Form form = registry.form(instrument, "2022.1", null).orElseThrow();
			AnswerSheet sheet = AsiAnswers.complete(form, answers);
			Double actual = score(registry.scorer(instrument).score(form, sheet), scoreId);
			if (expected == null) {
				assertNull(actual, instrument + " example " + example);
			} else {
				assertEquals(expected, actual, 0.00005, instrument + " example " + example);
			}
		}
	}

	@Test
	void theScorerCountsAreasWhereTheInterviewerSaysHelpIsNeeded() {
		Form form = registry.form(AsiContribution.GRUND, "2022.1", null).orElseThrow();
		AnswerSheet sheet = AsiAnswers.complete(form, Map.of("B12", "4", "D17", "9", "E38", "3", "I23", "6"));
		assertEquals(3.0, score(registry.scorer(AsiContribution.GRUND).score(form, sheet), AsiScorer.AREAS_NEEDING_HELP));
		sheet.putMissing("F21", "X");
		assertNull(score(registry.scorer(AsiContribution.GRUND).score(form, sheet), AsiScorer.AREAS_NEEDING_HELP),
				"with one rating missing the count would understate: it is missing");
	}

	private static Double score(List<Score> scores, String id) {
		return scores.stream().filter(s -> s.getScoreId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no score " + id)).getValue();
	}
}
