package se.isu.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;

import se.isu.store.StoreException;

/**
 * The completion marker of a backup: {@code isu-backup.properties} beside the copied {@code db/}, written last, with
 * the number of files and bytes copied. A backup without it was cut off (or not made by ISU) and is not restored; one
 * whose files no longer add up was changed or damaged since.
 */
final class BackupManifest {

	static final String FILE = "isu-backup.properties";
	/** Where Derby writes the copy until it is complete; the name says it is not a backup yet. */
	static final String UNFINISHED_FOLDER = ".unfinished-backup";

	private BackupManifest() {
	}

	static void write(Path folder, Path copy) throws IOException {
		long[] size = measure(copy);
		Properties manifest = new Properties();
		manifest.setProperty("format", "1");
		manifest.setProperty("created", Instant.now().toString());
		manifest.setProperty("files", Long.toString(size[0]));
		manifest.setProperty("bytes", Long.toString(size[1]));
		Path temporary = folder.resolve(FILE + ".tmp");
		try (OutputStream out = Files.newOutputStream(temporary)) {
			manifest.store(out, "ISU Workbench backup: complete");
		}
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		RestoreFiles.rename(temporary, folder.resolve(FILE));
	}

	/** @throws StoreException when the manifest is missing or the copy does not match it */
	static void verify(Path folder, Path copy) {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new StoreException("Säkerhetskopian i " + folder + " är inte komplett: " + FILE + " saknas (kopieringen"
					+ " avbröts, eller mappen är inte gjord med ./isu backup). Inget har ändrats. / The backup is incomplete:"
					+ " its manifest is missing (interrupted, or not made by ./isu backup). Nothing was changed.");
		}
		Properties manifest = new Properties();
		try (var in = Files.newInputStream(file)) {
			manifest.load(in);
			long[] size = measure(copy);
			if (!Long.toString(size[0]).equals(manifest.getProperty("files"))
					|| !Long.toString(size[1]).equals(manifest.getProperty("bytes"))) {
				throw new StoreException("Säkerhetskopian i " + folder + " stämmer inte med sin förteckning (" + size[0]
						+ " filer, " + size[1] + " byte; väntat " + manifest.getProperty("files") + " filer, "
						+ manifest.getProperty("bytes") + " byte): den har ändrats eller skadats. Inget har ändrats."
						+ " / The backup does not match its manifest: changed or damaged. Nothing was changed.");
			}
		} catch (IOException e) {
			throw new StoreException("Cannot read the backup manifest " + file + ": " + e.getMessage(), e);
		}
	}

	/** {files, bytes} of every regular file under {@code copy}. */
	private static long[] measure(Path copy) throws IOException {
		long[] size = new long[2];
		try (Stream<Path> paths = Files.walk(copy)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				size[0]++;
				size[1] += Files.size(path);
			}
		}
		return size;
	}
}
