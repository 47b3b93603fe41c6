package se.isu.instrument.asi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.ScoreDefinition;
import se.isu.testkit.OsgiServices;

/** The shipped ASI definitions load, pass the definition rules and keep the ids Grund → Uppföljning depends on. */
class AsiDefinitionsTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	private InstrumentDefinition definition(String id) {
		return registry.find(id, "2022.1").orElseThrow(() -> new AssertionError(id + " not installed; refused: " + registry.refused()));
	}

	@Test
	void bothFormsAreInstalledValidAndScoredByTheAsiScorer() {
		assertEquals(java.util.Map.of(), registry.refused());
		List<InstrumentRegistry.Installed> asi = registry.installed().stream()
				.filter(i -> i.definition().getId().startsWith("asi.")).toList();
		assertEquals(List.of("asi.grund", "asi.uppfoljning"), asi.stream().map(i -> i.definition().getId()).toList());
		assertTrue(asi.stream().allMatch(InstrumentRegistry.Installed::ownScorer));
		assertTrue(asi.get(0).source().startsWith("se.isu.instrument.asi"), asi.get(0).source());
		assertTrue(items(definition("asi.grund")) >= 180, "ASI Grund has about 180 questions");
		assertTrue(items(definition("asi.uppfoljning")) < items(definition("asi.grund")));
		assertEquals("asi.grund", definition("asi.uppfoljning").getPrerequisite().getInstrumentId());
		assertEquals(24, definition("asi.uppfoljning").getPrerequisite().getWithinMonths());
	}

	private static long items(InstrumentDefinition d) {
		return d.getSections().stream().mapToLong(s -> s.getItems().size()).sum();
	}

	@Test
	void everyAreaClosesWithTheSameRatingItemsInGrundAndUppfoljning() {
		for (String id : List.of("asi.grund", "asi.uppfoljning")) {
			Form form = registry.form(id, "2022.1", null).orElseThrow();
			for (AsiArea area : AsiArea.values()) {
				assertEquals(ItemType.DAY_COUNT, form.field(area.problemDays).orElseThrow().type(), id + " " + area);
				assertEquals("0", form.field(area.worry).orElseThrow().options().get(0).code());
				assertEquals(5, form.field(area.helpNeed).orElseThrow().options().size(), "client scale 0-4");
				Form.Field rating = form.field(area.interviewerRating).orElseThrow();
				assertEquals(10, rating.options().size(), "interviewer scale 0-9");
				assertEquals(5, rating.bands().size(), "five bands of two steps");
				assertTrue(rating.item().isRequired());
			}
		}
	}

	@Test
	void bothFormsDeclareTheSameCompositeScoresOnItemsTheyBothHave() {
		InstrumentDefinition grund = definition("asi.grund");
		InstrumentDefinition uppfoljning = definition("asi.uppfoljning");
		Set<String> scores = grund.getScores().stream().map(ScoreDefinition::getId).collect(Collectors.toSet());
		assertEquals(Set.of("cs.fysisk", "cs.arbete", "cs.alkohol", "cs.narkotika", "cs.rattsligt", "cs.familj", "cs.psykisk"), scores);
		for (ScoreDefinition score : grund.getScores()) {
			ScoreDefinition twin = uppfoljning.getScores().stream().filter(s -> s.getId().equals(score.getId())).findFirst().orElseThrow();
			assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(score, twin), score.getId() + " differs between the forms");
		}
	}

	@Test
	void noLicensedWordingIsShipped() {
		// our labels are short paraphrases; the manual's questions are long sentences ending in '?'
		for (String id : List.of("asi.grund", "asi.uppfoljning")) {
			definition(id).getSections().forEach(s -> s.getItems().forEach(i -> {
				assertFalse(i.getLabel().length() > 140, i.getId() + " label is suspiciously long: " + i.getLabel());
			}));
			assertTrue(definition(id).getLicence().contains("textpaket"));
		}
	}
}
