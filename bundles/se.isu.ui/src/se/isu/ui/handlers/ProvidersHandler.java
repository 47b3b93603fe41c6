package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.isu.core.provider.ProviderService;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.ui.jobs.UiJobs;
import se.isu.ui.providers.ProvidersDialog;

/** Verktyg › Utförare…: for those who keep the register (the service checks again on every save). */
public class ProvidersHandler {

	@CanExecute
	public boolean canExecute(Session session) {
		return session.may(Permission.PROVIDERS_MANAGE);
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProviderService providers, UiJobs jobs) {
		new ProvidersDialog(shell, providers, jobs).open();
	}
}
