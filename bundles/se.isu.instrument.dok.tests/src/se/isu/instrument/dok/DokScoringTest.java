package se.isu.instrument.dok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.Score;
import se.isu.model.instrument.ScoreBand;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The declared scores against worked examples computed by hand (docs/instruments/dok.md, "Scores"), through the
 * scorer the assessment service uses.
 */
class DokScoringTest {

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void logIn() {
		TestUsers.caseWorkerOfTestUnits();
	}

	private Form form(String id) {
		return registry.form(id, DokContribution.VERSION, null).orElseThrow();
	}

	private Double score(String instrument, Map<String, String> answers, String scoreId) {
		Form form = form(instrument);
		AnswerSheet sheet = DokAnswers.complete(form, answers);
		List<Score> scores = registry.scorer(instrument).score(form, sheet);
		return scores.stream().filter(s -> s.getScoreId().equals(scoreId)).findFirst()
				.orElseThrow(() -> new AssertionError("no score " + scoreId)).getValue();
	}

	/** NODS-CLiP: K (control), Li (lying), P (preoccupation); each yes counts 1; one or more yes is a positive screen. */
	static Stream<Arguments> nodsClip() {
		return Stream.of(
				Arguments.of("no yes", "0", "0", "0", 0.0, "Negativ screening"),
				Arguments.of("control only", "1", "0", "0", 1.0, "Positiv screening"),
				Arguments.of("lying and preoccupation", "0", "1", "1", 2.0, "Positiv screening"),
				Arguments.of("all three", "1", "1", "1", 3.0, "Positiv screening"),
				Arguments.of("control not answered", "X", "1", "0", null, null));
	}

	@ParameterizedTest(name = "NODS-CLiP {0}")
	@MethodSource("nodsClip")
	void nodsClipCountsTheYesAnswersAndBandsThem(String example, String k, String li, String p, Double expected, String band) {
		for (String instrument : List.of("speldok.inskrivning", "speldok.utskrivning", "speldok.uppfoljning")) {
			Map<String, String> answers = new HashMap<>(Map.of("adm_klientdeltar", "1", "spel_nods_kontroll", k,
					"spel_nods_ljugit", li, "spel_nods_upptagen", p));
			Double actual = score(instrument, answers, "speldok.nodsclip");
			assertEquals(expected, actual, instrument + " " + example);
			if (expected != null) {
				ScoreBand named = form(instrument).definition().getScores().stream()
						.filter(s -> s.getId().equals("speldok.nodsclip")).findFirst().orElseThrow().getBands().stream()
						.filter(b -> b.getFrom() <= actual && actual <= b.getTo()).findFirst().orElseThrow();
				assertEquals(band, named.getLabel().substring(0, band.length()), instrument + " " + example);
			}
		}
	}

	@Test
	void worriedAndNeedsHelpCountTheAreasAnsweredYes() {
		// hand count: worried about housing, substance use and mental health = 3; needs help with substance use = 1
		Map<String, String> answers = Map.of("boende_oro30", "1", "droger_oro30", "1", "psykisk_oro30", "1",
				"droger_hjalp", "1", "psykisk_hjalp", "0");
		assertEquals(3.0, score("dok.inskrivning", answers, "dok.oro"));
		assertEquals(1.0, score("dok.inskrivning", answers, "dok.hjalp"));
		assertEquals(3.0, score("boendedok.inskrivning", answers, "boendedok.oro"));

		Map<String, String> oneUnanswered = new HashMap<>(answers);
		oneUnanswered.put("familj_oro30", "X");
		assertNull(score("dok.inskrivning", oneUnanswered, "dok.oro"), "one area unanswered: the count would understate");
		assertEquals(1.0, score("dok.inskrivning", oneUnanswered, "dok.hjalp"));
	}

	@Test
	void withoutTheClientTheChangeQuestionsAreNotAskedAndTheirCountsAreMissing() {
		Map<String, String> staffAlone = Map.of("adm_klientdeltar", "0", "boende_oro30", "1");
		assertNull(score("dok.utskrivning", staffAlone, "dok.oro"));
		assertEquals(1.0, score("dok.utskrivning", Map.of("adm_klientdeltar", "1", "boende_oro30", "1"), "dok.oro"));
	}

	@Test
	void substancesCountTheRowsUsedInTheLast30DaysAndInjectionAnyRowInjected() {
		// no rows: nothing used, nobody injects
		assertEquals(0.0, score("dok.inskrivning", Map.of(), "dok.substanser"));
		assertEquals(0.0, score("dok.inskrivning", Map.of(), "dok.injektion"));
		// alcohol 12 days drunk; cannabis not in the last 30 days (0 days: not counted); amphetamine 4 days injected
		Map<String, String> rows = Map.ofEntries(
				Map.entry("substanser[1].substans", "1"), Map.entry("substanser[1].dagar30", "12"),
				Map.entry("substanser[1].intag", "2"), Map.entry("substanser[1].primar", "1"),
				Map.entry("substanser[2].substans", "2"), Map.entry("substanser[2].dagar30", "0"),
				Map.entry("substanser[2].intag", "1"), Map.entry("substanser[2].primar", "0"));
		assertEquals(1.0, score("dok.inskrivning", rows, "dok.substanser"));
		assertEquals(0.0, score("dok.inskrivning", rows, "dok.injektion"));
		Map<String, String> injected = new HashMap<>(rows);
		injected.put("substanser[3].substans", "3");
		injected.put("substanser[3].dagar30", "4");
		injected.put("substanser[3].intag", "4");
		injected.put("substanser[3].primar", "0");
		assertEquals(2.0, score("dok.inskrivning", injected, "dok.substanser"));
		assertEquals(1.0, score("dok.inskrivning", injected, "dok.injektion"));
		assertEquals(2.0, score("speldok.utskrivning", injected, "speldok.substanser"));
	}
}
