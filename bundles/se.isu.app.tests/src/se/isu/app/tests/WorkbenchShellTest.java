package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.model.CaseStatus;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/**
 * The workbench shell as a new user meets it: the start page in the editor area, the Hjälp menu's three entries, and
 * an unexpected error answered in Swedish without losing what was typed.
 */
class WorkbenchShellTest {

	private static final String TITLE = "ISU Workbench – Hanna Handläggare (Handläggare)";

	private final Display display = Display.getCurrent();
	private final SwtDriver driver = new SwtDriver(display);

	@Test
	void theStartPageShowsWhatIsDueThisWeekAndTheCasesOpenedRecently() {
		Shell window = driver.waitForShell(TITLE);
		MPart start = WorkbenchCommands.parts(window).findPart("se.isu.ui.part.start");
		WorkbenchCommands.parts(window).activate(start);
		Label due = driver.waitFor((Composite) start.getWidget(), WidgetIds.START_DUE, Label.class);
		int dueThisWeek = OsgiServices.get(FollowUpMonitor.class).dueList().in(FollowUpMonitor.State.DUE_THIS_WEEK).size();
		driver.waitUntil(() -> due.getText().startsWith(dueThisWeek + " "), "the due count on the start page: " + due.getText());

		String caseNumber = OsgiServices.get(CaseService.class).findCases(new CaseFilter(null, CaseStatus.OPEN, null, null, 5)).get(0).getCaseNumber();
		MPart editor = WorkbenchCommands.openCase(driver, window, caseNumber);
		WorkbenchCommands.parts(window).activate(start);
		driver.waitUntil(() -> {
			try {
				return driver.find((Composite) start.getWidget(), WidgetIds.START_RECENT + "." + caseNumber, Link.class) != null;
			} catch (AssertionError notYet) {
				return false;
			}
		}, "the opened case among the recent ones");
		WorkbenchCommands.parts(window).hidePart(editor, true);
	}

	@Test
	void kortkommandonListsEveryKeyBinding() {
		Shell window = driver.waitForShell(TITLE);
		String text = helpText(window, "se.isu.app.command.shortcuts", "Kortkommandon");
		MApplication application = ((MWindow) window.getData("modelElement")).getContext().get(MApplication.class);
		long bindings = application.getBindingTables().stream().flatMap((MBindingTable t) -> t.getBindings().stream())
				.filter(b -> b.getCommand() != null && b.getCommand().getElementId().startsWith("se.isu.")).count();
		assertEquals(bindings, text.lines().count(), text);
		// Under the test harness Eclipse's compatibility layer rebuilds the binding tables from its own extensions, so
		// the product's bindings are checked on a model built like Application.e4xmi's: ours listed, Eclipse's left out.
		MApplication model = org.eclipse.e4.ui.model.application.MApplicationFactory.INSTANCE.createApplication();
		MBindingTable table = org.eclipse.e4.ui.model.application.commands.MCommandsFactory.INSTANCE.createBindingTable();
		model.getBindingTables().add(table);
		table.getBindings().add(binding("M1+W", "se.isu.app.command.close", "S&täng"));
		table.getBindings().add(binding("M1+N", "se.isu.app.command.newcase", "&Nytt ärende…"));
		table.getBindings().add(binding("M1+F4", "org.eclipse.ui.file.close", "Close"));
		String listed = se.isu.ui.handlers.ShortcutsHandler.shortcuts(model);
		assertEquals(2, listed.lines().count(), listed);
		assertTrue(listed.contains("Stäng") && listed.contains("Nytt ärende") && !listed.contains("Close"), listed);
	}

	private static org.eclipse.e4.ui.model.application.commands.MKeyBinding binding(String keys, String commandId, String name) {
		var factory = org.eclipse.e4.ui.model.application.commands.MCommandsFactory.INSTANCE;
		var command = factory.createCommand();
		command.setElementId(commandId);
		command.setCommandName(name);
		var binding = factory.createKeyBinding();
		binding.setKeySequence(keys);
		binding.setCommand(command);
		return binding;
	}

