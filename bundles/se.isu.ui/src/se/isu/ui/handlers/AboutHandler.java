package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;
import se.isu.ui.workbench.Messages;
import se.isu.ui.workbench.TextDialog;

/** Hjälp › Om ISU Workbench: version, Java and the licences of what the workbench is built on. */
public class AboutHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		new TextDialog(shell, Messages.help_about,
				NLS.bind(Messages.help_aboutText, new Object[] { version, System.getProperty("java.version"), System.getProperty("java.vendor") }),
				72).open();
	}
}
