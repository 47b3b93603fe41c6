package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import se.isu.ui.form.FormCustomisationPart;

/** Verktyg › Anpassa formulär: opens (or brings forward) the part where methods staff customise forms. */
public class CustomiseFormsHandler {

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		PartOpener.show(FormCustomisationPart.DESCRIPTOR_ID, parts, models, application);
	}
}
