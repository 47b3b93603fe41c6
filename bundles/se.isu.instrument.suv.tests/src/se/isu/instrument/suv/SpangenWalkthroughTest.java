package se.isu.instrument.suv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.ValidationException;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.IsuCase;
import se.isu.model.instrument.AddedItem;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.UnitOverlay;
import se.isu.model.query.CaseFilter;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Seed 003's walkthrough: the unit "Spången" follows a few aspects of its work with victims in SUV-våldsutsatthet.
 * Its SU administrator (methods staff here) hides what the unit does not use and adds the unit's own items —
 * whether the client is known at another social-services unit, how staff perceive the contact — through
 * "Anpassa formulär" (FormCustomisationService); staff record cases on the unit's form; the group compiles how many
 * are re-referred, the honour-related cases and the unit's own item. The shipped definition is never touched.
 */
class SpangenWalkthroughTest {

	static final String UNIT = "SPN";
	static final String CONTACT = "SPN_KONTAKT";
	static final List<String> HIDDEN = List.of("B2", "B4", "I2", "U3");

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);
	private final FormCustomisationService customisation = OsgiServices.get(FormCustomisationService.class);

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private static Item item(String id, ItemType type, String label) {
		Item item = InstrumentFactory.eINSTANCE.createItem();
		item.setId(id);
		item.setType(type);
		item.setLabel(label);
		return item;
	}

	private static AddedItem after(String section, String afterItem, Item item) {
		AddedItem added = InstrumentFactory.eINSTANCE.createAddedItem();
		added.setSectionId(section);
		added.setAfterItemId(afterItem);
		added.setItem(item);
		return added;
	}

	/** Spången's form: four SUV items hidden, two of its own (the dialog prefixes own ids with the unit code). */
	private UnitOverlay spangensForm() {
		UnitOverlay overlay = InstrumentFactory.eINSTANCE.createUnitOverlay();
		overlay.setInstrumentId(SuvContribution.VICTIM);
		overlay.setUnitCode(UNIT);
		overlay.getHiddenItems().addAll(HIDDEN);
		overlay.getAddedItems().add(after("B", "B1", item("SPN_ANNAN", ItemType.YES_NO, "Aktuell på annan enhet i socialtjänsten")));
		Item contact = item(CONTACT, ItemType.SCALE, "Personalens uppfattning av kontakten med klienten, 1 (dålig) – 5 (mycket god)");
		contact.setMin(1);
		contact.setMax(5);
		overlay.getAddedItems().add(after("A", "A2", contact));
		return overlay;
	}

	@Test
	void spangenHidesSuvItemsAddsItsOwnRecordsCasesAndCompilesAndTheShippedDefinitionIsUntouched() throws IOException {
		String shippedBefore = shippedXmi();
		TestUsers.caseWorker(UNIT, "VNR"); // Spången's staff (the unit exists from here on)

		// 1. the SU administrator adapts the form; a score's item cannot be hidden, and says which score needs it
		UnitOverlay wanted = spangensForm();
		UnitOverlay stored = TestUsers.as(Role.METHODS_STAFF, () -> customisation.saveOverlay(wanted, "spangen", "Spångens urval"));
		UnitOverlay withoutSafety = spangensForm();
		withoutSafety.getHiddenItems().add("F6");
		ValidationException refused = assertThrows(ValidationException.class, () -> TestUsers.as(Role.METHODS_STAFF,
				() -> customisation.saveOverlay(withoutSafety, "spangen", "utan trygghet")));
		assertTrue(refused.violations().get(0).message().contains("suv.trygghet"), refused.violations().toString());
		UnitOverlay withoutChildren = spangensForm();
		withoutChildren.getHiddenItems().add("B3"); // B4's skip rule reads it, hidden or not
		refused = assertThrows(ValidationException.class, () -> TestUsers.as(Role.METHODS_STAFF,
				() -> customisation.saveOverlay(withoutChildren, "spangen", "utan barn")));
		assertTrue(refused.violations().get(0).message().contains("B4"), refused.violations().toString());
		assertEquals(stored.getRevision(), customisation.currentOverlay(UNIT, SuvContribution.VICTIM).orElseThrow().getRevision(),
				"a refused overlay is not stored");

		// 2. "SUV-Spången": the unit's form, other units' form and the shipped definition
		Form spangen = registry.form(SuvContribution.VICTIM, SuvDefinitionsTest.VERSION, UNIT).orElseThrow();
		List<String> ids = spangen.fields().stream().map(Form.Field::id).toList();
		assertEquals("SPN_ANNAN", ids.get(ids.indexOf("B1") + 1), "the own item stands after B1: " + ids);
		assertEquals(CONTACT, ids.get(ids.indexOf("A2") + 1));
		HIDDEN.forEach(hidden -> assertFalse(ids.contains(hidden), hidden + " is hidden for Spången"));
		assertEquals(stored.getRevision(), spangen.overlayRevision());
		Form others = registry.form(SuvContribution.VICTIM, SuvDefinitionsTest.VERSION, "VNR").orElseThrow();
		assertTrue(others.field("B2").isPresent() && others.field("SPN_ANNAN").isEmpty(), "other units keep SUV as shipped");
		assertTrue(registry.find(SuvContribution.VICTIM, SuvDefinitionsTest.VERSION).orElseThrow().getSections().stream()
				.flatMap(s -> s.getItems().stream()).noneMatch(i -> i.getId().startsWith("SPN_")), "the shipped definition");
		assertEquals(shippedBefore, shippedXmi(), "the plugin's file is never edited");

		// 3. staff record Spången's cases on the unit's form (made once: the test database outlives a run)
		List<IsuCase> recorded = recordCases();
		assertEquals(12, recorded.size());
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		for (IsuCase c : recorded) {
			Assessment a = assessments.forCase(c.getId()).stream()
					.filter(x -> x.getInstrumentId().equals(SuvContribution.VICTIM)).findFirst().orElseThrow();
			assertEquals(AssessmentStatus.COMPLETE, a.getStatus());
			assertTrue(a.getOverlayRevision() != null && a.getOverlayRevision() >= 1, "answered on Spången's form");
		}

		// 4. the group compilation for the working meeting: re-referred, honour-related, the unit's own item
		TestUsers.as(Role.ANALYST);
		assertEquals(Map.of("1", "5", "0", "7"), countByAnswer("B1"), "5 of 12 re-referred");
		assertEquals(Map.of("1", "7", "0", "5"), countByAnswer("SPN_ANNAN"), "7 known at another unit");
		assertEquals(Map.of("1", "6", "0", "6"), countByAnswer("B5"), "6 honour-related");
		assertEquals(Map.of(), countByAnswer("B2"), "a hidden item has no answers");
	}

	private static String shippedXmi() throws IOException {
		try (InputStream in = SuvContribution.class.getResourceAsStream("/definitions/suv-utsatt.xmi")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Twelve women 25–44: cases 0–4 re-referred, 0–6 known at another unit, even cases honour-related; the first
	 * four also closed, with the unit's contact rating.
	 */
	private List<IsuCase> recordCases() {
		CaseService cases = OsgiServices.get(CaseService.class);
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		List<IsuCase> stored = cases.findCases(new CaseFilter(null, null, UNIT, null, 50, null));
		if (!stored.isEmpty()) {
			return stored;
		}
		LocalDate actualised = LocalDate.of(2026, 2, 2);
		for (int serial = 0; serial < 12; serial++) {
			IsuCase c = cases.openCase(SuvCases.newCase(UNIT, LocalDate.of(1990, 5, 17), true, serial, actualised));
			Assessment start = assessments.start(c, null, SuvContribution.VICTIM, Respondent.STAFF, "spangen");
			SuvCases.start(start, serial < 5 ? "1" : "0", serial % 2 == 0 ? "1" : "0", "2", "1;2", "1");
			SuvCases.answer(start, "SPN_ANNAN", serial < 7 ? "1" : "0");
			assessments.save(start, true);
			if (serial < 4) {
				Assessment end = assessments.start(c, null, SuvContribution.VICTIM, Respondent.STAFF, "spangen");
				SuvCases.closure(end, "1", "2", "2", actualised.plusMonths(4));
				SuvCases.answer(end, CONTACT, "4");
				assessments.save(end, true);
			}
		}
		return cases.findCases(new CaseFilter(null, null, UNIT, null, 50, null));
	}

	/** Cases of Spången by their answer to {@code item} (code → figure as shown). */
	private static Map<String, String> countByAnswer(String item) {
		CompiledTable table = OsgiServices.get(CompilationService.class).compile(new CompilationQuery(
				Measure.count(Measure.Subject.CASES),
				List.of(new Dimension(Dimension.Kind.ITEM, SuvContribution.VICTIM + "/" + item)), List.of())
				.withFilter(Dimension.unit(), UNIT));
		Map<String, String> byAnswer = new TreeMap<>();
		for (int row = 0; row < table.rows().size(); row++) {
			byAnswer.put(table.rows().get(row).key().get(0), table.cell(row, 0).text());
		}
		return byAnswer;
	}
}