	@Test
	void anvandarhandbokAndOmAreInSwedish() {
		Shell window = driver.waitForShell(TITLE);
		assertTrue(helpText(window, "se.isu.app.command.userguide", "Användarhandbok").contains("Återställ osparat arbete"));
		String about = helpText(window, "se.isu.app.command.about", "Om ISU Workbench");
		assertTrue(about.contains("Apache Derby") && about.contains("Eclipse Public License 2.0"), about);
	}

	@Test
	void anUnexpectedErrorIsToldInSwedishAndTheTypedTextStays() {
		Shell window = driver.waitForShell(TITLE);
		CaseService cases = OsgiServices.get(CaseService.class);
		String caseNumber = cases.findCases(new CaseFilter(null, CaseStatus.OPEN, null, null, 500)).stream()
				.filter(c -> !c.getClient().isProtectedIdentity())
				.map(c -> cases.findCase(c.getCaseNumber()).orElseThrow())
				.filter(c -> !java.time.LocalDate.of(2026, 3, 5).equals(c.getDecisionDate())).skip(2).findFirst().orElseThrow()
				.getCaseNumber();
		MPart editor = WorkbenchCommands.openCase(driver, window, caseNumber);
		Text summaryField = driver.find((Composite) editor.getWidget(), "decisionDate", Text.class);
		summaryField.setText("");
		driver.type(summaryField, "2026-03-05");

		AtomicReference<String> shown = new AtomicReference<>();
		driver.whenShellOpens("Oväntat fel", dialog -> {
			StringBuilder text = new StringBuilder();
			collectLabels(dialog, text);
			shown.set(text.toString());
			dialog.close();
		});
		display.asyncExec(() -> {
			throw new IllegalStateException("a bug in a listener");
		});
		driver.waitUntil(() -> shown.get() != null, "the Swedish error message");
		assertTrue(shown.get().contains("Det du har skrivit finns kvar"), shown.get());
		assertTrue(WorkbenchCommands.parts(window).getParts().contains(editor), "the editor stays open");
		assertEquals("2026-03-05", summaryField.getText());

		driver.waitUntil(editor::isDirty, "the editor to be dirty");
		driver.whenShellOpens("Osparade ändringar", dialog -> driver.click(driver.find(dialog, WidgetIds.UNSAVED_DISCARD, Button.class)));
		WorkbenchCommands.parts(window).activate(editor);
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.close");
	}

	@Test
	void theWizardsButtonsAreSwedish() {
		Shell window = driver.waitForShell(TITLE);
		java.util.List<String> buttons = new java.util.ArrayList<>();
		driver.whenShellOpens("Nytt ärende", wizard -> {
			collectButtons(wizard, buttons);
			wizard.close();
		});
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.newcase");
		driver.waitUntil(() -> !buttons.isEmpty(), "the new-case wizard");
		assertTrue(buttons.contains("Avbryt") && buttons.contains("Slutför"), buttons.toString());
	}

	private static void collectButtons(Composite parent, java.util.List<String> texts) {
		for (var child : parent.getChildren()) {
			if (child instanceof Button button) {
				texts.add(button.getText().replace("&", ""));
			} else if (child instanceof Composite composite) {
				collectButtons(composite, texts);
			}
		}
	}

	/** The README's pictures of the default window at two screen sizes (target/screenshots/window-*.png). */
	@Test
	void screenshotsOfTheDefaultWindowAtTwoSizes() {
		Shell window = driver.waitForShell(TITLE);
		org.eclipse.swt.graphics.Rectangle before = window.getBounds();
		for (int[] size : new int[][] { { 1280, 800 }, { 1600, 1000 } }) {
			window.setBounds(0, 0, size[0], size[1]);
			driver.flush();
			java.nio.file.Path file = driver.screenshot(window, java.nio.file.Path.of("target", "screenshots", "window-" + size[0] + "x" + size[1] + ".png"));
			assertTrue(java.nio.file.Files.exists(file), file.toString());
		}
		window.setBounds(before);
	}

	private String helpText(Shell window, String commandId, String title) {
		AtomicReference<String> text = new AtomicReference<>();
		driver.whenShellOpens(title, dialog -> {
			text.set(driver.find(dialog, WidgetIds.HELP_TEXT, Text.class).getText());
			dialog.close();
		});
		WorkbenchCommands.execute(driver, window, commandId);
		driver.waitUntil(() -> text.get() != null, "the dialog " + title);
		return text.get();
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
}
