package se.isu.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import se.isu.core.DemoDataService;
import se.isu.ui.Screenshots;

/**
 * Start-up hooks of the workbench.
 * <ul>
 * <li>Demo mode ({@code -Disu.demo=true}, set by {@code ./isu start}): a fresh database gets a small synthetic
 * case set so a newcomer sees a living workbench.</li>
 * <li>When the main window is up, the time since JVM start is printed, so start-up time is measured the same way
 * every time.</li>
 * <li>Screenshot mode ({@code -Disu.screenshot=FILE}, set by {@code ./isu screenshot}): saves the main window to
 * FILE and closes the workbench.</li>
 * </ul>
 */
public class LifeCycle {

	public static final String DEMO_PROPERTY = "isu.demo";
	public static final String SCREENSHOT_PROPERTY = "isu.screenshot";

	/** Lets layout and the first paint settle before the picture is taken. */
	private static final int SCREENSHOT_DELAY_MS = 1500;

	@PostContextCreate
	void postContextCreate(IEclipseContext context, DemoDataService demoData, IEventBroker events) {
		if (Boolean.getBoolean(DEMO_PROPERTY)) {
			demoData.seedIfEmpty();
		}
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> startupComplete(context));
	}

	private void startupComplete(IEclipseContext context) {
		long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		System.out.printf("ISU Workbench: huvudfönstret öppet efter %.1f s (main window after %d ms)%n", millis / 1000.0,
				millis);
		String screenshot = System.getProperty(SCREENSHOT_PROPERTY);
		if (screenshot == null || screenshot.isBlank()) {
			return;
		}
		Display display = Display.getCurrent();
		display.timerExec(SCREENSHOT_DELAY_MS, () -> {
			MApplication application = context.get(MApplication.class);
			MWindow window = application.getChildren().get(0);
			Screenshots.save((Shell) window.getWidget(), Path.of(screenshot));
			context.get(IWorkbench.class).close();
		});
	}
}
