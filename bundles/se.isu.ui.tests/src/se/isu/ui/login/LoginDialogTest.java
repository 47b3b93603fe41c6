package se.isu.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.security.AccountService;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;

/** The login dialog in a real window: a wrong password keeps it open with the reason, the right one logs in. */
class LoginDialogTest {

	private Shell shell;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
		TestUsers.logout();
	}

	@Test
	void aWrongPasswordShowsTheReasonAndTheRightOneLogsIn() {
		String user = TestUsers.as(Role.ANALYST).userName();
		TestUsers.logout();
		Display display = Display.getDefault();
		shell = new Shell(display);
		LoginDialog dialog = new LoginDialog(shell, OsgiServices.get(AccountService.class));
		dialog.setBlockOnOpen(false);
		dialog.open();
		SwtDriver driver = new SwtDriver(display);
		Shell window = dialog.getShell();

		driver.find(window, WidgetIds.LOGIN_USER, Text.class).setText(user);
		driver.find(window, WidgetIds.LOGIN_PASSWORD, Text.class).setText("fel-lösenord");
		dialog.okPressed(); // what the Logga in button runs
		assertEquals("Fel användarnamn eller lösenord.", dialog.getErrorMessage());
		assertNull(dialog.user());
		assertEquals("", driver.find(window, WidgetIds.LOGIN_PASSWORD, Text.class).getText(), "the password is cleared");
		driver.screenshot(window, Path.of("target", "screenshots", "login-refused.png"));

		driver.find(window, WidgetIds.LOGIN_PASSWORD, Text.class).setText(TestUsers.PASSWORD);
		dialog.okPressed(); // what the Logga in button runs
		assertEquals(user, dialog.user().userName());
		assertTrue(window.isDisposed(), "the dialog closed");
	}
}
