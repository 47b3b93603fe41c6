package se.isu.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files a command writes (reports, exports): written to {@code NAME.part} beside the target and renamed when complete,
 * so a failure never leaves a half-written file under the real name, and the side file is removed on every failure.
 */
final class OutputFiles {

	@FunctionalInterface
	interface Content {
		void writeTo(OutputStream stream) throws IOException;
	}

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

	static void writeVia(Path target, Content content) throws IOException {
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
		} finally {
			if (!done) {
				// Whatever failed (an exception, an Error, the rename), the side file goes.
				Files.deleteIfExists(partial);
			}
		}
	}
}
