package se.isu.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.NewCase;
import se.isu.model.IsuCase;
import se.isu.ui.WidgetIds;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.OsgiServices;

/** The case list rendered into a real Shell on the real CaseService and Derby database; driven by key presses. */
class CaseListPartTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private Display display;
	private Shell shell;
	private SwtDriver driver;

	@BeforeEach
	void openShell() {
		se.isu.testkit.TestUsers.as(se.isu.security.Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(20, 11));
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("CaseListPartTest");
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 600);
		new CaseListPart(cases).create(shell);
		shell.open();
		driver.flush();
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
	}

	@Test
	void listsTheCasesOfTheStoreWithTheirCount() {
		Table table = driver.find(shell, WidgetIds.CASE_LIST_TABLE, Table.class);
		long stored = Math.min(cases.countCases(), 500);
		assertEquals(stored, table.getItemCount());
		assertEquals(7, table.getColumnCount());
		assertEquals("Ärende", table.getColumn(0).getText());
		String status = driver.find(shell, WidgetIds.CASE_LIST_STATUS, Label.class).getText();
		assertTrue(status.startsWith(String.valueOf(stored)), status);
		driver.screenshot(shell, Path.of("target", "screenshots", "case-list.png"));
	}

	@Test
	void typingAPersonnummerNarrowsTheListToThatClient() {
		IsuCase opened = cases.openCase(new NewCase("19900630-4563", "Maja", "Sökbar", "UIT", "UI-test", LocalDate.of(2026, 4, 1)));
		Text search = driver.find(shell, WidgetIds.CASE_LIST_SEARCH, Text.class);
		driver.type(search, "19900630-4563");
		Table table = driver.find(shell, WidgetIds.CASE_LIST_TABLE, Table.class);
		driver.waitUntil(() -> table.getItemCount() == 1, "one row for the typed personnummer");
		assertEquals(opened.getCaseNumber(), table.getItem(0).getText(0));
		assertEquals("Maja Sökbar", table.getItem(0).getText(2));
		driver.screenshot(shell, Path.of("target", "screenshots", "case-list-search.png"));
	}
}
