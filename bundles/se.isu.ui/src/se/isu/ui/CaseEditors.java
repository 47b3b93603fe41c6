package se.isu.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import se.isu.ui.editor.CaseEditorPart;

/** Opens a case in the editor area, or brings its editor to the front when it is open already. */
public final class CaseEditors {

	/** The part stack that holds case editors (Application.e4xmi). */
	public static final String EDITOR_STACK = "se.isu.app.stack.editors";

	private CaseEditors() {
	}

	public static MPart open(EPartService parts, EModelService models, MApplication application, String caseNumber) {
		for (MPart part : parts.getParts()) {
			if (CaseEditorPart.DESCRIPTOR_ID.equals(part.getElementId())
					&& caseNumber.equals(part.getPersistedState().get(CaseEditorPart.CASE_NUMBER))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = parts.createPart(CaseEditorPart.DESCRIPTOR_ID);
		part.getPersistedState().put(CaseEditorPart.CASE_NUMBER, caseNumber);
		part.setLabel(caseNumber);
		MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
		if (stack != null) {
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
