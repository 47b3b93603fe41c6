package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import se.isu.core.ValidationException.Violation;
import se.isu.model.instrument.AddedItem;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.UnitOverlay;

class FormOverlaysTest {

	private final InstrumentDefinition shipped = TestDefinitions.everyType();

	private static List<String> ids(InstrumentDefinition d) {
		return d.getSections().stream().flatMap(s -> s.getItems().stream()).map(Item::getId).toList();
	}

	@Test
	void hidesAndAddsItemsOnACopyAndNeverTouchesTheShippedDefinition() {
		InstrumentDefinition before = EcoreUtil.copy(shipped);
		UnitOverlay overlay = TestDefinitions.F.createUnitOverlay();
		overlay.setInstrumentId("test.all");
		overlay.setUnitCode("SPA");
		overlay.getHiddenItems().addAll(List.of("M1", "DT"));
		overlay.getAddedItems().add(added("S", "D1", "egen1"));
		overlay.getAddedItems().add(added("S", "D1", "egen2"));
		overlay.getAddedItems().add(added("S", null, "egen3"));
		Section own = TestDefinitions.section("EGET", "Spångens egna frågor");
		own.getItems().add(TestDefinitions.item("egen4", ItemType.YES_NO));
		overlay.getAddedSections().add(own);

		assertEquals(List.of(), FormOverlays.check(shipped, overlay));
		InstrumentDefinition form = FormOverlays.apply(shipped, overlay);

		assertEquals(List.of("N1", "D1", "egen1", "egen2", "Y1", "Y2", "C1", "V1", "K1", "SC", "T1", "CP", "egen3", "egen4"),
				ids(form));
		assertTrue(EcoreUtil.equals(before, shipped), "the shipped definition is unchanged");
	}

	@Test
	void anOverlayNamingUnknownItemsOrReusingAnIdIsRefused() {
		UnitOverlay overlay = TestDefinitions.F.createUnitOverlay();
		overlay.getHiddenItems().add("NOPE");
		overlay.getAddedItems().add(added("S", null, "N1"));
		overlay.getAddedItems().add(added("MISSING", null, "ok"));
		List<String> fields = FormOverlays.check(shipped, overlay).stream().map(Violation::field).toList();
		assertEquals(List.of("NOPE", "N1", "ok"), fields);
	}

	private static AddedItem added(String section, String after, String id) {
		AddedItem a = TestDefinitions.F.createAddedItem();
		a.setSectionId(section);
		a.setAfterItemId(after);
		Item item = TestDefinitions.item(id, ItemType.INTEGER);
		item.setMin(0);
		item.setMax(10);
		a.setItem(item);
		return a;
	}
}
