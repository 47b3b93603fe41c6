package se.isu.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Arkiv › Avsluta (Ctrl+Q). Unsaved tabs are asked about first (Spara / Spara inte / Avbryt, the window's save
 * handler); Avbryt, or a save that fails, keeps the workbench open with everything as it was.
 */
public class QuitHandler {

	@Execute
	public void execute(IWorkbench workbench, EPartService parts) {
		if (parts.saveAll(true)) {
			workbench.close();
		}
	}
}
