package se.isu.instrument.suv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ScheduleRule;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The shipped SUV and FREDA definitions load, pass the definition rules, and hold what the validator does not check:
 * the eight parts in SU-verktyget's order, occasions and schedule, baselines, the items the reports compile, and
 * labels that are paraphrases with the licence note.
 */
class SuvDefinitionsTest {

	static final String VERSION = "2026.1";
	static final List<String> ALL = List.of(SuvContribution.VICTIM, SuvContribution.PERPETRATOR, SuvContribution.FREDA_SHORT,
			SuvContribution.FREDA_DESCRIPTION, SuvContribution.FREDA_RISK);

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void caseWorker() {
		TestUsers.caseWorkerOfTestUnits();
	}

	private InstrumentDefinition definition(String id) {
		return registry.find(id, VERSION)
				.orElseThrow(() -> new AssertionError(id + " not installed; refused: " + registry.refused()));
	}

	@Test
	void allFiveFormsAreInstalledFromThePluginAndNoneIsRefused() {
		assertEquals(Map.of(), registry.refused());
		List<InstrumentRegistry.Installed> ours = registry.installed().stream()
				.filter(i -> i.source().startsWith("se.isu.instrument.suv")).toList();
		assertEquals(ALL.stream().sorted().toList(), ours.stream().map(i -> i.definition().getId()).sorted().toList());
		assertTrue(ours.stream().noneMatch(InstrumentRegistry.Installed::ownScorer), "every score is declarative");
	}

	@Test
	void bothSuvFormsHaveTheEightPartsInSuVerktygetsOrder() {
		List<String> parts = List.of("Bakgrund", "Före insats", "Förändringsmål", "Insatser", "Under insats", "Efter insats",
				"Brukaruppföljning", "Avslutning");
		for (String id : List.of(SuvContribution.VICTIM, SuvContribution.PERPETRATOR)) {
			List<String> labels = definition(id).getSections().stream().map(s -> s.getLabel()).toList();
			assertEquals("Registrering", labels.get(0), id);
			assertEquals(parts, labels.subList(1, labels.size()), id);
		}
	}

	@Test
	void theSuvFormsAreRegisteredAtTheStartAndAtClosureAndCompareWithTheStart() {
		for (String id : List.of(SuvContribution.VICTIM, SuvContribution.PERPETRATOR)) {
			InstrumentDefinition d = definition(id);
			assertEquals(List.of("INTAKE", "DISCHARGE"), d.getOccasionKinds().stream().map(Object::toString).toList());
			List<String> rules = d.getSchedule().stream().map(SuvDefinitionsTest::rule).toList();
			assertEquals(List.of("INTAKE@INTERVENTION_START+0d±14", "DISCHARGE@CLOSURE+0d±14"), rules, id);
			assertEquals(id, d.getBaselineInstrument(), "its own baseline: after is compared with before");
			assertEquals("INTAKE", String.valueOf(d.getBaselineOccasionKind()));
		}
		assertEquals(SuvContribution.FREDA_RISK, definition(SuvContribution.FREDA_RISK).getBaselineInstrument());
	}

	private static String rule(ScheduleRule r) {
		return r.getOccasionKind() + "@" + r.getAnchor() + "+" + r.getOffsetDays() + "d±" + r.getToleranceDays();
	}

	@Test
	void theItemsTheReportsCompileExistWithTheirChoices() {
		Form victim = registry.form(SuvContribution.VICTIM, VERSION, null).orElseThrow();
		// forms of violence, relation, honour, FREDA used, interventions, goal attainment, återaktualisering
		assertEquals(9, victim.field("fform").orElseThrow().options().size(), "forms of violence");
		assertEquals("fvald", victim.field("fform").orElseThrow().group().orElseThrow().id(), "a row per form: compiled per answer");
		assertEquals(9, victim.field("eform").orElseThrow().options().size(), "the same forms after");
		assertEquals("utovare", victim.field("relation").orElseThrow().group().orElseThrow().id(), "relation per perpetrator, a repeating group");
		assertEquals(List.of("1", "0", "9"), codes(victim, "B5"));
		assertEquals(List.of("1", "0"), codes(victim, "F4"));
		assertEquals(9, victim.field("insatstyp").orElseThrow().options().size());
		assertEquals("insats", victim.field("insatstyp").orElseThrow().group().orElseThrow().id());
		assertEquals(List.of("1", "2", "3", "4"), codes(victim, "E2"));
		assertEquals(List.of("1", "0", "9"), codes(victim, "B1"));
		assertEquals(5, victim.field("K1").orElseThrow().options().size(), "brukaruppföljning: the support's significance 1-5");
		Form perpetrator = registry.form(SuvContribution.PERPETRATOR, VERSION, null).orElseThrow();
		assertEquals("utsatta", perpetrator.field("relation").orElseThrow().group().orElseThrow().id(), "relation per victim");
	}

	private static List<String> codes(Form form, String item) {
		return form.field(item).orElseThrow().options().stream().map(o -> o.code()).toList();
	}

	@Test
	void fredaFormsAreOfTheirOwnAskedOfTheClientWithTheGridsTheyCount() {
		assertEquals(4, registry.form(SuvContribution.FREDA_SHORT, VERSION, null).orElseThrow().group("kort").orElseThrow().fields().size());
		Form description = registry.form(SuvContribution.FREDA_DESCRIPTION, VERSION, null).orElseThrow();
		assertEquals(List.of(6, 6, 3), List.of("psyk", "fys", "sex").stream().map(g -> description.group(g).orElseThrow().fields().size()).toList());
		Form risk = registry.form(SuvContribution.FREDA_RISK, VERSION, null).orElseThrow();
		assertEquals(15, risk.group("farlighet").orElseThrow().fields().size());
		for (String id : List.of(SuvContribution.FREDA_SHORT, SuvContribution.FREDA_DESCRIPTION, SuvContribution.FREDA_RISK)) {
			assertEquals("[CLIENT]", definition(id).getRespondents().toString(), id);
		}
	}

	@Test
	void noScoreCarriesARiskLabel() {
		// FREDA has no fixed cut-off: the number of ja is shown beside the client's own estimate, never banded
		for (String id : ALL) {
			definition(id).getScores().forEach(s -> assertTrue(s.getBands().isEmpty(), id + "/" + s.getId()));
		}
		List<String> scores = definition(SuvContribution.FREDA_RISK).getScores().stream().map(s -> s.getId()).toList();
		assertEquals(List.of("freda.ja", "freda.egenRisk"), scores, "the count and the client's own estimate side by side");
	}

	@Test
	void labelsAreShortParaphrasesAndTheLicenceNamesTextPacks() {
		for (String id : ALL) {
			InstrumentDefinition d = definition(id);
			assertTrue(d.getLicence().contains("textpaket"), id);
			assertTrue(d.getLicence().contains("omskrivningar"), id);
			for (var section : d.getSections()) {
				for (Item item : section.getItems()) {
					assertTrue(item.getLabel().length() <= 110, id + "/" + item.getId() + " is a short paraphrase");
					assertFalse(item.getLabel().endsWith("?"), id + "/" + item.getId() + " is not worded as the manual's question");
					assertFalse(item.getLabelEn() == null || item.getLabelEn().isBlank(), id + "/" + item.getId() + " has English");
				}
			}
		}
		assertTrue(definition(SuvContribution.FREDA_RISK).getLicence().contains("Socialstyrelsen"));
	}
}
