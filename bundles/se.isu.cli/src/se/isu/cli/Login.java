package se.isu.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Map;

import se.isu.security.AccountService;
import se.isu.security.LoginException;
import se.isu.security.Session;

/**
 * Logs the command in: ISU_USER, ISU_PASSWORD and (when the account requires it) ISU_CODE from the environment, or a
 * prompt at a terminal. The same account service as the workbench, so lockout and the access log apply alike.
 */
final class Login {

	private final Services services;
	private final Map<String, String> env;
	private final PrintStream err;

	Login(Services services, Map<String, String> env, PrintStream err) {
		this.services = services;
		this.env = env;
		this.err = err;
	}

	/** @return true when someone is logged in afterwards; otherwise the reason was printed */
	boolean ensure() {
		if (services.get(Session.class).current().isPresent()) {
			return true; // already logged in in this process (tests)
		}
		AccountService accounts = services.get(AccountService.class);
		if (!accounts.hasAccounts()) {
			err.println("Det finns inga konton ännu. Skapa systemadministratören först: ./isu users create-admin --user NAMN"
					+ " --name \"För Efternamn\" / No accounts yet: create the system administrator first.");
			return false;
		}
		Console console = System.console();
		String user = value("ISU_USER", console, "Användarnamn / user name: ", false);
		String password = value("ISU_PASSWORD", console, "Lösenord / password: ", true);
		if (user == null || password == null) {
			err.println("Logga in med ISU_USER och ISU_PASSWORD i miljön eller kör i en terminal."
					+ " / Log in with ISU_USER and ISU_PASSWORD in the environment, or run at a terminal.");
			return false;
		}
		String code = env.get("ISU_CODE");
		try {
			try {
				accounts.login(user, password, code);
			} catch (LoginException e) {
				if (e.reason() != LoginException.Reason.CODE_REQUIRED || console == null) {
					throw e;
				}
				accounts.login(user, password, console.readLine("Engångskod / one-time code: "));
			}
			return true;
		} catch (LoginException e) {
			err.println("Inloggningen misslyckades / login failed: " + e.getMessage());
			return false;
		}
	}

	private String value(String name, Console console, String prompt, boolean secret) {
		String value = env.get(name);
		if (value != null && !value.isEmpty()) {
			return value;
		}
		if (console == null) {
			return null;
		}
		return secret ? new String(console.readPassword(prompt)) : console.readLine(prompt);
	}
}
