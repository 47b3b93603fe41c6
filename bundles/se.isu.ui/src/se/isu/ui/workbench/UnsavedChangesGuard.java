package se.isu.ui.workbench;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Add-on (Application.e4xmi): once a window is rendered, replaces e4's English save prompt and its close handler in the
* window's context, so every way of closing (the window's close box, a tab's close box, Ctrl+W, quit, logout) asks
 * {@link AskingSaveHandler} before unsaved work goes. The renderer sets its own handlers while it creates the shell,
 * after the widget event, so ours are put in once rendering is done (and again when start-up completes).
 */
public class UnsavedChangesGuard {

	@Inject
	@Optional
	void windowRendered(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MWindow window
				&& event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Shell shell) {
			// The renderer sets its own handlers after announcing the widget: ours go in once it has finished.
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed() && window.getContext() != null) {
					guard(window);
				}
			});
		}
	}

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application) {
		for (MWindow window : application.getChildren()) {
			if (window.getContext() != null) {
				guard(window);
			}
		}
	}

	/** Installs the Swedish save prompt and a close handler that goes through it. */
	public static void guard(MWindow window) {
		window.getContext().set(ISaveHandler.class, new AskingSaveHandler(() -> (Shell) window.getWidget()));
		window.getContext().set(IWindowCloseHandler.class, closing -> closing.getContext().get(EPartService.class).saveAll(true));
	}
}
