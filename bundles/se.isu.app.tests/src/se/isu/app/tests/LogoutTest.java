package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.model.CaseStatus;
import se.isu.model.query.CaseFilter;
import se.isu.security.Session;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.CaseEditors;
import se.isu.ui.WidgetIds;

/**
 * Arkiv › Logga ut asks about unsaved work like quit (Avbryt keeps the session and the change), then closes the
 * editors, ends the session and shows the login dialog; the next person works in the same window.
 */
class LogoutTest {

	private static final String TITLE = "ISU Workbench – Hanna Handläggare (Handläggare)";

	private final SwtDriver driver = new SwtDriver(Display.getCurrent());

	@Test
	void logoutAsksFirstThenClosesTheEditorsAndLogsInAgain() {
		Shell window = driver.waitForShell(TITLE);
		EPartService parts = ((MWindow) window.getData("modelElement")).getContext().get(EPartService.class);
		MPart editor = openDirtyCase(window, parts);

		driver.whenShellOpens("Osparade ändringar", dialog -> driver.click(driver.find(dialog, WidgetIds.UNSAVED_CANCEL, Button.class)));
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.logout");
		assertTrue(OsgiServices.get(Session.class).current().isPresent(), "Avbryt keeps the session");
		assertTrue(parts.getParts().contains(editor) && editor.isDirty(), "Avbryt keeps the editor and its change");

		AtomicBoolean loginShown = new AtomicBoolean();
		java.util.concurrent.atomic.AtomicReference<Throwable> loginFailure = new java.util.concurrent.atomic.AtomicReference<>();
		driver.whenShellOpens("Osparade ändringar", dialog -> {
			driver.whenShellOpens("Logga in på ISU Workbench", login -> {
				try {
					loginShown.set(!OsgiServices.get(Session.class).current().isPresent());
					// setText, not typed keys: the main window is hidden meanwhile and posted keys need a focused window.
					driver.find(login, WidgetIds.LOGIN_USER, Text.class).setText("handlaggare");
					driver.find(login, WidgetIds.LOGIN_PASSWORD, Text.class).setText("isu-demo");
					driver.click(button(login, "Logga in"));
				} catch (Throwable t) {
					loginFailure.set(t);
					login.close(); // never leave a modal dialog behind: the test fails instead of hanging
				}
			});
			driver.click(driver.find(dialog, WidgetIds.UNSAVED_DISCARD, Button.class));
		});
		WorkbenchCommands.execute(driver, window, "se.isu.app.command.logout");
		if (loginFailure.get() != null) {
			throw new AssertionError("the login step failed", loginFailure.get());
		}
		assertTrue(loginShown.get(), "the login dialog was shown with no one logged in");
		assertFalse(parts.getParts().contains(editor), "the editors were closed");
		assertEquals("handlaggare", OsgiServices.get(Session.class).current().orElseThrow().userName());
		assertEquals(TITLE, driver.waitForShell(TITLE).getText());
	}

	private MPart openDirtyCase(Shell window, EPartService parts) {
		CaseService cases = OsgiServices.get(CaseService.class);
		String caseNumber = cases.findCases(new CaseFilter(null, CaseStatus.OPEN, null, null, 500)).stream()
				.filter(c -> !c.getClient().isProtectedIdentity())
				.map(c -> cases.findCase(c.getCaseNumber()).orElseThrow())
				.filter(c -> !java.time.LocalDate.of(2026, 3, 5).equals(c.getDecisionDate())).skip(3).findFirst().orElseThrow()
				.getCaseNumber();
		MWindow model = (MWindow) window.getData("modelElement");
		MPart part = CaseEditors.open(parts, model.getContext().get(EModelService.class), model.getContext().get(MApplication.class),
				caseNumber);
		driver.flush();
		driver.waitUntil(() -> part.getWidget() != null, "the editor of " + caseNumber);
		Text decision = driver.find((Composite) part.getWidget(), "decisionDate", Text.class);
		decision.setText("");
		driver.type(decision, "2026-03-05");
		driver.waitUntil(part::isDirty, "the case editor to be dirty");
		return part;
	}

	private static Button button(Composite parent, String text) {
		List<Button> found = new ArrayList<>();
		collect(parent, found);
		return found.stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	private static void collect(Composite parent, List<Button> found) {
		for (var child : parent.getChildren()) {
			if (child instanceof Button b) {
				found.add(b);
			} else if (child instanceof Composite c) {
				collect(c, found);
			}
		}
	}
}
