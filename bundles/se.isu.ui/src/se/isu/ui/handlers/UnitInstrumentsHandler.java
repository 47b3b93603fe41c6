package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.isu.core.CaseService;
import se.isu.core.instrument.UnitInstruments;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.ui.form.UnitInstrumentsDialog;
import se.isu.ui.jobs.UiJobs;

/** Verktyg › Enhetens instrument…: for methods staff (the service checks again). */
public class UnitInstrumentsHandler {

	@CanExecute
	public boolean canExecute(Session session) {
		return session.may(Permission.FORMS_MANAGE);
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UnitInstruments unitInstruments,
			CaseService cases, UiJobs jobs) {
		new UnitInstrumentsDialog(shell, jobs, unitInstruments, cases).open();
	}
}
