package se.isu.testplugin.instrument.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import se.isu.instrument.ui.api.WorkbenchIds;

/** Opens the overview in the editor area (the published stack id), or brings it forward when it is open. */
public class OpenFamilyRatingsHandler {

	static final String DESCRIPTOR_ID = "se.isu.testplugin.instrument.ui.partdescriptor.familyratings";

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(DESCRIPTOR_ID);
		if (part == null) {
			part = parts.createPart(DESCRIPTOR_ID);
			MPartStack stack = (MPartStack) models.find(WorkbenchIds.PART_STACK_EDITORS, application);
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
