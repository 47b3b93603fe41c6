package se.isu.instrument.mst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.ScheduleRule;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * MST's six forms load through the real registry, with the respondents and schedule the seed and DOMAIN.md §3 give
 * (start, end, 6 and 12 months after the end), and the reports are in the gallery: what `./isu instruments` and
 * `./isu templates list` print.
 */
class MstDefinitionsTest {

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private static InstrumentDefinition latest(String id) {
		return OsgiServices.get(InstrumentRegistry.class).latest(id, null)
				.orElseThrow(() -> new AssertionError(id + " is not installed"));
	}

	@Test
	void everyFormLoadsAndNoneIsRefused() {
		InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);
		assertTrue(registry.refused().keySet().stream().noneMatch(k -> k.startsWith("mst.")),
				"refused: " + registry.refused());
		List<String> installed = registry.installed().stream().map(i -> i.definition().getId())
				.filter(id -> id.startsWith("mst.")).sorted().toList();
		assertEquals(List.of("mst.avslut", "mst.familj", "mst.familj12", "mst.familj6", "mst.tamr", "mst.team"), installed);
		assertTrue(registry.hasOwnScorer(MstContribution.TAMR), "the TAM-R scorer marks scores above 0.61");
	}

	@Test
	void theFamilyRatesFiveAreasOneToTenAtStartEndAndSixAndTwelveMonthsAfterTheEnd() {
		for (String id : List.of(MstContribution.FAMILY, MstContribution.FOLLOW_UP_6, MstContribution.FOLLOW_UP_12)) {
			InstrumentDefinition d = latest(id);
			assertEquals(List.of(Respondent.FAMILY), InstrumentDefinitions.respondents(d), id);
			List<String> rated = d.getSections().stream().flatMap(s -> s.getItems().stream())
					.filter(i -> i.getId().startsWith("F")).map(i -> i.getId() + ":" + i.getMin() + "-" + i.getMax()).toList();
			assertEquals(List.of("F1:1-10", "F2:1-10", "F3:1-10", "F4:1-10", "F5:1-10"), rated, id);
			assertEquals(MstContribution.FAMILY, d.getBaselineInstrument(), "compared with the start: " + id);
		}
		Map<String, String> schedules = List.of(MstContribution.FAMILY, MstContribution.FOLLOW_UP_6,
				MstContribution.FOLLOW_UP_12).stream().collect(Collectors.toMap(id -> id, id -> latest(id).getSchedule()
						.stream().map(MstDefinitionsTest::rule).collect(Collectors.joining(", "))));
		assertEquals("INTAKE@INTERVENTION_START+0, DISCHARGE@CLOSURE+0", schedules.get(MstContribution.FAMILY));
		assertEquals("FOLLOW_UP@CLOSURE+6", schedules.get(MstContribution.FOLLOW_UP_6));
		assertEquals("FOLLOW_UP@CLOSURE+12", schedules.get(MstContribution.FOLLOW_UP_12));
	}

	private static String rule(ScheduleRule r) {
		return r.getOccasionKind() + "@" + r.getAnchor() + "+" + r.getOffsetMonths();
	}

	@Test
	void theTeamRecordsOutcomesAndTheReasonAndTheTamrScoreIsADecimalItemNeverComputed() {
		InstrumentDefinition discharge = latest(MstContribution.DISCHARGE);
		assertEquals(List.of(Respondent.STAFF), InstrumentDefinitions.respondents(discharge));
		assertEquals(List.of("1", "2", "3", "4", "5"), discharge.getChoiceSets().get(0).getChoices().stream()
				.map(c -> c.getCode()).toList(), "completed, engagement, placed, moved, other");
		InstrumentDefinition team = latest(MstContribution.TEAM);
		assertEquals(List.of(Respondent.STAFF), InstrumentDefinitions.respondents(team));
		InstrumentDefinition tamr = latest(MstContribution.TAMR);
		var score = tamr.getSections().get(0).getItems().stream().filter(i -> i.getId().equals("T5")).findFirst()
				.orElseThrow();
		assertEquals("DECIMAL", score.getType().getName());
		assertEquals(Integer.valueOf(0), score.getMin());
		assertEquals(Integer.valueOf(1), score.getMax());
	}

	@Test
	void labelsAreShortParaphrasesAndTheLicenceNamesTextPacks() {
		for (String id : List.of("mst.familj", "mst.familj6", "mst.familj12", "mst.avslut", "mst.team", "mst.tamr")) {
			InstrumentDefinition d = latest(id);
			assertTrue(d.getLicence().contains("textpaket"), id + ": " + d.getLicence());
			assertTrue(!d.getName().startsWith("%"), "texts resolved from the properties: " + d.getName());
			d.getSections().forEach(s -> s.getItems().forEach(i -> assertTrue(i.getLabel().length() <= 80,
					id + "/" + i.getId() + " is a short paraphrase: " + i.getLabel())));
		}
	}

	@Test
	void bothReportsAreInTheGallery() {
		TestUsers.as(Role.ANALYST);
		List<String> ids = OsgiServices.get(ReportService.class).templates().stream().map(t -> t.id()).toList();
		assertTrue(ids.contains(PirReport.ID), ids.toString());
		assertTrue(ids.contains(FamilyChangeReport.ID), ids.toString());
	}
}
