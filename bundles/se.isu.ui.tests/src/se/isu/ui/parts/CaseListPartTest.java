package se.isu.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.NewCase;
import se.isu.model.IsuCase;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.OsgiServices;

/** The case list rendered into a real Shell on the real CaseService and Derby database; driven by key presses. */
class CaseListPartTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private final CaseService cases = OsgiServices.get(CaseService.class);
	/* Every thread the part's searches ran on: the real service, watched through a proxy. */
	private final List<Thread> searchThreads = new CopyOnWriteArrayList<>();
	private Display display;
	private Shell shell;
	private SwtDriver driver;
	private CaseListPart part;

	@BeforeEach
	void openShell() {
		se.isu.testkit.TestUsers.as(se.isu.security.Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(20, 11));
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("CaseListPartTest");
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 600);
		part = new CaseListPart(watched(cases), UiJobs.on(display));
		part.create(shell);
		shell.open();
		waitForList();
	}

	private CaseService watched(CaseService service) {
		return (CaseService) Proxy.newProxyInstance(CaseService.class.getClassLoader(), new Class<?>[] { CaseService.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("findCases")) {
						searchThreads.add(Thread.currentThread());
					}
					try {
						return method.invoke(service, arguments);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	private void waitForList() {
		driver.waitUntil(() -> !part.searching(), "the search to show its result");
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
		// a test database that has grown past the limit says so instead of a count
		assertTrue(status.contains(String.valueOf(stored)), status);
		driver.screenshot(shell, Path.of("target", "screenshots", "case-list.png"));
	}

	@Test
	void typingAPersonnummerNarrowsTheListToThatClient() {
		IsuCase opened = cases.openCase(new NewCase("19900630-4563", "Maja", "Sökbar", "UIT", "UI-test", LocalDate.of(2026, 4, 1)));
		Text search = driver.find(shell, WidgetIds.CASE_LIST_SEARCH, Text.class);
		driver.type(search, "19900630-4563");
		Table table = driver.find(shell, WidgetIds.CASE_LIST_TABLE, Table.class);
		driver.waitUntil(() -> table.getItemCount() == 1, "one row for the typed personnummer");
		waitForList();
		assertEquals(1, table.getItemCount());
		assertEquals(opened.getCaseNumber(), table.getItem(0).getText(0));
		assertEquals("Maja Sökbar", table.getItem(0).getText(2));
		driver.screenshot(shell, Path.of("target", "screenshots", "case-list-search.png"));
	}

	@Test
	void theSearchNeverRunsOnTheUiThread() {
		Text search = driver.find(shell, WidgetIds.CASE_LIST_SEARCH, Text.class);
		driver.type(search, "1990");
		waitForList();
		assertFalse(searchThreads.isEmpty(), "the list was filled by a search");
		for (Thread thread : searchThreads) {
			assertNotEquals(display.getThread(), thread, "a search ran on the UI thread");
		}
	}

	@Test
	void aBurstOfKeyPressesMakesOneSearch() {
		searchThreads.clear();
		Text search = driver.find(shell, WidgetIds.CASE_LIST_SEARCH, Text.class);
		// set in one go, as fast typing would: the debounce turns the changes into one query
		search.setText("1");
		search.setText("19");
		search.setText("199");
		waitForList();
		assertEquals(1, searchThreads.size(), "one search for three changes within the delay");
	}

	@Test
	void typingNarrowsTheListWordByWord() {
		// personnummer of their own: another test counts the cases of 19900630-4563
		cases.openCase(new NewCase("19900630-4597", "Maja", "Sökbar", "UIT", "UI-test", LocalDate.of(2026, 4, 1)));
		cases.openCase(new NewCase("19811218-9876", "Maja", "Annanstans", "UIT", "UI-test", LocalDate.of(2026, 4, 2)));
		Text search = driver.find(shell, WidgetIds.CASE_LIST_SEARCH, Text.class);
		Table table = driver.find(shell, WidgetIds.CASE_LIST_TABLE, Table.class);
		driver.type(search, "maja");
		waitForList();
		int majas = table.getItemCount();
		assertTrue(majas >= 2, "both Majas: " + majas);
		driver.type(search, " sök");
		waitForList();
		assertTrue(table.getItemCount() >= 1 && table.getItemCount() < majas, "fewer rows: " + table.getItemCount());
		for (int row = 0; row < table.getItemCount(); row++) {
			assertEquals("Maja Sökbar", table.getItem(row).getText(2), "only Maja Sökbar's cases are left");
		}
	}

	@Test
	void percentUnderscoreAndQuoteAreSearchedLiterally() {
		Table table = driver.find(shell, WidgetIds.CASE_LIST_TABLE, Table.class);
		assertTrue(table.getItemCount() > 0);
		Text search = driver.find(shell, WidgetIds.CASE_LIST_SEARCH, Text.class);
		for (String literal : List.of("%", "_", "'")) {
			search.setText("");
			waitForList();
			driver.type(search, literal);
			waitForList();
			assertEquals(0, table.getItemCount(), "no name, personnummer or case number holds " + literal);
			assertEquals("0 ärenden", driver.find(shell, WidgetIds.CASE_LIST_STATUS, Label.class).getText());
		}
	}

	@ParameterizedTest
	@CsvSource({ "665, 800", "830, 1000" })
	void noColumnIsCutAtTheWidthTheWindowGivesTheList(int width, int height) {
		// the navigator has 52 % of the window (Application.e4xmi): 1280×800 and 1600×1000 screens
		shell.setSize(width, height);
		driver.flush();
		Table table = driver.find(shell, WidgetIds.CASE_LIST_TABLE, Table.class);
		assertTrue(table.getItemCount() > 0);
		GC gc = new GC(table);
		try {
			int total = 0;
			for (int c = 0; c < table.getColumnCount(); c++) {
				TableColumn column = table.getColumn(c);
				if (column.getWidth() == 0) {
					continue; // left out whole: it did not fit
				}
				total += column.getWidth();
				int needed = gc.textExtent(column.getText()).x;
				for (int r = 0; r < table.getItemCount(); r++) {
					needed = Math.max(needed, gc.textExtent(table.getItem(r).getText(c)).x);
				}
				assertTrue(column.getWidth() >= needed + 8,
						column.getText() + " is " + column.getWidth() + " px wide, its texts need " + needed + " px");
			}
			// the columns shown fit in the list's width: none runs past the right edge, half hidden
			assertTrue(total <= table.getClientArea().width, "columns " + total + " px in a list " + table.getClientArea().width + " px wide");
			for (int c = 0; c < 3; c++) {
				assertTrue(table.getColumn(c).getWidth() > 0, table.getColumn(c).getText() + " is always shown");
			}
		} finally {
			gc.dispose();
		}
		driver.screenshot(shell, Path.of("target", "screenshots", "case-list-" + width + ".png"));
	}
}
