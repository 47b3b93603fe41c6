package se.isu.instrument.dok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.OccasionKind;
import se.isu.model.instrument.ScheduleAnchor;
import se.isu.model.instrument.ScheduleRule;
import se.isu.model.instrument.Section;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The ten shipped DOK family forms load, pass the definition rules, and keep the conventions the validator does not
 * check: the life-area item ids shared with UngDOK (issue 14), the substance group, schedules, baselines, texts.
 */
class DokDefinitionsTest {

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void logIn() {
		TestUsers.caseWorkerOfTestUnits();
	}

	private InstrumentDefinition definition(String id) {
		return registry.find(id, DokContribution.VERSION)
				.orElseThrow(() -> new AssertionError(id + " not installed; refused: " + registry.refused()));
	}

	private static String family(String id) {
		return id.substring(0, id.indexOf('.'));
	}

	private static List<Item> items(InstrumentDefinition d) {
		return d.getSections().stream().flatMap(s -> s.getItems().stream()).toList();
	}

	@Test
	void everyFormIsInstalledValidAndFromThisPlugin() {
		assertEquals(Map.of(), registry.refused().entrySet().stream().filter(e -> e.getKey().contains("dok"))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		List<InstrumentRegistry.Installed> ours = registry.installed().stream()
				.filter(i -> DokContribution.FORMS.contains(i.definition().getId())).toList();
		assertEquals(Set.copyOf(DokContribution.FORMS), ours.stream().map(i -> i.definition().getId()).collect(Collectors.toSet()));
		assertTrue(ours.stream().allMatch(i -> i.source().startsWith("se.isu.instrument.dok")), ours.get(0).source());
		assertTrue(ours.stream().noneMatch(InstrumentRegistry.Installed::ownScorer), "every score is declared");
		// DOK has about 90 questions (Metodguiden DOK)
		int intake = items(definition("dok.inskrivning")).size();
		assertTrue(intake >= 90 && intake <= 120, "DOK Inskrivning items: " + intake);
	}

	@Test
	void eachFormServesItsOccasionAndIsPlannedByItsSchedule() {
		Map<String, String> expected = Map.of(
				"dok.inskrivning", "INTAKE ACTUALISATION+0m",
				"dok.avstamning", "INTERIM INTERVENTION_START+3m",
				"dok.utskrivning", "DISCHARGE CLOSURE+0m",
				"dok.uppfoljning", "FOLLOW_UP CLOSURE+6m",
				"speldok.inskrivning", "INTAKE ACTUALISATION+0m",
				"speldok.utskrivning", "DISCHARGE CLOSURE+0m",
				"speldok.uppfoljning", "FOLLOW_UP CLOSURE+3m,FOLLOW_UP CLOSURE+6m",
				"boendedok.inskrivning", "INTAKE ACTUALISATION+0m",
				"boendedok.avstamning", "INTERIM INTERVENTION_START+6m",
				"boendedok.utskrivning", "DISCHARGE CLOSURE+0m");
		for (String id : DokContribution.FORMS) {
			InstrumentDefinition d = definition(id);
			String schedule = d.getSchedule().stream().map(DokDefinitionsTest::describe).collect(Collectors.joining(","));
			assertEquals(expected.get(id), schedule, id);
			assertEquals(List.of(d.getSchedule().get(0).getOccasionKind()), d.getOccasionKinds(), id);
			if (d.getOccasionKinds().get(0) != OccasionKind.INTAKE) {
				assertEquals(family(id) + ".inskrivning", d.getBaselineInstrument(), id + " compares with its family's intake");
				assertTrue(registry.find(d.getBaselineInstrument(), DokContribution.VERSION).isPresent());
			}
		}
	}

	private static String describe(ScheduleRule r) {
		return r.getOccasionKind() + " " + r.getAnchor() + "+" + r.getOffsetMonths() + "m";
	}

	@Test
	void avstamningIsPlannedAFixedTimeAfterTheInterventionStarted() {
		ScheduleRule rule = definition("dok.avstamning").getSchedule().get(0);
		assertEquals(ScheduleAnchor.INTERVENTION_START, rule.getAnchor());
		assertTrue(rule.getToleranceDays() > 0);
	}

	@Test
	void everyLifeAreaEndsWithTheSharedChangeQuestionsAndViktigastListsTheAreas() {
		for (String id : DokContribution.FORMS) {
			Form form = registry.form(id, DokContribution.VERSION, null).orElseThrow();
			boolean intake = id.endsWith(".inskrivning");
			List<String> areas = form.definition().getSections().stream().map(Section::getId)
					.filter(s -> form.field(s + "_vill").isPresent()).toList();
			assertTrue(areas.size() >= 7, id + " areas " + areas);
			for (String area : areas) {
				assertTrue(area.matches("[a-z]+"), "area code is short lowercase ASCII: " + area);
				for (String change : List.of("_oro30", "_vill", "_sjalv", "_hjalp")) {
					assertEquals(ItemType.YES_NO, form.field(area + change).orElseThrow().type(), id + " " + area + change);
				}
				// every item of the area section is named <area>_<what>, except the substance group's row items
				Section section = form.definition().getSections().stream().filter(s -> s.getId().equals(area)).findFirst().orElseThrow();
				section.getItems().stream().filter(i -> i.getGroup() == null)
						.forEach(i -> assertTrue(i.getId().startsWith(area + "_"), id + ": " + i.getId()));
				if (intake) {
					assertTrue(form.field(area + "_forandring").isEmpty(), id + ": no change rating at intake");
				} else {
					Form.Field rating = form.field(area + "_forandring").orElseThrow(() -> new AssertionError(id + " " + area));
					assertEquals(List.of("1", "2", "3", "4", "5"), rating.options().stream().map(Form.Option::code).toList());
					assertEquals(ItemType.SCALE, rating.type());
				}
			}
			Form.Field viktigast = form.field("viktigast").orElseThrow();
			assertEquals(ItemType.SINGLE_CHOICE, viktigast.type());
			assertEquals(areas, viktigast.options().stream().map(Form.Option::code).toList(), id + ": viktigast lists the areas");
			Section last = form.definition().getSections().get(form.definition().getSections().size() - 1);
			assertTrue(last.getItems().stream().anyMatch(i -> i.getId().equals("avslut_tillforlitlighet") && i.isRequired()),
					id + " ends with the interviewer's judgement of reliability");
		}
	}

	@Test
	void theSubstanceGroupFollowsTheSharedConventionInEveryForm() {
		for (String id : DokContribution.FORMS) {
			Form form = registry.form(id, DokContribution.VERSION, null).orElseThrow();
			Form.Group group = form.group("substanser").orElseThrow(() -> new AssertionError(id));
			assertTrue(group.isRepeating());
			assertEquals("droger", group.section().getId());
			assertEquals(List.of("substans", "dagar30", "debutalder", "intag", "primar"),
					group.fields().stream().map(Form.Field::id).toList());
			assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"),
					form.field("substans").orElseThrow().options().stream().map(Form.Option::code).toList());
			assertEquals(ItemType.DAY_COUNT, form.field("dagar30").orElseThrow().type());
			assertEquals(ItemType.AGE, form.field("debutalder").orElseThrow().type());
			assertEquals(5, form.field("intag").orElseThrow().options().size());
			assertEquals(ItemType.YES_NO, form.field("primar").orElseThrow().type());
		}
	}

