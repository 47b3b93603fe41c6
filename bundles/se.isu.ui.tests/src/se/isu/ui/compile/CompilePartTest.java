package se.isu.ui.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationText;
import se.isu.core.compile.CompiledTable;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/** The compile view in a real Shell on the real services, driven through its widgets. */
class CompilePartTest {

	@TempDir
	Path folder;

	private final CompilationService compilations = OsgiServices.get(CompilationService.class);
	private Display display;
	private Shell shell;
	private SwtDriver driver;
	private CompilePart part;
	private final List<String> asked = new ArrayList<>();
	private String answer;

	@BeforeAll
	static void demoCases() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(150, 21));
	}

	@BeforeEach
	void openShell() {
		TestUsers.as(Role.ANALYST);
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("CompilePartTest");
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 800);
		part = new CompilePart(compilations, OsgiServices.get(CaseService.class), UiJobs.on(display),
				(shell, extension, suggested) -> {
					asked.add(suggested);
					return answer;
				});
		part.create(shell);
		shell.open();
		driver.flush();
	}

	/** Clicks Sammanställ and waits for the table and chart. */
	private void compile() {
		driver.click(driver.find(shell, WidgetIds.COMPILE_RUN, Button.class));
		waitIdle();
	}

	private void waitIdle() {
		driver.waitUntil(() -> !part.busy(), "the compilation, chart and export shown");
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
		TestUsers.logout();
	}

	@Test
	void casesByUnitAndSexShowAsTheServiceCompilesThemWithAChart() {
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Verksamhet");
		driver.select(driver.find(shell, WidgetIds.COMPILE_COLUMNS, Combo.class), "Juridiskt kön");
		compile();
		CompiledTable expected = compilations.compile(CompilationText.parse("rows=unit columns=sex"));
		Table table = driver.find(shell, WidgetIds.COMPILE_TABLE, Table.class);
		List<String[]> lines = expected.lines();
		assertEquals(lines.size() - 1, table.getItemCount());
		for (int c = 0; c < lines.get(0).length; c++) {
			assertEquals(lines.get(0)[c], table.getColumn(c).getText());
		}
		for (int r = 1; r < lines.size(); r++) {
			for (int c = 0; c < lines.get(r).length; c++) {
				assertEquals(lines.get(r)[c], table.getItem(r - 1).getText(c), "row " + r + " column " + c);
			}
		}
		assertNotNull(driver.find(shell, WidgetIds.COMPILE_CHART, Label.class).getImage(), "a chart is drawn");
		assertTrue(driver.find(shell, WidgetIds.COMPILE_NOTES, Label.class).getText().startsWith("<5 = färre än 5"));
		driver.screenshot(shell, Path.of("target", "screenshots", "compile-unit-by-sex.png"));
	}

	@Test
	void ageGroupBySexIsWhatTheReadmeShows() {
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Åldersgrupp");
		driver.select(driver.find(shell, WidgetIds.COMPILE_COLUMNS, Combo.class), "Juridiskt kön");
		compile();
		assertEquals("Åldersgrupp", driver.find(shell, WidgetIds.COMPILE_TABLE, Table.class).getColumn(0).getText());
		driver.screenshot(shell, Path.of("target", "screenshots", "compile-age-by-sex.png"));
	}

	@Test
	void aMedianDurationCanBeChosen() {
		driver.select(driver.find(shell, WidgetIds.COMPILE_MEASURE, Combo.class), "Median");
		driver.select(driver.find(shell, WidgetIds.COMPILE_VALUE, Combo.class), "Dagar aktualisering → beslut");
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Verksamhet");
		compile();
		assertEquals("Median: dagar aktualisering → beslut", driver.find(shell, WidgetIds.COMPILE_TABLE, Table.class)
				.getColumn(1).getText());
	}

	@Test
	void aBadDateIsNamedAndNothingIsCompiled() {
		driver.type(driver.find(shell, WidgetIds.COMPILE_FROM, Text.class), "31/12");
		compile();
		assertEquals("Från: ”31/12” är inget datum; skriv ÅÅÅÅ-MM-DD.",
				driver.find(shell, WidgetIds.COMPILE_STATUS, Label.class).getText());
		assertEquals(0, driver.find(shell, WidgetIds.COMPILE_TABLE, Table.class).getItemCount());
	}

	@Test
	void theTableIsExportedAsCsvAndExcel() throws IOException {
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Juridiskt kön");
		compile();
		Path csv = folder.resolve("tabell.csv");
		part.export(csv);
		waitIdle();
		assertEquals(part.current().toCsv(), Files.readString(csv, StandardCharsets.UTF_8));
		Path xlsx = folder.resolve("tabell.xlsx");
		part.export(xlsx);
		waitIdle();
		byte[] bytes = Files.readAllBytes(xlsx);
		assertArrayEquals(new byte[] { 'P', 'K' }, new byte[] { bytes[0], bytes[1] });
	}

	/**
	 * Rows typed in the text form ./isu compile reads (what an item of a group's primary row needs, decision 133):
	 * compiled as the service compiles the same text; a text that is no dimension is named with its list.
	 */
	@Test
	void aDimensionTypedInItsTextFormIsCompiledAndABadOneIsNamed() {
		Combo rows = driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class);
		driver.focus(rows);
		driver.press('a', SWT.MOD1);
		driver.type(rows, "agegroup:18,65");
		driver.select(driver.find(shell, WidgetIds.COMPILE_COLUMNS, Combo.class), "Juridiskt kön");
		assertEquals("agegroup:18,65", rows.getText());
		compile();
		List<String[]> lines = compilations.compile(CompilationText.parse("rows=agegroup:18,65 columns=sex")).lines();
		Table table = driver.find(shell, WidgetIds.COMPILE_TABLE, Table.class);
		assertEquals(lines.size() - 1, table.getItemCount());
		for (int r = 1; r < lines.size(); r++) {
			assertEquals(lines.get(r)[0], table.getItem(r - 1).getText(0), "three bands: –17, 18–64, 65–");
		}

		driver.focus(rows);
		driver.press('a', SWT.MOD1);
		driver.type(rows, "substans");
		compile();
		String status = driver.find(shell, WidgetIds.COMPILE_STATUS, Label.class).getText();
		assertTrue(status.startsWith("Rader: ”substans” är varken ett val i listan"), status);
	}

	@Test
	void aSavedCompilationComesBackIntoTheControls() {
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Verksamhet");
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS2, Combo.class), "Åldersgrupp");
		part.save("Ålder per verksamhet");
		waitIdle();
		assertEquals("Ålder per verksamhet", driver.find(shell, WidgetIds.COMPILE_SAVED, Combo.class).getText(),
				"the saved compilation is listed, selected");
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Juridiskt kön");
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS2, Combo.class), "(ingen)");
		driver.select(driver.find(shell, WidgetIds.COMPILE_SAVED, Combo.class), "Ålder per verksamhet");
		waitIdle();
		assertEquals("Verksamhet", driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class).getText());
		assertEquals("Åldersgrupp", driver.find(shell, WidgetIds.COMPILE_ROWS2, Combo.class).getText());
		assertEquals("Verksamhet / Åldersgrupp", driver.find(shell, WidgetIds.COMPILE_TABLE, Table.class).getColumn(0).getText());
		compilations.deleteSaved("Ålder per verksamhet");
	}

	@Test
	void aCompilationShowsItsProgressAtOnceAndTheTableWhenDone() {
		// Results come back through a UISynchronize that holds them until the test has looked: on an idle machine the
		// compilation can finish before the click's own events are dispatched, which made this test a race.
		HeldSynchronize held = new HeldSynchronize(display);
		shell.dispose();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 800);
		part = new CompilePart(compilations, OsgiServices.get(CaseService.class), new UiJobs(held), (s, e, n) -> null);
		part.create(shell);
		shell.open();
		driver.flush();

		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Verksamhet");
		driver.click(driver.find(shell, WidgetIds.COMPILE_RUN, Button.class));
		driver.waitUntil(() -> held.waiting() > 0, "the compilation's result, held back");
		Composite progress = driver.find(shell, WidgetIds.JOBS_PROGRESS, Composite.class);
		assertTrue(progress.isVisible(), "progress is shown as soon as the compilation starts");
		assertTrue(driver.find(shell, WidgetIds.JOBS_CANCEL, Button.class).isVisible(), "and it can be cancelled");
		held.release();
		waitIdle();
		assertFalse(progress.isVisible(), "the progress line goes when the table is there");
		assertTrue(driver.find(shell, WidgetIds.COMPILE_TABLE, Table.class).getItemCount() > 0);
	}

	/** Delivers to the display only after {@link #release()}; until then it collects what the jobs send back. */
	private static final class HeldSynchronize extends org.eclipse.e4.ui.di.UISynchronize {
		private final Display display;
		private final List<Runnable> held = new java.util.concurrent.CopyOnWriteArrayList<>();
		private volatile boolean holding = true;

		HeldSynchronize(Display display) {
			this.display = display;
		}

		int waiting() {
			return held.size();
		}

		void release() {
			holding = false;
			held.forEach(display::asyncExec);
			held.clear();
		}

		@Override
		public void syncExec(Runnable runnable) {
			display.syncExec(runnable);
		}

		@Override
		public void asyncExec(Runnable runnable) {
			if (holding) {
				held.add(runnable);
			} else {
				display.asyncExec(runnable);
			}
		}

		@Override
		protected boolean isUIThread(Thread thread) {
			return display.getThread() == thread;
		}

		@Override
		protected void showBusyWhile(Runnable runnable) {
			runnable.run();
		}

		@Override
		protected boolean dispatchEvents() {
			return display.readAndDispatch();
		}
	}

	@Test
	void anExportSuggestsASwedishDatedNameAndIsWrittenInTheBackground() throws IOException {
		answer = folder.resolve("vald.csv").toString();
		driver.select(driver.find(shell, WidgetIds.COMPILE_ROWS, Combo.class), "Juridiskt kön");
		compile();
		driver.click(driver.find(shell, WidgetIds.COMPILE_EXPORT_CSV, Button.class));
		assertEquals(List.of("sammanstallning-" + LocalDate.now() + ".csv"), asked);
		waitIdle();
		assertEquals(part.current().toCsv(), Files.readString(folder.resolve("vald.csv"), StandardCharsets.UTF_8));
		assertTrue(driver.find(shell, WidgetIds.COMPILE_STATUS, Label.class).getText().startsWith("Sparad"));
	}
}
