package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.ValidationException;
import se.isu.core.instrument.FormCustomisationService.QuestionnaireState;
import se.isu.core.instrument.QuestionnaireChecker.Problem;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Section;
import se.isu.model.valueset.ValueSets;
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** A unit's own questionnaire: drafts kept whatever state they are in, publishing checked, retiring stops the offer. */
class QuestionnaireLifecycleTest {

	private static final String UNIT = "EGET";
	private final FormCustomisationService service = OsgiServices.get(FormCustomisationService.class);
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private static InstrumentDefinition questionnaire(String name, String rule) {
		InstrumentFactory f = InstrumentFactory.eINSTANCE;
		InstrumentDefinition d = f.createInstrumentDefinition();
		d.setId(name);
		d.setVersion("1");
		d.setName(name);
		Section s = f.createSection();
		s.setId("A");
		s.setLabel("Frågor");
		Item first = f.createItem();
		first.setId("A1");
		first.setLabel("Har du fått stöd?");
		first.setType(ItemType.YES_NO);
		Item second = f.createItem();
		second.setId("A2");
		second.setLabel("Vilket?");
		second.setType(ItemType.TEXT);
		second.setVisibleWhen(rule);
		s.getItems().addAll(List.of(first, second));
		d.getSections().add(s);
		return d;
	}

	@Test
	void aBrokenDraftIsKeptButOnlyASoundQuestionnaireIsPublishedAndOffered() {
		String name = "livslaget" + Long.toString(System.nanoTime() % 100000, 36);
		TestUsers.as(Role.CASE_WORKER, UNIT);
		assertThrows(AccessDeniedException.class, () -> service.saveDraft(UNIT, questionnaire(name, "A1 = 1"), null));
		TestUsers.as(Role.METHODS_STAFF, UNIT);
		InstrumentDefinition draft = service.saveDraft(UNIT, questionnaire(name, "A3 = 1 and"), "halvfärdigt");
		assertEquals("unit." + UNIT + "." + name, draft.getId());
		assertEquals(QuestionnaireState.DRAFT, service.state(UNIT, draft.getId()));
		assertTrue(registry.available(UNIT).stream().noneMatch(d -> d.getId().equals(draft.getId())), "a draft is not offered");
		assertTrue(service.ownQuestionnaires(UNIT).stream().anyMatch(d -> d.getId().equals(draft.getId())));

		assertThrows(ValidationException.class, () -> service.publish(UNIT, draft, "trasig"));
		InstrumentDefinition mended = questionnaire(name, "A1 = 1");
		InstrumentDefinition published = service.publish(UNIT, mended, "första versionen");
		assertEquals("1", published.getVersion());
		assertEquals(QuestionnaireState.PUBLISHED, service.state(UNIT, published.getId()));
		assertTrue(registry.available(UNIT).stream().anyMatch(d -> d.getId().equals(published.getId())));
		assertEquals("2", service.publish(UNIT, mended, "andra").getVersion());
		List<FormCustomisationService.QuestionnaireVersion> history = service.questionnaireHistory(UNIT, published.getId());
		assertEquals(List.of("andra", "första versionen", "halvfärdigt"),
				history.stream().map(FormCustomisationService.QuestionnaireVersion::comment).toList());

		service.retire(UNIT, published.getId(), "ersatt");
		assertEquals(QuestionnaireState.RETIRED, service.state(UNIT, published.getId()));
		assertFalse(registry.available(UNIT).stream().anyMatch(d -> d.getId().equals(published.getId())), "retired: not offered");
		assertTrue(registry.find(published.getId(), "1").isPresent(), "old assessments still find their version");
	}

	@Test
	void theCheckerSaysWhichRuleIsWrongAndWhyAtTheItemAndField() {
		QuestionnaireChecker checker = new QuestionnaireChecker(ValueSets.standard()::find);
		List<Problem> later = checker.check(questionnaire("x", "A2 = 1"));
		assertEquals(List.of(new Problem("A2", "visibleWhen",
				"Regeln för A2 läser A2, som kommer senare i formuläret: en regel får bara läsa frågor som ställts före.")), later);
		List<Problem> unknown = checker.check(questionnaire("x", "B7 = 1"));
		assertEquals("Regeln för A2 läser B7, men formuläret har ingen fråga med den beteckningen.", unknown.get(0).message());
		List<Problem> unreadable = checker.check(questionnaire("x", "A1 = = 1"));
		assertEquals("A2", unreadable.get(0).element());
		assertTrue(unreadable.get(0).message().startsWith("Regeln för A2 går inte att läsa vid tecken"), unreadable.get(0).message());
		assertEquals(List.of(), checker.check(questionnaire("x", "A1 = 1")));
	}
}
