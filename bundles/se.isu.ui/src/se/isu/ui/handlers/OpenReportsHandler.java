package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import se.isu.ui.reports.ReportGalleryPart;

/** Uppföljning › Rapporter: opens (or brings forward) the report gallery. */
public class OpenReportsHandler {

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		PartOpener.show(ReportGalleryPart.DESCRIPTOR_ID, parts, models, application);
	}
}
