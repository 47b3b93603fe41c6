package se.isu.instrument.ungdok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Section;
import se.isu.testkit.OsgiServices;

/** UngDOK's four forms: installed, valid, laid out as the manual's sections, life areas by the shared convention. */
class UngdokDefinitionsTest {

	/** The life areas every UngDOK interview asks, in the shared area codes (issue 14's convention). */
	static final List<String> AREAS = List.of("boende", "sysselsattning", "droger", "kriminalitet", "familj", "fysisk", "psykisk");

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void caseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private InstrumentDefinition definition(String id) {
		return registry.find(id, UngdokContribution.VERSION).orElseThrow(() -> new AssertionError(id + " " + registry.refused()));
	}

	private static List<String> letters(InstrumentDefinition d) {
		return d.getSections().stream().map(s -> s.getLabel().substring(0, 1)).toList();
	}

	@Test
	void everyFormIsInstalledValidAndNamedInBothLanguages() {
		assertFalse(registry.refused().keySet().stream().anyMatch(k -> k.startsWith("ungdok")), registry.refused().toString());
		for (String id : List.of(UngdokContribution.INSKRIVNING, UngdokContribution.UTSKRIVNING, UngdokContribution.INSATSER,
				UngdokContribution.UPPFOLJNING)) {
			InstrumentDefinition d = definition(id);
			assertNotNull(d.getNameEn(), id);
			for (Section s : d.getSections()) {
				assertNotNull(s.getLabelEn(), id + " " + s.getId());
				for (Item i : s.getItems()) {
					assertFalse(i.getLabel().startsWith("%"), i.getId());
					assertNotNull(i.getLabelEn(), id + " " + i.getId() + " has no English label");
				}
			}
		}
	}

