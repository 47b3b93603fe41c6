package se.isu.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * Arkiv › Stäng (Ctrl+W): closes the active tab. A tab with unsaved changes is asked about first (the window's save
 * handler: Spara / Spara inte / Avbryt), exactly as its close box does.
 */
public class CloseHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.isCloseable();
	}

	@Execute
	public void execute(EPartService parts, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (parts.savePart(part, true)) {
			parts.hidePart(part, true);
		}
	}
}
