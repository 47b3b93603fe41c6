package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.UnitInstruments;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/** Verktyg › Enhetens instrument in a real window on the real services (ASI and the client questions installed). */
class UnitInstrumentsDialogTest {

	private static final String UNIT = "UID";

	private final UnitInstruments unitInstruments = OsgiServices.get(UnitInstruments.class);
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);
	private Display display;
	private SwtDriver driver;
	private Shell parent;

	@BeforeEach
	void open() {
		TestUsers.caseWorker(UNIT); // creates the unit
		TestUsers.as(Role.METHODS_STAFF);
		display = Display.getDefault();
		driver = new SwtDriver(display);
		parent = new Shell(display);
	}

	@AfterEach
	void cleanUp() {
		for (Shell shell : display.getShells()) {
			shell.dispose();
		}
		TestUsers.as(Role.METHODS_STAFF);
		unitInstruments.offerAll(UNIT);
		TestUsers.logout();
	}

	private UnitInstrumentsDialog dialogOnTheUnit() {
		UnitInstrumentsDialog dialog = new UnitInstrumentsDialog(parent, UiJobs.on(display), unitInstruments,
				OsgiServices.get(CaseService.class));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Combo unit = driver.waitFor(dialog.getShell(), WidgetIds.UNIT_INSTRUMENTS_UNIT, Combo.class);
		driver.waitUntil(() -> unit.getItemCount() > 0, "the units listed");
		driver.select(unit, UNIT + " ");
		Table table = table(dialog);
		driver.waitUntil(() -> UNIT.equals(dialog.shownUnitCode()) && rowOf(table, "asi.grund") != null,
				"the unit's instruments listed");
		return dialog;
	}

	private static Table table(UnitInstrumentsDialog dialog) {
		return new SwtDriver(dialog.getShell().getDisplay()).find(dialog.getShell(), WidgetIds.UNIT_INSTRUMENTS_TABLE, Table.class);
	}

	private static TableItem rowOf(Table table, String instrumentId) {
		for (TableItem row : table.getItems()) {
			if (row.getText(1).equals(instrumentId)) {
				return row;
			}
		}
		return null;
	}

	/** Ticks or unticks a row as a click on its box does: the table hears a CHECK selection. */
	private void tick(Table table, String instrumentId, boolean checked) {
		TableItem row = rowOf(table, instrumentId);
		row.setChecked(checked);
		Event e = new Event();
		e.item = row;
		e.detail = SWT.CHECK;
		table.notifyListeners(SWT.Selection, e);
		driver.flush();
	}

	private List<String> offered() {
		return registry.available(UNIT).stream().map(InstrumentDefinition::getId).filter(id -> id.startsWith("asi.")).toList();
	}

	@Test
	void methodsStaffTickTheUnitsInstrumentsAndOnlyThoseAreOffered() {
		UnitInstrumentsDialog dialog = dialogOnTheUnit();
		Shell shell = dialog.getShell();
		assertEquals("Enhetens instrument", shell.getText());
		Table table = table(dialog);
		assertTrue(driver.find(shell, WidgetIds.UNIT_INSTRUMENTS_STATE, Label.class).getText().startsWith("Enheten har inte valt ännu"));
		for (TableItem row : table.getItems()) {
			assertTrue(row.getChecked(), "a unit that never chose is offered everything: " + row.getText(1));
		}

		tick(table, "asi.uppfoljning", false);
		driver.screenshot(shell, Path.of("target", "screenshots", "unit-instruments.png"));
		driver.click(driver.find(shell, WidgetIds.UNIT_INSTRUMENTS_SAVE, Button.class));
		driver.waitUntil(shell::isDisposed, "the dialog closes once saved");

		assertTrue(unitInstruments.hasChosen(UNIT));
		assertEquals(List.of("asi.grund"), offered());
	}

	@Test
	void closingWithChangedTicksAsksAndKeepsThemUntilTheyAreDropped() {
		UnitInstrumentsDialog dialog = dialogOnTheUnit();
		Shell shell = dialog.getShell();
		Table table = table(dialog);
		tick(table, "asi.grund", false);

		driver.whenShellOpens("Osparade markeringar", question -> driver.click(button(question, "Fortsätt ändra")));
		driver.click(driver.find(shell, WidgetIds.UNIT_INSTRUMENTS_CLOSE, Button.class));
		driver.flush();
		assertFalse(shell.isDisposed(), "Fortsätt ändra keeps the dialog");
		assertFalse(rowOf(table, "asi.grund").getChecked(), "and the tick as it was left");
		assertTrue(dialog.isChanged());

		driver.whenShellOpens("Osparade markeringar", question -> driver.click(button(question, "Släpp ändringarna")));
		driver.click(driver.find(shell, WidgetIds.UNIT_INSTRUMENTS_CLOSE, Button.class));
		driver.waitUntil(shell::isDisposed, "Släpp ändringarna closes");
		assertFalse(unitInstruments.hasChosen(UNIT), "nothing stored");
	}

	@Test
	void savingWithNothingTickedIsRefusedWhereThePersonLooksAndStoresNothing() {
		UnitInstrumentsDialog dialog = dialogOnTheUnit();
		Shell shell = dialog.getShell();
		Table table = table(dialog);
		for (TableItem row : table.getItems()) {
			tick(table, row.getText(1), false);
		}
		driver.click(driver.find(shell, WidgetIds.UNIT_INSTRUMENTS_SAVE, Button.class));

		assertFalse(shell.isDisposed());
		assertEquals("Markera minst ett instrument: en enhet utan instrument kan inte följa upp något.",
				driver.find(shell, WidgetIds.UNIT_INSTRUMENTS_MESSAGE, Label.class).getText());
		assertFalse(unitInstruments.hasChosen(UNIT));
	}

	private static Button button(Composite root, String text) {
		for (Control child : root.getChildren()) {
			if (child instanceof Button button && button.getText().replace("&", "").equals(text)) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
