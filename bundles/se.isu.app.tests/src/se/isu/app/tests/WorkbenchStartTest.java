package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/** The product's e4 workbench, started by the UI test harness in demo mode, as a person sees it. */
class WorkbenchStartTest {

	private final SwtDriver driver = new SwtDriver(Display.getCurrent());

	/** The workbench is shared by the test classes: start each test from an empty search. */
	@BeforeEach
	void clearSearch() {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)") /* the logged-in demo user in the title */;
		driver.waitFor(window, WidgetIds.CASE_LIST_SEARCH, Text.class).setText("");
		driver.flush();
	}

	@Test
	void mainWindowShowsTheDemoCasesInTheCaseList() {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)") /* the logged-in demo user in the title */;
		Table table = driver.waitFor(window, WidgetIds.CASE_LIST_TABLE, Table.class);
		CaseService cases = OsgiServices.get(CaseService.class);
		driver.waitUntil(() -> table.getItemCount() > 0, "demo cases in the case list");
		assertEquals(Math.min(cases.countCases(), CaseFilter.DEFAULT_LIMIT), table.getItemCount());
		IsuCase newest = cases.findCases(CaseFilter.all()).get(0);
		assertEquals(newest.getCaseNumber(), table.getItem(0).getText(0));
		window.setSize(1280, 800);
		driver.screenshot(window, Path.of("target", "screenshots", "workbench.png"));
	}

	@Test
	void searchingInTheWorkbenchFiltersTheCaseList() {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)") /* the logged-in demo user in the title */;
		Table table = driver.waitFor(window, WidgetIds.CASE_LIST_TABLE, Table.class);
		IsuCase any = OsgiServices.get(CaseService.class).findCases(CaseFilter.all()).get(0);
		Text search = driver.find(window, WidgetIds.CASE_LIST_SEARCH, Text.class);
		driver.type(search, any.getCaseNumber());
		driver.waitUntil(() -> table.getItemCount() == 1, "one row for case " + any.getCaseNumber());
		assertTrue(table.getItem(0).getText(0).equals(any.getCaseNumber()));
		search.setText("");
		driver.waitUntil(() -> table.getItemCount() > 1, "the full list again");
	}
}
