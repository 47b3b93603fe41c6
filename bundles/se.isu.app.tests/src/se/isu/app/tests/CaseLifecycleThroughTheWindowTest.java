package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.Components;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/**
 * A case worker's first case, through the real window: Ctrl+N opens the wizard, a new client and case are created,
 * an intervention is added in the editor and saved with Ctrl+S. Then the store is restarted (Derby shut down and
 * booted again from its files) and the case is found again in the case list, with its intervention.
 */
class CaseLifecycleThroughTheWindowTest {

	private static final String PERSONNUMMER = "19900630-4563";

	private final Display display = Display.getCurrent();
	private final SwtDriver driver = new SwtDriver(display);

	@Test
	void createClientCaseAndInterventionThenFindThemAfterARestart() throws Exception {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)") /* the logged-in demo user in the title */;
		driver.waitFor(window, WidgetIds.CASE_LIST_TABLE, Table.class);

		// The wizard is modal: its steps run inside its own event loop, scheduled before Ctrl+N opens it.
		AtomicReference<Throwable> wizardFailure = new AtomicReference<>();
		driver.whenShellOpens("Nytt ärende", wizard -> {
			try {
				driver.type(driver.find(wizard, WidgetIds.WIZARD_PERSONNUMMER, Text.class), PERSONNUMMER);
				driver.type(driver.find(wizard, WidgetIds.WIZARD_GIVEN_NAME, Text.class), "Maja");
				driver.type(driver.find(wizard, WidgetIds.WIZARD_FAMILY_NAME, Text.class), "Fönstersson");
				Combo unit = driver.find(wizard, WidgetIds.WIZARD_UNIT, Combo.class);
				driver.select(unit, "VUX"); // a unit of the logged-in demo case worker (chosen, never typed)
				Text date = driver.find(wizard, WidgetIds.WIZARD_DATE, Text.class);
				date.setText("");
				driver.type(date, "2026-03-02");
				driver.screenshot(wizard, Path.of("target", "screenshots", "new-case-wizard.png"));
				Button finish = finishButton(wizard);
				driver.waitUntil(finish::isEnabled, "the wizard's Finish button to be enabled");
				driver.click(finish);
			} catch (Throwable t) {
				wizardFailure.set(t);
				wizard.close();
			}
		});
		// Arkiv › Nytt ärende: the command that Ctrl+N and the menu item run.
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.newcase");
		driver.waitUntil(() -> wizardFailure.get() != null || editorTitle(window) != null, "the new case's editor");
		if (wizardFailure.get() != null) {
			throw new AssertionError("wizard step failed", wizardFailure.get());
		}
		String caseNumber = OsgiServices.get(CaseService.class).findCases(CaseFilter.text(PERSONNUMMER)).get(0).getCaseNumber();
		assertTrue(caseNumber.startsWith("VUX-2026-"), caseNumber);

		driver.type(driver.find(window, "decisionDate", Text.class), "2026-03-05");
		driver.click(driver.find(window, WidgetIds.EDITOR_INTERVENTIONS + ".add", Button.class));
		driver.select(driver.find(window, "intervention.interventionType", Combo.class), "18 ");
		driver.type(driver.find(window, "intervention.startDate", Text.class), "2026-03-09");
		driver.screenshot(window, Path.of("target", "screenshots", "case-editor-workbench.png"));
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.save");
		driver.waitUntil(() -> !OsgiServices.get(CaseService.class).findCase(caseNumber).orElseThrow().getInterventions().isEmpty(),
				"the saved intervention");

		Components.restart(Components.DATABASE);

		Text search = driver.find(window, WidgetIds.CASE_LIST_SEARCH, Text.class);
		search.setText("");
		driver.type(search, PERSONNUMMER);
		Table table = driver.find(window, WidgetIds.CASE_LIST_TABLE, Table.class);
		driver.waitUntil(() -> table.getItemCount() == 1, "the case in the list after the restart");
		assertEquals(caseNumber, table.getItem(0).getText(0));
		IsuCase reloaded = OsgiServices.get(CaseService.class).findCase(caseNumber).orElseThrow();
		assertEquals("Fönstersson", reloaded.getClient().getFamilyName());
		assertEquals(18, reloaded.getInterventions().get(0).getInterventionType());
		assertEquals(LocalDate.of(2026, 3, 9), reloaded.getInterventions().get(0).getStartDate());
		assertFalse(reloaded.getClient().getPersonalIdentityNumber().isEmpty());
		search.setText("");
	}

	/** JFace labels the button "Finish", or "Slutför" where its Swedish language pack is installed. */
	private static Button finishButton(Shell wizard) {
		java.util.List<Button> found = new java.util.ArrayList<>();
		collectButtons(wizard, found);
		return found.stream().filter(b -> b.getText().replace("&", "").matches("Finish|Slutför")).findFirst()
				.orElseThrow(() -> new AssertionError("no Finish button among " + found.stream().map(Button::getText).toList()));
	}

	private static void collectButtons(org.eclipse.swt.widgets.Composite parent, java.util.List<Button> found) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				found.add(button);
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collectButtons(composite, found);
			}
		}
	}

	private String editorTitle(Shell window) {
		try {
			return driver.find(window, WidgetIds.EDITOR_TITLE, org.eclipse.swt.widgets.Label.class).getText();
		} catch (AssertionError notYet) {
			return null;
		}
	}
}
