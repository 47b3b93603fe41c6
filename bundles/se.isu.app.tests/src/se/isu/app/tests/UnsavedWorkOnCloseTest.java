package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.model.CaseStatus;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/**
 * Nothing typed is lost when something closes: quit (Ctrl+Q) and close (Ctrl+W) with unsaved changes ask in Swedish
 * (Spara / Spara inte / Avbryt, naming the unsaved tab); Avbryt keeps the editor open with the change.
 */
class UnsavedWorkOnCloseTest {

	private static final String TITLE = "ISU Workbench – Hanna Handläggare (Handläggare)";
	private static final String DIALOG = "Osparade ändringar";

	private final Display display = Display.getCurrent();
	private final SwtDriver driver = new SwtDriver(display);

	@Test
	void quitWithAnUnsavedCaseAsksAndAvbrytKeepsTheChange() {
		Shell window = driver.waitForShell(TITLE);
		List<String> open = openCaseNumbers(2);
		MPart editor = WorkbenchCommands.openCase(driver, window, open.get(0));
		makeDirty(editor);

		AtomicReference<String> asked = answer(WidgetIds.UNSAVED_CANCEL);
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.quit");

		assertTrue(asked.get() != null && asked.get().contains(open.get(0)), "the quit asked, naming the case: " + asked.get());
		assertFalse(window.isDisposed(), "Avbryt keeps the workbench open");
		assertTrue(editor.isDirty(), "Avbryt keeps the change");
		assertTrue(WorkbenchCommands.parts(window).getParts().contains(editor), "Avbryt keeps the editor");
		closeDiscarding(window, editor);
	}

	@Test
	void closeShutsACleanEditorAndAsksForAnUnsavedOne() {
		Shell window = driver.waitForShell(TITLE);
		List<String> open = openCaseNumbers(2);
		MPart clean = WorkbenchCommands.openCase(driver, window, open.get(0));
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.close");
		assertFalse(WorkbenchCommands.parts(window).getParts().contains(clean), "Stäng closes a clean editor without asking");

		MPart dirty = WorkbenchCommands.openCase(driver, window, open.get(1));
		makeDirty(dirty);
		AtomicReference<String> asked = answer(WidgetIds.UNSAVED_CANCEL);
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.close");
		assertTrue(asked.get() != null && asked.get().contains(open.get(1)), "Stäng asked, naming the case: " + asked.get());
		assertTrue(WorkbenchCommands.parts(window).getParts().contains(dirty) && dirty.isDirty(), "Avbryt keeps the editor and its change");

		closeDiscarding(window, dirty);
	}

	private void closeDiscarding(Shell window, MPart editor) {
		WorkbenchCommands.parts(window).activate(editor);
		AtomicReference<String> asked = answer(WidgetIds.UNSAVED_DISCARD);
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.close");
		assertTrue(asked.get() != null, "Stäng asked about the unsaved editor");
		assertFalse(WorkbenchCommands.parts(window).getParts().contains(editor), "Spara inte closes the editor");
	}

	/** Schedules the answer to the unsaved-changes dialog; the reference gets the dialog's text once it was shown. */
	private AtomicReference<String> answer(String buttonId) {
		AtomicReference<String> shown = new AtomicReference<>();
		driver.whenShellOpens(DIALOG, dialog -> {
			StringBuilder text = new StringBuilder();
			collectLabels(dialog, text);
			shown.set(text.toString());
			driver.click(driver.find(dialog, buttonId, Button.class));
		});
		return shown;
	}

	private static void collectLabels(Composite parent, StringBuilder text) {
		for (var child : parent.getChildren()) {
			if (child instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				collectLabels(composite, text);
			}
		}
	}

	private void makeDirty(MPart editor) {
		Text decision = driver.find((Composite) editor.getWidget(), "decisionDate", Text.class);
		decision.setText("");
		driver.type(decision, "2026-03-05");
		driver.waitUntil(editor::isDirty, "the case editor to be dirty");
	}

	/** Open demo cases without a decision date, so typing one is a change. */
	private static List<String> openCaseNumbers(int count) {
		CaseService cases = OsgiServices.get(CaseService.class);
		return cases.findCases(new CaseFilter(null, CaseStatus.OPEN, null, null, 500)).stream()
				.filter(c -> !c.getClient().isProtectedIdentity())
				.map(c -> cases.findCase(c.getCaseNumber()).orElseThrow())
				.filter(c -> c.getDecisionDate() == null).limit(count).map(c -> c.getCaseNumber()).toList();
	}
}
