package se.isu.app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.internal.workbench.swt.IEventLoopAdvisor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import se.isu.ui.workbench.Messages;

/**
 * Replaces e4's "Internal Error" dialog (set in the application context by {@link LifeCycle}): an exception that
 * reaches the event loop is written with its stack trace to the log file, and the person gets a short Swedish message
 * that says their work is still there. Nothing is closed; the window goes on. While the message is open, further
 * errors are only logged, so a failing paint cannot flood the screen with dialogs.
 */
final class ErrorAdvisor implements IEventLoopAdvisor {

	private final ILog log = Platform.getLog(ErrorAdvisor.class);
	private boolean showing;

	@Override
	public void eventLoopIdle(Display display) {
		display.sleep();
	}

	@Override
	public void eventLoopException(Throwable exception) {
		log.log(Status.error("Oväntat fel i fönstret / unexpected error in the window", exception));
		Display display = Display.getCurrent();
		if (showing || display == null || display.isDisposed()) {
			return;
		}
		showing = true;
		try {
			Shell parent = display.getActiveShell();
			String file = Platform.getLogFileLocation() == null ? "" : Platform.getLogFileLocation().toOSString();
			MessageDialog.openError(parent, Messages.error_title, NLS.bind(Messages.error_message, file));
		} finally {
			showing = false;
		}
	}
}
