package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import se.isu.ui.CaseEditors;

import se.isu.testkit.SwtDriver;

/**
 * Runs a command in the window's context (and opens case editors as the case list does), as its key binding or menu item does. Key bindings themselves are not
 * driven: posted Ctrl+key events did not reliably reach e4's binding dispatcher under Xvfb without a window manager.
 */
final class WorkbenchCommands {

	private WorkbenchCommands() {
	}

	static void execute(SwtDriver driver, Shell window, String commandId) {
		MWindow model = (MWindow) window.getData("modelElement");
		ECommandService commands = model.getContext().get(ECommandService.class);
		EHandlerService handlers = model.getContext().get(EHandlerService.class);
		ParameterizedCommand command = commands.createCommand(commandId, null);
		assertTrue(handlers.canExecute(command), commandId + " is enabled");
		handlers.executeHandler(command);
		driver.flush();
	}

	/** The window's part service. */
	static EPartService parts(Shell window) {
		return ((MWindow) window.getData("modelElement")).getContext().get(EPartService.class);
	}

	/** Opens a case's editor as Enter in the case list does, and waits until it is rendered. */
	static MPart openCase(SwtDriver driver, Shell window, String caseNumber) {
		MWindow model = (MWindow) window.getData("modelElement");
		MPart part = CaseEditors.open(parts(window), model.getContext().get(EModelService.class),
				model.getContext().get(MApplication.class), caseNumber);
		driver.flush();
		driver.waitUntil(() -> part.getWidget() != null, "the editor of " + caseNumber);
		return part;
	}
}
