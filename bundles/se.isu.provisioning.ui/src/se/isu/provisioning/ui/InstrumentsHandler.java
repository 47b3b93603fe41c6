package se.isu.provisioning.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.isu.provisioning.InstrumentProvisioning;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.ui.jobs.UiJobs;

/** Verktyg › Instrument…: only for those who may manage plugins (the service checks again). */
public class InstrumentsHandler {

	@CanExecute
	public boolean canExecute(Session session) {
		return session.may(Permission.PLUGINS_MANAGE);
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, InstrumentProvisioning provisioning,
			UiJobs jobs, IWorkbench workbench, EPartService parts) {
		// "Starta om nu" asks about unsaved tabs first, as Avsluta does; Avbryt there keeps the workbench running.
		new InstrumentsDialog(shell, provisioning, jobs, () -> {
			if (parts.saveAll(true)) {
				workbench.restart();
			}
		}).open();
	}
}
