package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.ui.questionnaire.QuestionnaireEditorPart;

/** Verktyg › Formulärredigeraren: for methods staff (the service checks again on every store). */
public class QuestionnaireEditorHandler {

	@CanExecute
	public boolean canExecute(Session session) {
		return session.may(Permission.FORMS_MANAGE);
	}

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		PartOpener.show(QuestionnaireEditorPart.DESCRIPTOR_ID, parts, models, application);
	}
}
