package se.isu.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import se.isu.ui.form.AssessmentEditorPart;

/** Opens an assessment in the editor area beside the case editors, or brings it to the front. */
public final class AssessmentEditors {

	private AssessmentEditors() {
	}

	/** @param caseNumber the assessment's case, kept with the part for the access log of its drafts */
	public static MPart open(EPartService parts, EModelService models, MApplication application, long assessmentId,
			String label, String caseNumber) {
		String id = Long.toString(assessmentId);
		for (MPart part : parts.getParts()) {
			if (AssessmentEditorPart.DESCRIPTOR_ID.equals(part.getElementId())
					&& id.equals(part.getPersistedState().get(AssessmentEditorPart.ASSESSMENT_ID))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = parts.createPart(AssessmentEditorPart.DESCRIPTOR_ID);
		part.getPersistedState().put(AssessmentEditorPart.ASSESSMENT_ID, id);
		if (caseNumber != null) {
			part.getPersistedState().put(AssessmentEditorPart.CASE_NUMBER, caseNumber);
		}
		part.setLabel(label);
		MPartStack stack = (MPartStack) models.find(CaseEditors.EDITOR_STACK, application);
		if (stack != null) {
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
