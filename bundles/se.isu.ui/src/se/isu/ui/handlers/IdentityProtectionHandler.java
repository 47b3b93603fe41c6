package se.isu.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import se.isu.core.protection.ProtectedIdentities;
import se.isu.model.IsuCase;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.ui.CaseEditors;
import se.isu.ui.Messages;
import se.isu.ui.editor.CaseEditorPart;
import se.isu.ui.jobs.UiJobs;
import se.isu.ui.protection.IdentityProtectionDialog;

/**
 * Redigera › Skyddade personuppgifter… for the case in the active editor (decision 89). After a decision the editor is
 * opened anew, so what it shows follows the mark; an editor with unsaved changes is left alone and the person is told.
 */
public class IdentityProtectionHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, Session session) {
		return part != null && part.getObject() instanceof CaseEditorPart editor && editor.currentCase() != null
				&& session.may(Permission.CASE_READ);
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Named(IServiceConstants.ACTIVE_PART) MPart part, Session session, ProtectedIdentities identities,
			UiJobs jobs, EPartService parts, EModelService models, MApplication application) {
		IsuCase c = ((CaseEditorPart) part.getObject()).currentCase();
		User user = session.current().orElseThrow();
		String unit = c.getUnit() == null ? null : c.getUnit().getCode();
		IdentityProtectionDialog dialog = new IdentityProtectionDialog(shell, jobs, identities, c.getCaseNumber(),
				c.getClient().isProtectedIdentity(), user.may(Permission.CASE_WRITE, unit),
				user.may(Permission.PROTECTION_LIFT, unit));
		dialog.open();
		if (!dialog.changed()) {
			return;
		}
		if (part.isDirty()) {
			MessageDialog.openInformation(shell, Messages.readReason_title, Messages.protection_doneReopen);
			return;
		}
		String caseNumber = c.getCaseNumber();
		parts.hidePart(part, true);
		CaseEditors.open(parts, models, application, caseNumber);
	}
}
