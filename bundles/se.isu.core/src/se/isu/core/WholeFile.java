package se.isu.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file a person asked for (a report, an export) whole or not at all: the content goes to {@code NAME.part}
 * beside the target and is renamed when complete, so a failure or a cancel never leaves a half-written file under
 * the real name, and the side file is removed on every failure. The window and the command line both write this way.
 */
public final class WholeFile {

	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream stream) throws IOException;
	}

	private WholeFile() {
	}

	/** @return {@code target}, now complete */
	public static Path write(Path target, Content content) throws IOException {
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		boolean done = false;
		try {
			try (OutputStream stream = Files.newOutputStream(partial)) {
				content.writeTo(stream);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			done = true;
			return target;
		} finally {
			if (!done) {
				// Whatever failed (an exception, an Error, a cancel, the rename), the side file goes.
				Files.deleteIfExists(partial);
			}
		}
	}
}
