package se.isu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import se.isu.store.IsuHome;

/**
 * Entry point of {@code ./isu <command>}: the same OSGi services as the workbench, without a window.
 * Exit codes: 0 done, 1 failed, 2 wrong usage.
 */
public class CliApplication implements IApplication {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		BundleContext bundleContext = bundle.getBundleContext();
		// The terminal gets our own lines only: library logging (BIRT's SAX SEVERE lines, SPI Fly, Derby) and anything
		// printed to System.err go to the log file in ISU_HOME; --debug or ISU_DEBUG=1 puts stack traces on the terminal.
		PrintStream terminal = System.err;
		PrintStream log = redirectLoggingTo(logFile());
		try (Services services = new Services(bundleContext)) {
			return Integer.valueOf(new Commands(services, System.out, terminal).run(List.of(args)));
		} finally {
			System.err.flush();
			if (log != null) {
				System.setErr(terminal);
				log.close();
			}
		}
	}

	/** {@code $ISU_HOME/logs/isu-cli.log}: where a command's diagnostics go. */
	static Path logFile() {
		return IsuHome.resolve().resolve("logs").resolve("isu-cli.log");
	}

	/** Points java.util.logging and System.err at {@code file}; null (nothing changed) when it cannot be opened. */
	static PrintStream redirectLoggingTo(Path file) {
		try {
			Files.createDirectories(file.getParent());
			PrintStream stream = new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND), true, StandardCharsets.UTF_8);
			Logger root = LogManager.getLogManager().getLogger("");
			for (Handler handler : root.getHandlers()) {
				root.removeHandler(handler);
			}
			StreamHandler handler = new StreamHandler(stream, new SimpleFormatter()) {
				@Override
				public synchronized void publish(LogRecord record) {
					super.publish(record);
					flush();
				}
			};
			handler.setLevel(Level.ALL);
			root.addHandler(handler);
			System.setErr(stream);
			return stream;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public void stop() {
		// Commands are short; nothing to interrupt.
	}

	/** For tests and the usage text: the commands this application knows. */
	public static Map<String, String> commands() {
		return Commands.DESCRIPTIONS;
	}

	static void printUsage(PrintStream out) {
		out.println("Användning / usage: ./isu <kommando> [flaggor]");
		Commands.DESCRIPTIONS.forEach((name, text) -> out.printf("  %-12s %s%n", name, text));
		out.println("  --debug      vid fel: hela stackspårningen / on failure: the full stack trace (or ISU_DEBUG=1)");
	}

	static String[] rest(String[] args) {
		return Arrays.copyOfRange(args, 1, args.length);
	}
}
