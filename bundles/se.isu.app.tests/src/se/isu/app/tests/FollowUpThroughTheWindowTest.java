package se.isu.app.tests;


import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/** Uppföljning in the running workbench: the due list beside the case list, the compile view and the report gallery. */
class FollowUpThroughTheWindowTest {

	private final SwtDriver driver = new SwtDriver(Display.getCurrent());

	@Test
	void theDueListCompileViewAndReportGalleryOpenFromTheWindow() {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)");
		// The tab beside the case list: e4 renders a part when it is first shown.
		EPartService parts = ((MWindow) window.getData("modelElement")).getContext().get(EPartService.class);
		parts.showPart("se.isu.ui.part.duelist", EPartService.PartState.ACTIVATE);
		driver.flush();
		try {
			duelistCompileViewAndGallery(window);
		} finally {
			// leave the window as the other tests expect it: the case list in front
			parts.showPart("se.isu.ui.part.caselist", EPartService.PartState.ACTIVATE);
			driver.flush();
		}
	}

	private void duelistCompileViewAndGallery(Shell window) {
		Table due = driver.waitFor(window, WidgetIds.DUE_TABLE, Table.class);
		// the due list is read by a background job: its summary comes with the rows
		Label summary = driver.find(window, WidgetIds.DUE_SUMMARY, Label.class);
		driver.waitUntil(() -> summary.getText().contains("denna vecka"), "the due list's summary");
		driver.waitUntil(() -> due.getItemCount() > 0, "the demo cases' overdue and missed occasions");

		WorkbenchCommands.execute(driver, window, "se.isu.app.command.opencompile");
		driver.click(driver.waitFor(window, WidgetIds.COMPILE_RUN, Button.class));
		Table compiled = driver.find(window, WidgetIds.COMPILE_TABLE, Table.class);
		driver.waitUntil(() -> compiled.getItemCount() > 0, "the compiled table");
		// the chart is drawn by its own background job after the table
		Label chart = driver.find(window, WidgetIds.COMPILE_CHART, Label.class);
		driver.waitUntil(() -> chart.getImage() != null, "the chart");
		window.setSize(1280, 800);
		driver.screenshot(window, Path.of("target", "screenshots", "compile-workbench.png"));

		WorkbenchCommands.execute(driver, window, "se.isu.app.command.openreports");
		Table gallery = driver.waitFor(window, WidgetIds.REPORTS_GALLERY, Table.class);
		driver.waitUntil(() -> gallery.getItemCount() >= 4, "core's four reports in the gallery");
		driver.screenshot(window, Path.of("target", "screenshots", "reports-workbench.png"));
	}
}