	@Test
	void theSectionsFollowTheManualsLettersAndSectionJIsThePractitionersForm() {
		assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"),
				letters(definition(UngdokContribution.INSKRIVNING)));
		assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), letters(definition(UngdokContribution.UTSKRIVNING)));
		assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), letters(definition(UngdokContribution.UPPFOLJNING)));
		InstrumentDefinition j = definition(UngdokContribution.INSATSER);
		assertEquals(List.of("J"), letters(j));
		assertEquals(List.of(Respondent.STAFF), j.getRespondents());
		assertEquals(List.of(Respondent.CLIENT), definition(UngdokContribution.UTSKRIVNING).getRespondents());
	}

	@Test
	void everyLifeAreaEndsWithTheChangeQuestionsAndLaterInterviewsRateTheChange() {
		for (String id : List.of(UngdokContribution.INSKRIVNING, UngdokContribution.UTSKRIVNING, UngdokContribution.UPPFOLJNING)) {
			InstrumentDefinition d = definition(id);
			for (String area : AREAS) {
				Section s = d.getSections().stream().filter(x -> x.getId().equals(area)).findFirst()
						.orElseThrow(() -> new AssertionError(id + " lacks area " + area));
				List<String> ids = s.getItems().stream().map(Item::getId).toList();
				assertEquals(List.of(area + "_oro30", area + "_vill", area + "_sjalv", area + "_hjalp"),
						ids.subList(ids.size() - 4, ids.size()), id + " " + area);
				assertTrue(ids.stream().filter(i -> !i.contains("[")).allMatch(i -> i.startsWith(area + "_")
						|| List.of("substans", "dagar30", "debutalder", "intag", "primar").contains(i)), ids.toString());
				assertEquals(!id.equals(UngdokContribution.INSKRIVNING), ids.contains(area + "_forandring"), id + " " + area);
			}
			Item most = d.getSections().stream().flatMap(s -> s.getItems().stream()).filter(i -> i.getId().equals("viktigast"))
					.findFirst().orElseThrow();
			assertEquals(AREAS, d.getChoiceSets().stream().filter(c -> c.getId().equals(most.getChoiceSet())).findFirst()
					.orElseThrow().getChoices().stream().map(c -> c.getCode()).toList(), "viktigast offers the form's area codes");
		}
	}

	@Test
	void theSubstancesAreARepeatingGroupInSectionF() {
		InstrumentDefinition d = definition(UngdokContribution.INSKRIVNING);
		Section f = d.getSections().stream().filter(s -> s.getId().equals("droger")).findFirst().orElseThrow();
		assertTrue(f.getLabel().startsWith("F "), f.getLabel());
		assertEquals("substanser", f.getGroups().get(0).getId());
		assertEquals(List.of("substans", "dagar30", "debutalder", "intag", "primar"), f.getItems().stream()
				.filter(i -> "substanser".equals(i.getGroup())).map(Item::getId).toList());
		assertEquals(ItemType.DAY_COUNT, f.getItems().stream().filter(i -> i.getId().equals("dagar30")).findFirst().orElseThrow().getType());
	}

	@Test
	void closingACasePlansDischargeFormsWithAuditAndDuditAndAFollowUpThreeMonthsLater() {
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase c = cases.openCase(new NewCase("20080315-2388", "Ung", "Klient", "UNG", "Ungdomsmottagningen", LocalDate.of(2025, 1, 10)));
		c.setClosureDate(LocalDate.of(2025, 5, 31));
		List<String> planned = OsgiServices.get(OccasionPlanner.class).missingOccasions(c).stream()
				.filter(o -> o.getFormsDue().stream().anyMatch(f -> f.startsWith("ungdok.")))
				.map(UngdokDefinitionsTest::describe).toList();
		// AUDIT and DUDIT are planned with the intake and discharge interviews (decision 135)
		assertTrue(planned.contains("INTAKE 2025-01-10 [audit, dudit, ungdok.inskrivning]"), planned.toString());
		assertTrue(planned.stream().anyMatch(p -> p.startsWith("DISCHARGE 2025-05-31") && p.contains("ungdok.insatser")
				&& p.contains("ungdok.utskrivning") && p.contains("audit") && p.contains("dudit")),
				"the client's interview, AUDIT, DUDIT and the practitioner's J at one occasion: " + planned);
		assertTrue(planned.stream().anyMatch(p -> p.startsWith("FOLLOW_UP 2025-08-31") && p.contains("ungdok.uppfoljning")),
				"closure + 3 months: " + planned);
		assertEquals(30, definition(UngdokContribution.UPPFOLJNING).getSchedule().get(0).getToleranceDays());
	}

	@Test
	void demoDataAnswersUngdokAndAuditWithRiskZones() {
		// the generic demo generator answers every installed form at done occasions: UngDOK's rules must hold for it
		se.isu.testkit.TestUsers.as(se.isu.security.Role.SYSTEM_ADMIN,
				() -> OsgiServices.get(se.isu.core.DemoDataService.class).generate(40, 14));
		se.isu.testkit.TestUsers.as(se.isu.security.Role.ANALYST);
		try {
			se.isu.core.compile.CompiledTable zones = OsgiServices.get(se.isu.core.compile.CompilationService.class).compile(
					new se.isu.model.query.CompilationQuery(se.isu.model.query.Measure.count(se.isu.model.query.Measure.Subject.ASSESSMENTS),
							List.of(new se.isu.model.query.Dimension(se.isu.model.query.Dimension.Kind.SCORE, "audit/audit.zon")),
							List.of()));
			assertFalse(zones.rows().isEmpty(), "demo AUDIT interviews scored with a zone");
			// the plugin's interviewer gives intakes substance rows that follow AUDIT and DUDIT
			se.isu.core.compile.CompiledTable substances = OsgiServices.get(se.isu.core.compile.CompilationService.class).compile(
					new se.isu.model.query.CompilationQuery(se.isu.model.query.Measure.count(se.isu.model.query.Measure.Subject.CLIENTS),
							List.of(new se.isu.model.query.Dimension(se.isu.model.query.Dimension.Kind.ITEM,
									UngdokContribution.INSKRIVNING + "/substanser[*].substans")),
							List.of()));
			assertFalse(substances.rows().isEmpty(), "demo intakes name substances");
		} finally {
			se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
		}
	}

	private static String describe(Occasion o) {
		return o.getKind() + " " + o.getPlannedDate() + " " + o.getFormsDue().stream().sorted().toList().toString()
				.toLowerCase(Locale.ROOT);
	}
}
