package se.isu.ui.reports;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks where to save a file, suggesting a name; null when the person cancels. The workbench asks with the file
 * dialog; tests answer in its place (a native file dialog cannot be driven from a test).
 */
@FunctionalInterface
public interface SaveLocation {

	/** @param extension e.g. {@code csv}, without the dot */
	String ask(Shell shell, String extension, String suggestedName);

	/** The file dialog. */
	static SaveLocation dialog() {
		return (shell, extension, suggestedName) -> {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*." + extension });
			dialog.setFileName(suggestedName);
			dialog.setOverwrite(true);
			return dialog.open();
		};
	}
}
