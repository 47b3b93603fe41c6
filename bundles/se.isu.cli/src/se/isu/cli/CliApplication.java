package se.isu.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

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
		try (Services services = new Services(bundleContext)) {
			return Integer.valueOf(new Commands(services, System.out, System.err).run(List.of(args)));
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
	}

	static String[] rest(String[] args) {
		return Arrays.copyOfRange(args, 1, args.length);
	}
}
