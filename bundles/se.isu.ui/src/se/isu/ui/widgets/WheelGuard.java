package se.isu.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Spinner;

/**
 * Keeps the mouse wheel from changing a value the user did not choose. GTK (and Windows) turn a wheel notch over a
 * drop-down, spinner, date field, scale or slider into a new value: scrolling a long form past a drop-down silently
 * changed the client's answer (issue 12: three notches turned Ursprung into "3 Född i övriga Europa").
 *
 * <p>One {@link Display} filter sees every wheel event before any widget: over such a widget it cancels the event
 * (SWT then tells GTK the event was handled, so the native widget never sees it) and scrolls the nearest
 * {@link ScrolledComposite} around it instead, as the wheel does everywhere else in the form. A {@link List} in a scrolled
 * form keeps the wheel for its own rows only while it has the keyboard focus (the user is working in it): scrolling
 * a list changes no value, but it would trap the wheel while the form scrolls past it.
 *
 * <p>Install it once per display at start-up; {@link #install(Display)} is idempotent, so parts may call it too.
 */
public final class WheelGuard implements Listener {

	/** Display data key marking that the guard is installed. */
	private static final String INSTALLED = WheelGuard.class.getName();

	private WheelGuard() {
	}

	/** Installs the guard on the display, once; later calls do nothing. Call on the display's thread. */
	public static void install(Display display) {
		if (display == null || display.isDisposed() || display.getData(INSTALLED) != null) {
			return;
		}
		WheelGuard guard = new WheelGuard();
		display.setData(INSTALLED, guard);
		display.addFilter(SWT.MouseVerticalWheel, guard);
		display.addFilter(SWT.MouseHorizontalWheel, guard);
	}

	/** Removes the guard (tests show with it what the wheel does unguarded). */
	static void uninstall(Display display) {
		if (display.getData(INSTALLED) instanceof WheelGuard guard) {
			display.removeFilter(SWT.MouseVerticalWheel, guard);
			display.removeFilter(SWT.MouseHorizontalWheel, guard);
			display.setData(INSTALLED, null);
		}
	}

	/** Whether the guard is installed on this display. */
	public static boolean isInstalled(Display display) {
		return display.getData(INSTALLED) instanceof WheelGuard;
	}

	@Override
	public void handleEvent(Event event) {
		if (!(event.widget instanceof Control control) || !changesValueOnWheel(control)) {
			return;
		}
		boolean horizontal = event.type == SWT.MouseHorizontalWheel;
		event.doit = false;
		event.type = SWT.None; // no listener of the widget sees it either
		ScrolledComposite scrolled = scrolledAncestor(control);
		if (scrolled != null) {
			scroll(scrolled, event.count, horizontal);
		}
	}

	/** Widgets the wheel would change the value of (or, for a list without focus, trap the wheel in). */
	static boolean changesValueOnWheel(Control control) {
		// the text field inside a CCombo or a DateTime receives the event for its owner
		Control owner = control.getParent() instanceof CCombo || control.getParent() instanceof DateTime
				? control.getParent() : control;
		if (owner instanceof List list) {
			// a list inside a scrolled form keeps the wheel only while the user works in it
			return !list.isFocusControl() && scrolledAncestor(list) != null;
		}
		return owner instanceof Combo || owner instanceof CCombo || owner instanceof Spinner || owner instanceof DateTime
				|| owner instanceof Scale || owner instanceof Slider;
	}

	private static ScrolledComposite scrolledAncestor(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				return scrolled;
			}
		}
		return null;
	}

	/** Scrolls as the scroll bar's own wheel step would: {@code count} is positive for up (or left). */
	private static void scroll(ScrolledComposite scrolled, int count, boolean horizontal) {
		ScrollBar bar = horizontal ? scrolled.getHorizontalBar() : scrolled.getVerticalBar();
		int step = bar == null ? 0 : Math.max(bar.getIncrement(), 16);
		Point origin = scrolled.getOrigin();
		if (horizontal) {
			scrolled.setOrigin(Math.max(0, origin.x - count * step), origin.y);
		} else {
			scrolled.setOrigin(origin.x, Math.max(0, origin.y - count * step));
		}
	}
}
