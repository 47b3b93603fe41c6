package se.isu.instrument.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.Score;
import se.isu.testkit.OsgiServices;

/** The worked example of docs/adding-an-instrument.md: installed, valid, scored as the guide computes by hand. */
class ExampleInstrumentTest {

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@org.junit.jupiter.api.BeforeEach
	void caseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private Form form() {
		return registry.form(ExampleContribution.UPPFOLJNING, "2026.1", null).orElseThrow();
	}

	private static Double score(List<Score> scores, String id) {
		return scores.stream().filter(s -> s.getScoreId().equals(id)).findFirst().orElseThrow().getValue();
	}

	private List<Score> scored(Map<String, String> answers) {
		AnswerSheet sheet = form().newSheet();
		answers.forEach((item, value) -> {
			if (value.length() == 1 && Character.isLetter(value.charAt(0))) {
				sheet.putMissing(item, value);
			} else {
				sheet.put(item, value);
			}
		});
		return registry.scorer(ExampleContribution.UPPFOLJNING).score(form(), sheet);
	}

	@Test
	void theFormIsInstalledValidAndScoredByItsOwnScorer() {
		assertTrue(registry.find(ExampleContribution.UPPFOLJNING, "2026.1").isPresent(), registry.refused().toString());
		assertFalse(registry.refused().keySet().stream().anyMatch(k -> k.startsWith("example.")), registry.refused().toString());
		assertTrue(registry.hasOwnScorer(ExampleContribution.UPPFOLJNING));
	}

	@Test
	void theGuidesWorkedExamplesScoreAsComputedByHand() {
		List<Score> scores = scored(Map.of("A2", "7", "S1", "1", "S2", "9", "S3", "0"));
		assertEquals(0.7, score(scores, "example.skattning"), 1e-9);
		assertEquals(1.0, score(scores, "example.antalJa"));
		assertEquals(0.0, score(scores, ExampleScorer.SAFE), "one yes: not safe throughout");
		assertEquals("Trygg hela perioden (inget ja om hot)", scores.stream()
				.filter(s -> s.getScoreId().equals(ExampleScorer.SAFE)).findFirst().orElseThrow().getLabel(),
				"the plugin's own label, Swedish by default (NLS)");

		List<Score> missing = scored(Map.of("A2", "7", "S1", "X", "S2", "9", "S3", "0"));
		assertEquals(0.7, score(missing, "example.skattning"), 1e-9);
		assertNull(score(missing, "example.antalJa"), "ANY_MISSING: an X makes the count missing, never zero");
		assertNull(score(missing, ExampleScorer.SAFE));
	}

	@Test
	void theFollowUpQuestionIsClearedWhenThereWasNoSupport() {
		Form form = form();
		AnswerSheet answers = form.newSheet();
		answers.put("A3", "0");
		answers.put("A4", "kyrkan");
		form.settle(answers);
		assertFalse(answers.get("A4").isPresent(), "no support elsewhere, no A4 answer");
	}
}
