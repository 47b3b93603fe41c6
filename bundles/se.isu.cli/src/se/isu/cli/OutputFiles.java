package se.isu.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The file a command writes (reports, exports), checked before any work; written whole by {@link se.isu.core.WholeFile}. */
final class OutputFiles {

	private OutputFiles() {
	}

	/** The absolute target of {@code --out}; refused up front when it names a folder. */
	static Path target(String out) {
		Path target = Path.of(out).toAbsolutePath();
		if (Files.isDirectory(target)) {
			throw new IllegalArgumentException("--out: " + target + " är en mapp; ange en fil, t.ex. " + target.resolve("rapport.pdf")
					+ " / --out names a folder; give a file name");
		}
		return target;
	}
}