	@Test
	void theLifeAreaTableNamesItemsEveryOccasionOfItsFamilyAsks() {
		for (String id : DokContribution.FORMS) {
			Form form = registry.form(id, DokContribution.VERSION, null).orElseThrow();
			for (DokLifeAreas.Area area : DokLifeAreas.of(family(id))) {
				Form.Field field = form.field(area.itemId()).orElseThrow(() -> new AssertionError(id + " lacks " + area.itemId()));
				assertEquals(area.code(), field.section().getId(), id + " " + area);
				assertTrue(field.visibleWhen().isEmpty(), id + ": the compared item is asked whoever answers: " + area.itemId());
				assertFalse(form.sectionLabel(field.section()).isBlank());
			}
		}
	}

	@Test
	void atDischargeTheStaffAloneAnswerOnlyTheFactualItems() {
		for (String id : List.of("dok.utskrivning", "dok.uppfoljning", "speldok.utskrivning", "speldok.uppfoljning")) {
			Form form = registry.form(id, DokContribution.VERSION, null).orElseThrow();
			var sheet = DokAnswers.complete(form, Map.of("adm_klientdeltar", "0"));
			assertTrue(sheet.get("psykisk_dagar30").isPresent(), id + ": a factual item is answered");
			for (String clientOnly : List.of("boende_oro30", "psykisk_forandring", "viktigast", "oppna_nojd")) {
				assertFalse(form.isVisible(form.field(clientOnly).orElseThrow(), sheet), id + " " + clientOnly);
			}
		}
	}

	@Test
	void everyTextIsOurShortParaphraseInSwedishAndEnglish() {
		for (String id : DokContribution.FORMS) {
			InstrumentDefinition d = definition(id);
			assertTrue(d.getLicence().contains("textpaket"), id);
			assertFalse(d.getNameEn() == null || d.getNameEn().isBlank(), id);
			for (Section s : d.getSections()) {
				assertFalse(s.getLabelEn() == null || s.getLabelEn().isBlank(), id + " section " + s.getId());
			}
			for (Item i : items(d)) {
				assertFalse(i.getLabel().startsWith("%"), id + " " + i.getId());
				assertTrue(i.getLabel().length() <= 110, id + " " + i.getId() + " label is suspiciously long: " + i.getLabel());
				assertFalse(i.getLabel().endsWith("?"), "a label, not a question text: " + i.getLabel());
				assertFalse(i.getLabelEn() == null || i.getLabelEn().isBlank(), id + " " + i.getId() + " has no English label");
			}
		}
	}

	@Test
	void itemIdsAreStableAcrossTheOccasionsOfAFamily() {
		// the same id means the same question at every occasion, so a text pack and change per item keep working
		for (String family : List.of("dok", "speldok", "boendedok")) {
			Map<String, String> labels = new java.util.HashMap<>();
			for (String id : DokContribution.FORMS.stream().filter(f -> f.startsWith(family + ".")).toList()) {
				for (Item i : items(definition(id))) {
					String earlier = labels.putIfAbsent(i.getId(), i.getType() + " " + i.getChoiceSet());
					if (earlier != null) {
						assertEquals(earlier, i.getType() + " " + i.getChoiceSet(), id + " " + i.getId());
					}
				}
			}
		}
	}
}
