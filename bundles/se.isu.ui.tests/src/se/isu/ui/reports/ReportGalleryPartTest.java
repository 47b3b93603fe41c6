package se.isu.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
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

/** The report gallery in a real Shell: render as a job, import a broken and a good template, reset. */
class ReportGalleryPartTest {

	@TempDir
	Path folder;

	private Display display;
	private Shell shell;
	private SwtDriver driver;
	private ReportGalleryPart part;

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
				OsgiServices.get(Session.class));
		part.create(shell);
		shell.open();
		driver.flush();
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
	}

	@Test
	void aBrokenTemplateIsRefusedWithTheReasonShownAndAGoodOneIsUsedUntilReset() throws IOException {
		part.select("caseload");
		Path broken = folder.resolve("trasig.rptdesign");
		Files.writeString(broken, "<report>");
		part.importDesign(broken);
		assertTrue(part.status().startsWith("Mallfil: trasig.rptdesign kunde inte läsas"), part.status());
		Table gallery = driver.find(shell, WidgetIds.REPORTS_GALLERY, Table.class);
		part.exportTo(folder.resolve("export"));
		part.importDesign(folder.resolve("export").resolve("caseload.rptdesign"));
		assertTrue(part.status().startsWith("Verksamhetens egen mall"), part.status());
		assertEquals("Egen version", gallery.getItem(gallery.getSelectionIndex()).getText(2));
		part.resetSelected();
		assertEquals("Levererad", gallery.getItem(gallery.getSelectionIndex()).getText(2));
	}
}
