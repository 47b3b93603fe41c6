package se.isu.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.core.UserWorkspace;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;

/** The main window's size, position, maximised state and open cases come back for the same user. */
class WindowMemoryTest {

	private final UserWorkspace workspace = OsgiServices.get(UserWorkspace.class);
	private final Display display = Display.getDefault();
	private final SwtDriver driver = new SwtDriver(display);
	private Shell shell;

	@BeforeAll
	static void login() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void boundsAndOpenCasesComeBack() {
		new WindowMemory(workspace).remember(new Rectangle(130, 90, 900, 640), false, List.of("VUX-2026-00001", "UNG-2026-00002"));
		shell = new Shell(display);
		WindowMemory memory = new WindowMemory(workspace);
		memory.restore(shell);
		shell.open();
		driver.flush();
		assertEquals(new Rectangle(130, 90, 900, 640), shell.getBounds());
		assertEquals(List.of("VUX-2026-00001", "UNG-2026-00002"), memory.openCases());
	}

	@Test
	void theMaximisedStateComesBack() {
		new WindowMemory(workspace).remember(new Rectangle(130, 90, 900, 640), true, List.of());
		shell = new Shell(display);
		new WindowMemory(workspace).restore(shell);
		assertTrue(shell.getMaximized());
		assertEquals(List.of(), new WindowMemory(workspace).openCases());
	}

	@Test
	void boundsOffEveryMonitorGiveNinetyPercentOfThePrimaryOne() {
		new WindowMemory(workspace).remember(new Rectangle(-5000, -5000, 900, 640), false, List.of());
		shell = new Shell(display);
		new WindowMemory(workspace).restore(shell);
		Rectangle area = display.getPrimaryMonitor().getClientArea();
		assertEquals(area.width * 9 / 10, shell.getBounds().width);
		assertEquals(area.height * 9 / 10, shell.getBounds().height);
	}
}
