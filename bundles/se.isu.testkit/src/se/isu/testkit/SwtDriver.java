package se.isu.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

import se.isu.ui.Screenshots;
import se.isu.ui.WidgetIds;

/**
 * Drives real SWT widgets the way a person does, for tests (SWTBot is not available from Maven Central).
 * Widgets are found by the stable id each UI sets with {@code widget.setData(KEY, id)}; keys and clicks are
 * posted to the display as native events, so listeners, focus and traversal run as in real use.
 * Every method must be called on the display thread.
 */
public final class SwtDriver {

	private static final String KEY = WidgetIds.KEY;

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

	private final Display display;

	public SwtDriver(Display display) {
		this.display = Objects.requireNonNull(display);
	}

	/** The widget with this id under {@code root}; fails naming the id when there is none. */
	public <W extends Widget> W find(Composite root, String id, Class<W> type) {
		List<Widget> found = new ArrayList<>();
		collect(root, id, found);
		if (found.isEmpty()) {
			throw new AssertionError("No widget with id '" + id + "' under " + root);
		}
		if (found.size() > 1) {
			throw new AssertionError(found.size() + " widgets with id '" + id + "' under " + root);
		}
		return type.cast(found.get(0));
	}

	/** Waits until a widget with this id exists under {@code root} (parts render lazily), then returns it. */
	public <W extends Widget> W waitFor(Composite root, String id, Class<W> type) {
		waitUntil(() -> {
			List<Widget> found = new ArrayList<>();
			collect(root, id, found);
			return !found.isEmpty();
		}, "a widget with id '" + id + "'");
		return find(root, id, type);
	}

	/** The widget with this id in any open shell. */
	public <W extends Widget> W find(String id, Class<W> type) {
		for (Shell shell : display.getShells()) {
			List<Widget> found = new ArrayList<>();
			collect(shell, id, found);
			if (!found.isEmpty()) {
				return type.cast(found.get(0));
			}
		}
		throw new AssertionError("No widget with id '" + id + "' in any shell");
	}

	private static void collect(Control control, String id, List<Widget> found) {
		if (id.equals(control.getData(KEY))) {
			found.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, id, found);
			}
		}
	}

	/** Waits for a visible shell with exactly this title. */
	public Shell waitForShell(String title) {
		Shell[] result = new Shell[1];
		waitUntil(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					result[0] = shell;
					return true;
				}
			}
			return false;
		}, DEFAULT_TIMEOUT, "a shell titled '" + title + "'");
		return result[0];
	}

	/**
	 * Runs {@code steps} once a visible shell with this title appears, from whatever event loop is running then. Use it
	 * before an action that opens a modal dialog: the dialog's own loop runs the steps, and the test continues when
	 * they have closed the dialog.
	 */
	public void whenShellOpens(String title, java.util.function.Consumer<Shell> steps) {
		long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					steps.accept(shell);
					return;
				}
			}
			if (System.nanoTime() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	/** Runs the event loop until the condition holds; fails with {@code what} after the timeout. */
	public void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleeping loop so the condition is checked again
				});
				display.sleep();
			}
		}
	}

	public void waitUntil(BooleanSupplier condition, String what) {
		waitUntil(condition, DEFAULT_TIMEOUT, what);
	}

	/** Processes every pending event. */
	public void flush() {
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Gives the control keyboard focus, then types the text as key presses. */
	public void type(Control control, String text) {
		focus(control);
		for (char c : text.toCharArray()) {
			postKey(c, 0);
		}
		flush();
	}

	/** Presses one key, e.g. {@code press(SWT.CR)} or {@code press('s', SWT.MOD1)}. */
	public void press(int key, int modifiers) {
		postKey(key, modifiers);
		flush();
	}

	public void press(int key) {
		press(key, 0);
	}

	/**
	 * Chooses the first item of a combo that starts with {@code prefix}, as choosing it from the drop-down does (drop-down
	 * lists are native popups that posted events cannot reach reliably).
	 */
	public void select(Combo combo, String prefix) {
		focus(combo);
		String[] items = combo.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].startsWith(prefix)) {
				combo.select(i);
				combo.notifyListeners(SWT.Selection, new Event());
				flush();
				return;
			}
		}
		throw new AssertionError("No item starting with '" + prefix + "' in combo " + combo.getData(KEY));
	}

	/**
	 * Clicks a button the way SWTBot does: the events a click produces (mouse down and up, selection) are sent to the
	 * widget itself. Posting native mouse events is not reliable under Xvfb without a window manager, where a click at
	 * screen coordinates may land on a window below the dialog. Check boxes and radio buttons change state first.
	 */
	public void click(Button button) {
		scrollIntoView(button);
		focus(button);
		if (!button.isEnabled()) {
			throw new AssertionError("Button '" + button.getText() + "' is disabled");
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		} else if ((button.getStyle() & SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp, SWT.Selection }) {
			Event event = new Event();
			event.button = 1;
			button.notifyListeners(type, event);
		}
		flush();
	}

	/** Scrolls every enclosing ScrolledComposite so the control is on screen, as a person scrolls before a click. */
	private void scrollIntoView(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				scrolled.showControl(control);
			}
		}
		flush();
	}

	/** Activates the control's shell and gives the control keyboard focus, as clicking into it would. */
	public void focus(Control control) {
		Shell shell = control.getShell();
		shell.forceActive();
		shell.setActive();
		control.setFocus();
		flush();
	}

	private void postKey(int key, int modifiers) {
		int[] modifierKeys = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int modifier : modifierKeys) {
			if ((modifiers & modifier) != 0) {
				display.post(keyEvent(SWT.KeyDown, modifier, (char) 0));
			}
		}
		boolean isChar = key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0;
		// Backspace, Tab, Enter, Esc and Delete must be posted as key codes too: GTK finds no key for the bare
		// control character, and the press is lost (FormRendererTest's Tab and Backspace presses were).
		boolean control = key == SWT.BS || key == SWT.TAB || key == SWT.CR || key == SWT.LF || key == SWT.ESC
				|| key == SWT.DEL;
		int keyCode = control ? (key == SWT.LF ? SWT.CR : key) : isChar ? 0 : key;
		char character = isChar ? (char) key : (char) 0;
		display.post(keyEvent(SWT.KeyDown, keyCode, character));
		display.post(keyEvent(SWT.KeyUp, keyCode, character));
		for (int modifier : modifierKeys) {
			if ((modifiers & modifier) != 0) {
				display.post(keyEvent(SWT.KeyUp, modifier, (char) 0));
			}
		}
	}

	private static Event keyEvent(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	/** Saves what the shell shows, as a person would see it, to a PNG file; returns the file. */
	public Path screenshot(Shell shell, Path file) {
		flush();
		return Screenshots.save(shell, file);
	}
}
