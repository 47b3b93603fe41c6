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

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

import se.isu.core.DemoDataService;
import se.isu.security.AccountService;
import se.isu.security.LoginException;
import se.isu.security.User;
import se.isu.ui.login.LoginDialog;
import se.isu.ui.Screenshots;

/**
 * Start-up hooks of the workbench.
 * <ul>
 * <li>Demo mode ({@code -Disu.demo=true}, set by {@code ./isu start}): a fresh database gets a small synthetic
 * case set and one demo account per role (README lists them) so a newcomer sees a living workbench.</li>
 * <li>Login before any window: the login dialog, or ISU_USER/ISU_PASSWORD; a new real installation creates its
 * system administrator first.</li>
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

	/** Demo users are case workers and unit managers of the demo units. */
	private static final List<String> DEMO_UNITS = List.of("VUX", "UNG", "VNR", "MST");

	@PostContextCreate
	void postContextCreate(IEclipseContext context, DemoDataService demoData, AccountService accounts,
			IEventBroker events) {
		se.isu.ui.widgets.WheelGuard.install(Display.getCurrent()); // the wheel scrolls forms, never changes a value
		if (Boolean.getBoolean(DEMO_PROPERTY)) {
			demoData.seedIfEmpty();
			accounts.createDemoAccounts(DEMO_UNITS);
		}
		User user = login(accounts);
		if (user == null) {
			// Cancelled: e4 has no way to stop start-up from here, so leave before any window or data is shown.
			System.exit(0);
		}
		context.set(User.class, user);
		// Our Swedish message instead of e4's "Internal Error" dialog; must be in place before the event loop runs.
		context.set(org.eclipse.e4.ui.internal.workbench.swt.IEventLoopAdvisor.class, new ErrorAdvisor());
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> startupComplete(context));
	}

	/**
	 * ISU_USER/ISU_PASSWORD (environment or -Disu.user/-Disu.password, as for the CLI: scripts, screenshots, tests)
	 * log in without a dialog; otherwise, or when that fails, the login dialog asks.
	 */
	private static User login(AccountService accounts) {
		String name = setting("isu.user", "ISU_USER");
		String password = setting("isu.password", "ISU_PASSWORD");
		if (name != null && password != null && accounts.hasAccounts()) {
			try {
				return accounts.login(name, password, setting("isu.code", "ISU_CODE"));
			} catch (LoginException e) {
				System.err.println("ISU_USER " + name + ": " + e.getMessage());
			}
		}
		LoginDialog dialog = new LoginDialog(null, accounts);
		return dialog.open() == Window.OK ? dialog.user() : null;
	}

	private static String setting(String property, String environment) {
		String value = System.getProperty(property);
		return value == null || value.isBlank() ? System.getenv(environment) : value;
	}

	private void startupComplete(IEclipseContext context) {
		long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		System.out.printf("ISU Workbench: huvudfönstret öppet efter %.1f s (main window after %d ms)%n", millis / 1000.0,
				millis);
		MApplication application = context.get(MApplication.class);
		User user = context.get(User.class);
		if (user != null && !application.getChildren().isEmpty()) {
			// Who is working is always in sight: the log records everything under this name.
			application.getChildren().get(0)
					.setLabel(NLS.bind(se.isu.ui.Messages.window_user, user.displayName(), user.role().label()));
		}
		String screenshot = System.getProperty(SCREENSHOT_PROPERTY);
		if (screenshot == null || screenshot.isBlank()) {
			return;
		}
		Display display = Display.getCurrent();
		display.timerExec(SCREENSHOT_DELAY_MS, () -> {
			MWindow window = application.getChildren().get(0);
			Screenshots.save((Shell) window.getWidget(), Path.of(screenshot));
			context.get(IWorkbench.class).close();
		});
	}
}
