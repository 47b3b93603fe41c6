package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import se.isu.ui.CaseEditors;
import se.isu.ui.form.FormCustomisationPart;

/** Verktyg › Anpassa formulär: opens (or brings forward) the part where methods staff customise forms. */
public class CustomiseFormsHandler {

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(FormCustomisationPart.DESCRIPTOR_ID);
		if (part == null) {
			part = parts.createPart(FormCustomisationPart.DESCRIPTOR_ID);
			MPartStack stack = (MPartStack) models.find(CaseEditors.EDITOR_STACK, application);
			if (stack != null) {
				stack.getChildren().add(part);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
