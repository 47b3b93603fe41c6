package se.isu.instrument.suv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * FREDA's counts on worked examples written out here (and in docs/instruments/suv.md): the risk assessment is the
 * number of "ja" among D1–D15, "vet ej" is an answer that is not ja, one unanswered or refused item makes the count
 * missing (never a smaller number), and the client's own estimate is a score of its own beside it.
 */
class FredaScoringTest {

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void caseWorker() {
		TestUsers.caseWorkerOfTestUnits();
	}

	/** D1..D15 all given {@code value}, then the exceptions. */
	private static Map<String, String> risk(String value, String... exceptions) {
		Map<String, String> answers = new HashMap<>();
		for (int i = 1; i <= 15; i++) {
			answers.put("D" + i, value);
		}
		for (int i = 0; i < exceptions.length; i += 2) {
			if (exceptions[i + 1] == null) {
				answers.remove(exceptions[i]);
			} else {
				answers.put(exceptions[i], exceptions[i + 1]);
			}
		}
		return answers;
	}

	static Stream<Arguments> riskExamples() {
		return Stream.of(
				// name, D answers, the client's own estimate V1, expected ja, expected own estimate
				Arguments.of("all 15 ja", risk("1"), "3", 15.0, 3.0),
				Arguments.of("none: all nej", risk("0"), "0", 0.0, 0.0),
				Arguments.of("4 ja, 3 vet ej, 8 nej", risk("0", "D1", "1", "D2", "1", "D4", "1", "D7", "1", "D8", "9", "D9", "9",
						"D13", "9"), "2", 4.0, 2.0),
				Arguments.of("all vet ej", risk("9"), "4", 0.0, 4.0),
				Arguments.of("D5 not answered, the rest ja", risk("1", "D5", null), "4", null, 4.0),
				Arguments.of("D5 refused (X), the rest ja", risk("1", "D5", "X"), "1", null, 1.0),
				Arguments.of("own estimate refused", risk("0", "D3", "1"), "X", 1.0, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("riskExamples")
	void theRiskAssessmentIsTheNumberOfJaBesideTheClientsOwnEstimate(String name, Map<String, String> d, String own,
			Double expectedJa, Double expectedOwn) {
		Form form = registry.form(SuvContribution.FREDA_RISK, SuvDefinitionsTest.VERSION, null).orElseThrow();
		Map<String, String> answers = new HashMap<>(d);
		answers.put("V1", own);
		List<Score> scores = registry.scorer(SuvContribution.FREDA_RISK).score(form, sheet(form, answers));
		assertEquals(expectedJa, score(scores, "freda.ja"), name);
		assertEquals(expectedOwn, score(scores, "freda.egenRisk"), name);
	}

	@Test
	void theShortQuestionsCountTheirJaAndAMissingAnswerMakesTheCountMissing() {
		Form form = registry.form(SuvContribution.FREDA_SHORT, SuvDefinitionsTest.VERSION, null).orElseThrow();
		Map<String, String> answers = new HashMap<>(Map.of("K1", "1", "K2", "0", "K3", "1", "K4", "0"));
		assertEquals(2.0, score(registry.scorer(SuvContribution.FREDA_SHORT).score(form, sheet(form, answers)), "freda.kort.ja"));
		answers.remove("K4");
		assertNull(score(registry.scorer(SuvContribution.FREDA_SHORT).score(form, sheet(form, answers)), "freda.kort.ja"));
	}

	@Test
	void theDescriptionCountsTheActsThatOccurredPerFormOfViolence() {
		Form form = registry.form(SuvContribution.FREDA_DESCRIPTION, SuvDefinitionsTest.VERSION, null).orElseThrow();
		Map<String, String> answers = new HashMap<>();
		// psychological: P1 many times, P3 once, P6 a few times = 3 acts; physical none = 0; sexual S1 once = 1
		List.of("P1=3", "P2=0", "P3=1", "P4=0", "P5=0", "P6=2", "Y1=0", "Y2=0", "Y3=0", "Y4=0", "Y5=0", "Y6=0", "S1=1", "S2=0",
				"S3=0").forEach(a -> answers.put(a.split("=")[0], a.split("=")[1]));
		List<Score> scores = registry.scorer(SuvContribution.FREDA_DESCRIPTION).score(form, sheet(form, answers));
		assertEquals(3.0, score(scores, "freda.beskrivning.psyk"));
		assertEquals(0.0, score(scores, "freda.beskrivning.fys"));
		assertEquals(1.0, score(scores, "freda.beskrivning.sex"));
		answers.put("Y4", "X");
		assertNull(score(registry.scorer(SuvContribution.FREDA_DESCRIPTION).score(form, sheet(form, answers)),
				"freda.beskrivning.fys"), "a refused act: the count is missing, not 0");
	}

	@Test
	void suvCountsTheFormsOfViolenceOfThePartAskedAtThisRegistration() {
		Form form = registry.form(SuvContribution.VICTIM, SuvDefinitionsTest.VERSION, null).orElseThrow();
		// at the start: physical, psychological and sexual violence, feeling safe 4 of 10
		AnswerSheet start = sheet(form, Map.of("R1", "1", "fvald[1].fform", "1", "fvald[2].fform", "2", "fvald[3].fform", "3", "F6", "4"));
		List<Score> before = registry.scorer(SuvContribution.VICTIM).score(form, start);
		assertEquals(3.0, score(before, "suv.valdsformer"));
		assertEquals(4.0, score(before, "suv.trygghet"));
		// at closure: psychological only, 8 of 10; the Före answers typed by mistake are cleared as not asked
		AnswerSheet end = sheet(form, Map.of("R1", "2", "fvald[1].fform", "1", "fvald[2].fform", "2", "evald[1].eform", "2", "E4", "8"));
		assertFalse(end.isAnswered("fvald[1].fform"), "Före insats is not asked at closure");
		List<Score> after = registry.scorer(SuvContribution.VICTIM).score(form, end);
		assertEquals(1.0, score(after, "suv.valdsformer"));
		assertEquals(8.0, score(after, "suv.trygghet"));
		assertEquals(0.0, score(registry.scorer(SuvContribution.VICTIM).score(form, sheet(form, Map.of("R1", "2"))), "suv.valdsformer"),
				"no form of violence listed since the start: none");
		assertNull(score(registry.scorer(SuvContribution.VICTIM).score(form, sheet(form, Map.of("R1", "2"))), "suv.trygghet"),
				"no rating: missing, not 0");
	}

	/** The answers put as typed (single letters are missing codes), then the form's skip rules applied. */
	static AnswerSheet sheet(Form form, Map<String, String> answers) {
		AnswerSheet sheet = form.newSheet();
		answers.forEach((item, value) -> {
			if (value == null) {
				return;
			}
			if (value.length() == 1 && Character.isLetter(value.charAt(0))) {
				sheet.putMissing(item, value);
			} else {
				sheet.put(item, value);
			}
		});
		form.settle(sheet);
		return sheet;
	}

	static Double score(List<Score> scores, String id) {
		return scores.stream().filter(s -> s.getScoreId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no score " + id + " in " + scores)).getValue();
	}
}
