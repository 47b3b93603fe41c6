package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import se.isu.core.CaseService;
import se.isu.ui.CaseEditors;
import se.isu.ui.UiEvents;
import se.isu.ui.wizard.NewCaseWizard;

/** Arkiv › Nytt ärende (Ctrl+N): the new-client/new-case wizard, then the new case in the editor. */
public class NewCaseHandler {

	@Execute
	public void execute(MWindow window, CaseService cases, EPartService parts, EModelService models,
			MApplication application, IEventBroker events) {
		NewCaseWizard wizard = new NewCaseWizard(cases);
		// The window's own shell: under a display without a window manager no shell may count as "active".
		if (new WizardDialog((Shell) window.getWidget(), wizard).open() == WizardDialog.OK) {
			wizard.created().ifPresent(c -> {
				events.send(UiEvents.CASES_CHANGED, c.getCaseNumber());
				CaseEditors.open(parts, models, application, c.getCaseNumber());
			});
		}
	}
}
