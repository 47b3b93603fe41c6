package se.isu.ui.parts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * Benchmark, not a test: the case list on many demo cases (100 000 by default, {@code -Disu.benchmark.cases}), searched
 * through the real part and service as a person types — a key every 120 ms, then the time from the last key press to
 * the list showing the result (including the 150 ms pause the part waits for more keys) and the longest time the
 * UI thread was busy meanwhile (the window is blocked for that long). Not in the suite (the name does not end in
 * Test); {@code ./isu benchmark search} runs it on a database kept in {@code ~/.isu-benchmark-search}. Figures go to
 * target/benchmarks/case-search.txt; it asserts nothing about time.
 */
class CaseSearchBenchmark {

	private static final int CASES = Integer.getInteger("isu.benchmark.cases", 100_000);
	private static final int RUNS = 5;
	private static final int KEY_INTERVAL_MILLIS = 120;

	private Display display;
	private SwtDriver driver;
	private long longestTick;

	@Test
	void searchAsYouType() throws IOException {
		StringBuilder report = new StringBuilder();
		CaseService cases = OsgiServices.get(CaseService.class);
		long existing = TestUsers.as(Role.ANALYST, cases::countCases);
		if (existing < CASES) {
			long started = System.nanoTime();
			TestUsers.as(Role.SYSTEM_ADMIN,
					() -> OsgiServices.get(DemoDataService.class).generate((int) (CASES - existing), 2026));
			report.append(String.format(Locale.ROOT, "generated %d demo cases in %.0f s%n", CASES - existing,
					(System.nanoTime() - started) / 1e9));
		}
		long stored = TestUsers.as(Role.ANALYST, cases::countCases);
		TestUsers.caseWorker("VUX", "UNG", "VNR");
		// what a person would type: a common family name, a name and a word of the next, a personnummer, its last
		// four digits, a case number, and clearing the field (the newest 500 again)
		IsuCase sample = cases.findCases(new CaseFilter(null, null, null, null, 2000)).get(1234 % 2000);
		String pnr = sample.getClient().getPersonalIdentityNumber();
		List<String> searches = List.of("andersson", "anna jo", pnr, pnr.substring(pnr.length() - 4),
				sample.getCaseNumber(), "");
		report.append(String.format(Locale.ROOT, "cases: %d, JVM %s, %d cores; a key every %d ms, %d runs each%n",
				stored, Runtime.version(), Runtime.getRuntime().availableProcessors(), KEY_INTERVAL_MILLIS, RUNS));

		display = Display.getDefault();
		driver = new SwtDriver(display);
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(830, 1000);
		CaseListPart part = new CaseListPart(cases, UiJobs.on(display));
		part.create(shell);
		shell.open();
		driver.waitUntil(() -> !part.searching(), "the first list");
		Text search = driver.find(shell, WidgetIds.CASE_LIST_SEARCH, Text.class);
		Table table = driver.find(shell, WidgetIds.CASE_LIST_TABLE, Table.class);
		startTicker();
		for (String text : searches) {
			List<Double> shown = new ArrayList<>();
			List<Double> blocked = new ArrayList<>();
			List<Double> service = new ArrayList<>();
			for (int run = 0; run < RUNS + 1; run++) {
				search.setText("");
				driver.waitUntil(() -> !part.searching(), "the cleared list");
				long lastKey = 0;
				longestTick = 0;
				if (text.isEmpty()) {
					// clearing is one key: select all and delete
					search.setText("x");
					driver.waitUntil(() -> !part.searching(), "one letter");
					longestTick = 0;
					search.selectAll();
					driver.press(org.eclipse.swt.SWT.BS);
					lastKey = System.nanoTime();
				}
				for (char c : text.toCharArray()) {
					driver.type(search, String.valueOf(c));
					lastKey = System.nanoTime();
					pause(KEY_INTERVAL_MILLIS);
				}
				if (!text.isEmpty()) {
					// the last key's pause is not the person's waiting time: measure from the key itself
					longestTick = 0;
				}
				driver.waitUntil(() -> !part.searching(), "the result of " + text);
				table.update();
				double millis = (System.nanoTime() - lastKey) / 1e6;
				if (run > 0) { // the first run warms caches and the JIT
					shown.add(millis);
					blocked.add(longestTick / 1e6);
					long start = System.nanoTime();
					cases.findCases(CaseFilter.text(text));
					service.add((System.nanoTime() - start) / 1e6);
				}
			}
			Collections.sort(shown);
			Collections.sort(blocked);
			Collections.sort(service);
			report.append(String.format(Locale.ROOT,
					"%-22s %4d rows: last key to list shown median %4.0f ms, max %4.0f ms (of it 150 ms waiting for more"
							+ " keys); findCases alone median %4.0f ms; UI thread busy at most %3.0f ms%n",
					"\"" + (text.equals(pnr) ? "<personnummer>" : text) + "\"", table.getItemCount(),
					shown.get(shown.size() / 2), shown.get(shown.size() - 1), service.get(service.size() / 2),
					blocked.get(blocked.size() - 1)));
		}
		shell.dispose();
		TestUsers.logout();
		System.out.print(report);
		Path out = Path.of("target", "benchmarks", "case-search.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** Runs the event loop for this long, as the window does while the person is between keys. */
	private void pause(int millis) {
		long until = System.nanoTime() + millis * 1_000_000L;
		driver.waitUntil(() -> System.nanoTime() >= until, "the pause between keys");
	}

	/**
	 * A timer every 5 ms on the UI thread: the longest gap between two ticks, less 5 ms, is the longest the window
	 * could not answer.
	 */
	private void startTicker() {
		long[] last = { System.nanoTime() };
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			long now = System.nanoTime();
			longestTick = Math.max(longestTick, now - last[0] - 5_000_000L);
			last[0] = now;
			if (!display.isDisposed()) {
				display.timerExec(5, tick[0]);
			}
		};
		display.timerExec(5, tick[0]);
	}
}
