package se.isu.ui.workbench;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

import se.isu.core.UserWorkspace;

/**
 * The main window's size, position, maximised state and open cases, per user (UserWorkspace preferences: ids only).
 * The e4 model itself is not persisted (docs/architecture.md decision 13), so only these few values are kept. A first
 * start, or remembered bounds that no longer fit any monitor, gets 90 % of the primary monitor, centred.
 */
public final class WindowMemory {

	static final String BOUNDS = "window.bounds";
	static final String MAXIMIZED = "window.maximized";
	static final String CASES = "window.cases";
	/** At most this many case editors are reopened. */
	static final int MAX_CASES = 20;

	private final UserWorkspace workspace;

	public WindowMemory(UserWorkspace workspace) {
		this.workspace = workspace;
	}

	/** Gives the shell the remembered (or first-start) bounds and maximised state. */
	public void restore(Shell shell) {
		Rectangle bounds = workspace.preference(BOUNDS).map(WindowMemory::parse).orElse(null);
		if (bounds == null || !fitsAMonitor(shell, bounds)) {
			Rectangle area = shell.getDisplay().getPrimaryMonitor().getClientArea();
			int width = area.width * 9 / 10;
			int height = area.height * 9 / 10;
			bounds = new Rectangle(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
		}
		shell.setBounds(bounds);
		shell.setMaximized(workspace.preference(MAXIMIZED).map(Boolean::parseBoolean).orElse(false));
	}

	/** {@code normalBounds} are the bounds the window has when not maximised. */
	public void remember(Rectangle normalBounds, boolean maximized, List<String> openCases) {
		workspace.putPreference(BOUNDS, normalBounds.x + "," + normalBounds.y + "," + normalBounds.width + "," + normalBounds.height);
		workspace.putPreference(MAXIMIZED, Boolean.toString(maximized));
		workspace.putPreference(CASES, String.join(",", openCases.stream().limit(MAX_CASES).toList()));
	}

	/** The case numbers whose editors were open at the last end, in tab order. */
	public List<String> openCases() {
		return workspace.preference(CASES).filter(s -> !s.isBlank()).map(s -> Arrays.asList(s.split(","))).orElse(List.of());
	}

	private static Rectangle parse(String text) {
		try {
			int[] v = Arrays.stream(text.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
			return v.length == 4 && v[2] >= 200 && v[3] >= 150 ? new Rectangle(v[0], v[1], v[2], v[3]) : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** At least the title bar's top-left part must be on a monitor, and the window no larger than it. */
	private static boolean fitsAMonitor(Shell shell, Rectangle bounds) {
		for (Monitor monitor : shell.getDisplay().getMonitors()) {
			Rectangle area = monitor.getClientArea();
			if (area.contains(bounds.x + 20, bounds.y + 10) && bounds.width <= area.width && bounds.height <= area.height) {
				return true;
			}
		}
		return false;
	}
}
