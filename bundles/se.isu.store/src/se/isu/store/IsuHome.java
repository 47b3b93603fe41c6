package se.isu.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that holds one installation's data: the embedded database, logs, the unit's template overrides.
 * Resolved from the system property {@code isu.home}, then the environment variable {@code ISU_HOME},
 * then {@code ~/.isu}, so the start script, tests and the CLI all agree on one place.
 */
public final class IsuHome {

	public static final String PROPERTY = "isu.home";
	public static final String ENVIRONMENT = "ISU_HOME";

	private IsuHome() {
	}

	public static Path resolve() {
		String configured = System.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			configured = System.getenv(ENVIRONMENT);
		}
		Path home = configured == null || configured.isBlank()
				? Path.of(System.getProperty("user.home"), ".isu")
				: Path.of(configured);
		return home.toAbsolutePath().normalize();
	}

	/** The home folder, created if missing. */
	public static Path ensure() {
		Path home = resolve();
		try {
			Files.createDirectories(home);
		} catch (java.io.IOException e) {
			throw new IllegalStateException("Cannot create the ISU home folder " + home + ": " + e.getMessage(), e);
		}
		return home;
	}
}
