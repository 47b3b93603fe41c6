package se.isu.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTException;
import java.awt.Robot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.testkit.SwtDriver;

/**
 * The mouse wheel over a drop-down in a scrolled form scrolls the form and leaves the value alone (issue 12: three
 * notches turned Ursprung from "– ej angivet –" into "3 Född i övriga Europa" in the case editor).
 */
class WheelGuardTest {

	private Display display;
	private SwtDriver driver;
	private Shell shell;
	private ScrolledComposite scrolled;
	private Combo origin;
	private Spinner count;

	@BeforeEach
	void scrolledFormWithADropDown() {
		display = Display.getDefault();
		driver = new SwtDriver(display);
		WheelGuard.install(display);
		shell = new Shell(display);
		shell.setText("WheelGuardTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 500, 400);
		scrolled = new ScrolledComposite(shell, SWT.V_SCROLL);
		Composite content = new Composite(scrolled, SWT.NONE);
		content.setLayout(new GridLayout(1, false));
		for (int i = 0; i < 15; i++) {
			new Label(content, SWT.NONE).setText("Fråga " + i);
		}
		origin = new Combo(content, SWT.READ_ONLY);
		origin.setItems("\u2013 ej angivet \u2013", "1 Född i Sverige", "2 Född i Norden", "3 Född i övriga Europa",
				"4 Född utanför Europa");
		origin.select(0);
		count = new Spinner(content, SWT.BORDER);
		count.setValues(5, 0, 100, 0, 1, 10);
		for (int i = 15; i < 60; i++) {
			new Label(content, SWT.NONE).setText("Fråga " + i);
		}
		scrolled.setContent(content);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		shell.open();
		driver.focus(shell);
		scrolled.setOrigin(0, origin.getLocation().y - 150); // the drop-down in the middle of the view
		driver.flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	/** Turns the real mouse wheel (X server events through the XTest extension) over the middle of the control. */
	private void wheelDown(Control control, int notches) throws AWTException {
		Point centre = control.toDisplay(control.getSize().x / 2, control.getSize().y / 2);
		Robot robot = new Robot();
		robot.mouseMove(centre.x, centre.y);
		for (int i = 0; i < notches; i++) {
			robot.mouseWheel(1);
		}
	}

	@Test
	void theRealWheelOverADropDownScrollsTheFormAndKeepsTheChoice() throws AWTException {
		int top = scrolled.getOrigin().y;
		wheelDown(origin, 3);
		driver.waitUntil(() -> scrolled.getOrigin().y > top, "the form to scroll down");
		driver.flush();
		assertEquals(0, origin.getSelectionIndex(), "still \u2013 ej angivet \u2013: " + origin.getText());
	}

	@Test
	void theRealWheelOverASpinnerScrollsTheFormAndKeepsTheNumber() throws AWTException {
		int top = scrolled.getOrigin().y;
		wheelDown(count, 3);
		driver.waitUntil(() -> scrolled.getOrigin().y > top, "the form to scroll down");
		driver.flush();
		assertEquals(5, count.getSelection());
	}

	@Test
	void withoutTheGuardTheSameWheelChangesTheDropDown() throws AWTException {
		// proves the wheel tests above can fail: the robot's wheel reaches the native drop-down
		WheelGuard.uninstall(display);
		try {
			wheelDown(origin, 3);
			driver.waitUntil(() -> origin.getSelectionIndex() != 0, "the unguarded drop-down to change");
		} finally {
			WheelGuard.install(display);
		}
	}

	@Test
	void aWheelEventOverAValueWidgetIsCancelledBeforeAnyListenerAndScrollsTheNearestScrolledComposite() {
		int[] seen = { 0 };
		origin.addListener(SWT.MouseVerticalWheel, e -> seen[0]++);
		int top = scrolled.getOrigin().y;
		Event up = new Event();
		up.count = 3; // as GTK reports one notch up
		origin.notifyListeners(SWT.MouseVerticalWheel, up);
		assertFalse(up.doit, "the native drop-down is told the event was handled");
		assertEquals(0, seen[0], "no listener of the drop-down changed anything");
		assertTrue(scrolled.getOrigin().y < top, "the form scrolled up");
		assertEquals(0, origin.getSelectionIndex());
	}

	@Test
	void installingTwiceAddsOneFilter() {
		WheelGuard.install(display);
		WheelGuard.install(display);
		int top = scrolled.getOrigin().y;
		Event down = new Event();
		down.count = -3;
		origin.notifyListeners(SWT.MouseVerticalWheel, down);
		int once = scrolled.getOrigin().y - top;
		assertTrue(once > 0);
		down = new Event();
		down.count = -3;
		origin.notifyListeners(SWT.MouseVerticalWheel, down);
		assertEquals(once, scrolled.getOrigin().y - top - once, "the second event scrolled as far as the first, not twice");
	}

	@Test
	void theWheelOverAnOrdinaryLabelIsLeftToTheForm() {
		Label label = (Label) ((Composite) scrolled.getContent()).getChildren()[20];
		Event down = new Event();
		down.count = -3;
		label.notifyListeners(SWT.MouseVerticalWheel, down);
		assertTrue(down.doit, "nothing to guard: GTK scrolls the form itself");
	}
}
