package se.isu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Issue 12: the CLI probed with typos, bad input and failures, as a new user would. */
class CommandLineRobustnessTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int runAs(Role role, String... args) {
		return runAs(role, Map.of(), args);
	}

	private int runAs(Role role, Map<String, String> extraEnv, String... args) {
		String user = role == Role.CASE_WORKER ? TestUsers.as(role, "VUX", "UNG", "VNR", "MST").userName() : TestUsers.as(role).userName();
		TestUsers.logout();
		out.reset();
		err.reset();
		Map<String, String> env = new HashMap<>(extraEnv);
		env.put("ISU_USER", user);
		env.put("ISU_PASSWORD", TestUsers.PASSWORD);
		env.put("ISU_NEW_PASSWORD", "nytt-långt-lösenord");
		try (Services services = new Services(OsgiServices.context())) {
			return new Commands(services, new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8), env).run(List.of(args));
		} finally {
			TestUsers.logout();
		}
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aMistypedFlagIsRefusedNamingItAndTheNearestKnownOne() {
		assertEquals(2, runAs(Role.CASE_WORKER, "cases", "--unti", "VUX"));
		assertTrue(err().contains("--unti") && err().contains("--unit"), err());
		assertEquals("", out(), "no case is listed");
	}

	@Test
	void everyCommandRefusesAnUnknownFlagWithExitTwo() {
		for (String command : CliApplication.commands().keySet()) {
			int exit = runAs(Role.SYSTEM_ADMIN, command, "list", "--no-such-flag", "1");
			assertEquals(2, exit, command + ": " + err());
			assertTrue(err().contains("--no-such-flag"), command + ": " + err());
			assertTrue(err().contains("Menade du") || err().contains("inga flaggor"), command + ": " + err());
		}
		assertEquals(2, runAs(Role.SYSTEM_ADMIN, "retention", "preview", "--dates", "2026-01-01"));
		assertTrue(err().contains("--date?"), err());
	}

	@Test
	void everyCommandTheCliKnowsIsDispatchedAndListedByBothHelpTexts() throws IOException {
		String script = Files.readString(Path.of("../../isu"), StandardCharsets.UTF_8);
		String scriptHelp = script.substring(script.indexOf("usage() {"), script.indexOf("\nEOF", script.indexOf("usage() {")));
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "help"));
		String cliHelp = out();
		for (String command : CliApplication.commands().keySet()) {
			assertTrue(cliHelp.contains("  " + command + " "), "CLI help lists " + command);
			assertTrue(scriptHelp.matches("(?s).*\\n  " + java.util.regex.Pattern.quote(command) + "\\b.*"),
					"./isu help lists " + command);
			runAs(Role.SYSTEM_ADMIN, command); // without its arguments: a usage message at most, never "no handler"
			assertFalse(err().contains("no handler"), command + ": " + err());
		}
	}

	@Test
	void reportToAFolderIsRefusedUpFrontAndLeavesNoPartFile() throws IOException {
		Path target = Files.createDirectories(folder.resolve("reports"));
		Files.writeString(target.resolve("other.txt"), "x");
		assertEquals(2, runAs(Role.CASE_WORKER, "report", "--template", "caseload", "--format", "pdf", "--out", target.toString()));
		assertTrue(err().contains("--out") && err().contains("mapp"), err());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("reports"), files.map(p -> p.getFileName().toString()).toList(), "no stray .part file");
		}
	}

	@Test
	void aFailureIsOneLineOnTheTerminalAndTheStackTraceOnlyWithDebug() {
		String[] args = { "report", "--template", "caseload", "--format", "pdf", "--out", "/proc/isu-no-such/x.pdf" };
		assertEquals(1, runAs(Role.CASE_WORKER, args));
		assertEquals(1, err().strip().lines().count(), err());
		assertTrue(err().startsWith("Misslyckades"), err());
		assertFalse(err().contains("\tat "), err());

		assertEquals(1, runAs(Role.CASE_WORKER, Map.of("ISU_DEBUG", "1"), args));
		assertTrue(err().contains("\tat "), "ISU_DEBUG=1 shows the trace: " + err());
		String[] withDebug = Stream.concat(Stream.of(args), Stream.of("--debug")).toArray(String[]::new);
		assertEquals(1, runAs(Role.CASE_WORKER, withDebug));
		assertTrue(err().contains("\tat "), "--debug shows the trace: " + err());
	}

	@Test
	void anAccountForAUnitThatDoesNotExistIsRefusedNamingTheUnit() {
		String name = "cli.nounit" + System.nanoTime() % 100000;
		String unit = "XYZ" + System.nanoTime() % 100000; // new in every run, also on a kept test database
		assertEquals(1, runAs(Role.SYSTEM_ADMIN, "users", "add", "--user", name, "--name", "Ingen Enhet", "--role",
				"CASE_WORKER", "--units", unit));
		assertTrue(err().startsWith("units: ") && err().contains(unit), err());
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "users", "list"));
		assertFalse(out().contains(name), "no account was created");

		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "units", "add", "--code", unit, "--name", "Enheten " + unit), err());
		assertEquals(0, runAs(Role.SYSTEM_ADMIN, "users", "add", "--user", name, "--name", "Ingen Enhet", "--role",
				"CASE_WORKER", "--units", unit), err());
	}

	@Test
	void aFutureRetentionRunIsRefusedFromTheCommandLine() {
		assertEquals(1, runAs(Role.SYSTEM_ADMIN, "retention", "run", "--date", "2031-06-01", "--confirm", "0"));
		assertTrue(err().startsWith("date: "), err());
	}

	@Test
	void derbysDatabaseInUseTextBecomesOurSentence() {
		String failure = """
				org.osgi.service.component.ComponentException: activate failed
				\tat org.apache.felix.scr.impl.Foo.bar(Foo.java:1)
				Caused by: se.isu.store.StoreException: Databasen i /home/x/.isu används redan av ett annat program (arbetsbänken eller ett annat kommando). Stäng det och försök igen. / The database is in use
				\tat se.isu.store.internal.Database.open(Database.java:80)
				Caused by: java.sql.SQLException: Failed to start database '/home/x/.isu/db' with class loader
				Caused by: ERROR XSDB6: Another instance of Derby may have already booted the database /home/x/.isu/db.
				""";
		String message = Services.rootMessage(failure);
		assertTrue(message.startsWith("Databasen i /home/x/.isu används redan av ett annat program"), message);
		assertFalse(message.contains("XSDB6"), message);
	}

	@Test
	void libraryLoggingAndStrayStderrGoToTheLogFileNotTheTerminal() throws IOException {
		java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
		java.util.logging.Handler[] handlers = root.getHandlers();
		PrintStream terminal = System.err;
		ByteArrayOutputStream seenOnTerminal = new ByteArrayOutputStream();
		System.setErr(new PrintStream(seenOnTerminal, true, StandardCharsets.UTF_8));
		Path logFile = folder.resolve("logs/isu-cli.log");
		PrintStream log = CliApplication.redirectLoggingTo(logFile);
		try {
			java.util.logging.Logger.getLogger("org.eclipse.birt.report.model.parser").severe("SAX parser: unexpected element");
			System.err.println("java.lang.IllegalStateException: a library's own stack trace");
		} finally {
			System.setErr(terminal);
			log.close();
			for (java.util.logging.Handler handler : root.getHandlers()) {
				root.removeHandler(handler);
			}
			for (java.util.logging.Handler handler : handlers) {
				root.addHandler(handler);
			}
		}
		assertEquals("", seenOnTerminal.toString(StandardCharsets.UTF_8));
		String logged = Files.readString(logFile, StandardCharsets.UTF_8);
		assertTrue(logged.contains("SAX parser: unexpected element") && logged.contains("a library's own stack trace"), logged);
	}
}
