package se.isu.ui.handlers;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import se.isu.ui.CaseEditors;

/** Opens a single-instance part from its descriptor in the editor area, or brings it forward when it is open. */
final class PartOpener {

	private PartOpener() {
	}

	static void show(String descriptorId, EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(descriptorId);
		if (part == null) {
			part = parts.createPart(descriptorId);
			MPartStack stack = (MPartStack) models.find(CaseEditors.EDITOR_STACK, application);
			if (stack != null) {
				stack.getChildren().add(part);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
