package se.isu.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.security.Session;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/** The report gallery in a real Shell: render as a job, import a broken and a good template, reset. */
class ReportGalleryPartTest {

	@TempDir
	Path folder;

	private Display display;
	private Shell shell;
	private SwtDriver driver;
	private ReportGalleryPart part;
	/* What the part asked the file dialog: extension and suggested name; answered with {@link #answer}. */
	private final List<String> asked = new ArrayList<>();
	private String answer;
	private final AtomicInteger deliveries = new AtomicInteger();

	@BeforeEach
	void openShell() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(30, 4));
		TestUsers.as(Role.METHODS_STAFF);
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("ReportGalleryPartTest");
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 600);
		part = new ReportGalleryPart(OsgiServices.get(ReportService.class), OsgiServices.get(CaseService.class),
				OsgiServices.get(Session.class), new UiJobs(countingSynchronize(display)), (shell, extension, suggested) -> {
					asked.add(extension + " " + suggested);
					return answer;
				});
		part.create(shell);
		shell.open();
		finish(part.loading());
	}

	/** The display's UISynchronize, counting what is delivered through it. */
	private UISynchronize countingSynchronize(Display display) {
		return new UISynchronize() {
			@Override
			public void syncExec(Runnable runnable) {
				display.syncExec(runnable);
			}

			@Override
			public void asyncExec(Runnable runnable) {
				deliveries.incrementAndGet();
				display.asyncExec(runnable);
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
		};
	}

	@AfterEach
	void closeShell() {
		OsgiServices.get(ReportService.class).resetTemplate("caseload");
		shell.dispose();
		TestUsers.logout();
	}

	@Test
	void theGalleryListsEveryInstalledReport() {
		Table gallery = driver.find(shell, WidgetIds.REPORTS_GALLERY, Table.class);
		assertEquals(OsgiServices.get(ReportService.class).templates().size(), gallery.getItemCount());
		assertTrue(driver.find(shell, WidgetIds.REPORTS_IMPORT, Button.class).isVisible(), "methods staff manage templates");
		driver.screenshot(shell, Path.of("target", "screenshots", "report-gallery.png"));
	}

	@Test
	void aReportIsRenderedInABackgroundJobAndAppearsWhenComplete() throws Exception {
		part.select("questions");
		Path pdf = folder.resolve("fragor.pdf");
		Job job = part.render(pdf);
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
		assertTrue(Files.size(pdf) > 1000);
		assertFalse(Files.exists(folder.resolve("fragor.pdf.part")));
		driver.waitUntil(() -> part.status().startsWith("Klar:"), "the status says the report is done");
		assertTrue(deliveries.get() > 0, "the result came back through the injected UISynchronize");
	}

	@Test
	void aWrongPeriodIsSaidBeforeAnyFileIsAskedFor() {
		part.select("questions");
		driver.type(driver.find(shell, WidgetIds.REPORTS_FROM, Text.class), "2025-02-30");
		driver.click(driver.find(shell, WidgetIds.REPORTS_RENDER, Button.class));
		assertEquals(List.of(), asked, "no file dialog for a period that cannot be used");
		assertTrue(part.status().startsWith("Från"), part.status());
	}

	@Test
	void theSuggestedFileNameIsSwedishAndDated() throws Exception {
		part.select("questions");
		answer = folder.resolve("vald.pdf").toString();
		driver.click(driver.find(shell, WidgetIds.REPORTS_RENDER, Button.class));
		assertEquals(List.of("pdf rapport-questions-" + LocalDate.now() + ".pdf"), asked);
		// BIRT's engine starts on the first render: allow it the time a busy build machine needs
		driver.waitUntil(() -> part.status().startsWith("Klar:"), Duration.ofMinutes(3),
				"the report is saved where the person chose");
		assertTrue(Files.size(folder.resolve("vald.pdf")) > 1000);
	}

	@Test
	void aBrokenTemplateIsRefusedWithTheReasonShownAndAGoodOneIsUsedUntilReset() throws IOException {
		part.select("caseload");
		Path broken = folder.resolve("trasig.rptdesign");
		Files.writeString(broken, "<report>");
		finish(part.importDesign(broken));
		assertTrue(part.status().startsWith("Mallfil: trasig.rptdesign kunde inte läsas"), part.status());
		Table gallery = driver.find(shell, WidgetIds.REPORTS_GALLERY, Table.class);
		finish(part.exportTo(folder.resolve("export")));
		finish(part.importDesign(folder.resolve("export").resolve("caseload.rptdesign")));
		assertTrue(part.status().startsWith("Verksamhetens egen mall"), part.status());
		assertEquals("Egen version", gallery.getItem(gallery.getSelectionIndex()).getText(2));
		finish(part.resetSelected());
		assertEquals("Levererad", gallery.getItem(gallery.getSelectionIndex()).getText(2));
	}

	/** Waits for a job of the part and for what it delivers to the window. */
	private void finish(Job job) {
		try {
			job.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
		boolean[] delivered = { false };
		display.asyncExec(() -> delivered[0] = true); // queued after the job's own delivery
		driver.waitUntil(() -> delivered[0], "the job's result shown");
	}
}
