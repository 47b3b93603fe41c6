package se.isu.ui.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.core.DemoDataService;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.security.Role;
import se.isu.security.Session;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;

/** The due list in a real Shell: what a case worker of the demo units sees each morning. */
class DueListPartTest {

	private Display display;
	private Shell shell;
	private SwtDriver driver;
	private DueListPart part;

	@BeforeAll
	static void demoCases() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(150, 21));
	}

	private void open(Role role, String... units) {
		TestUsers.as(role, units);
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("DueListPartTest");
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 600);
		part = new DueListPart(OsgiServices.get(FollowUpMonitor.class), OsgiServices.get(Session.class));
		part.create(shell);
		shell.open();
		waitForList();
	}

	private void waitForList() {
		driver.waitUntil(() -> !part.loading(), "the due list read");
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
		TestUsers.logout();
	}

	@Test
	void aCaseWorkerSeesTheDueListOfTheirUnitsAsTheServiceHasIt() {
		open(Role.CASE_WORKER, "VUX", "UNG", "VNR");
		FollowUpMonitor.DueList due = OsgiServices.get(FollowUpMonitor.class).dueList();
		Table table = driver.find(shell, WidgetIds.DUE_TABLE, Table.class);
		assertEquals(due.occasions().size(), table.getItemCount());
		assertTrue(table.getItemCount() > 0, "the demo data has overdue and missed occasions");
		assertEquals(due.occasions().get(0).caseNumber(), table.getItem(0).getText(2));
		assertEquals(due.occasions().get(0).clientName(), table.getItem(0).getText(3));
		assertTrue(!table.getItem(0).getText(3).isBlank(), "the client is named");
		assertTrue(driver.find(shell, WidgetIds.DUE_SUMMARY, Label.class).getText().contains("försenade"));
		driver.screenshot(shell, Path.of("target", "screenshots", "due-list.png"));
	}

	@Test
	void onlyMineKeepsTheCasesTheLoggedInPersonIsResponsibleFor() {
		open(Role.CASE_WORKER, "VUX", "UNG", "VNR");
		driver.click(driver.find(shell, WidgetIds.DUE_ONLY_MINE, Button.class));
		waitForList();
		// the demo cases belong to the demo staff, not to the test account
		assertEquals(0, driver.find(shell, WidgetIds.DUE_TABLE, Table.class).getItemCount());
	}

	@Test
	void anAnalystIsToldWhyThereIsNoList() {
		open(Role.ANALYST);
		assertEquals(0, driver.find(shell, WidgetIds.DUE_TABLE, Table.class).getItemCount());
		assertTrue(driver.find(shell, WidgetIds.DUE_SUMMARY, Label.class).getText().contains("Analytiker"),
				driver.find(shell, WidgetIds.DUE_SUMMARY, Label.class).getText());
	}
}
