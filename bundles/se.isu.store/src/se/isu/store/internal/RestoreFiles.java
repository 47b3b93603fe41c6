package se.isu.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folders of a staged restore in the ISU home, and the renames that swap them. Each step is one rename or one
 * marker file, so the state after a kill is always one of a few that {@link #recover} recognises:
 *
 * <pre>
 * db + stage (marked or not), no db.before-restore  → the live database was never touched: discard the stage
 * db.before-restore, no db, stage marked verified    → finish the swap (stage becomes db)
 * db.before-restore, no db, stage missing/unmarked   → undo (db.before-restore becomes db again)
 * db + db.before-restore                             → the swap was done: discard db.before-restore
 * </pre>
 */
final class RestoreFiles {

	static final String STAGE_FOLDER = "db.restore-stage";
	static final String STAGE_VERIFIED_MARKER = "db.restore-stage.verified";
	static final String PREVIOUS_FOLDER = "db.before-restore";

	private final Path live;
	private final Path stage;
	private final Path verified;
	private final Path previous;

	RestoreFiles(Path home) {
		this.live = home.resolve(Database.DATABASE_FOLDER);
		this.stage = home.resolve(STAGE_FOLDER);
		this.verified = home.resolve(STAGE_VERIFIED_MARKER);
		this.previous = home.resolve(PREVIOUS_FOLDER);
	}

	Path stage() {
		return stage;
	}

	/** The stage booted, migrated and passed its checks: from here on a cut-off swap is finished, not undone. */
	void markStageVerified() throws IOException {
		Path temporary = verified.resolveSibling(verified.getFileName() + ".tmp");
		Files.writeString(temporary, "verified " + java.time.Instant.now() + "\n");
		rename(temporary, verified);
	}

	void moveLiveAside() throws IOException {
		rename(live, previous);
	}

	void moveStageIn() throws IOException {
		rename(stage, live);
		Files.deleteIfExists(verified);
	}

	void discardPrevious() throws IOException {
		deleteTree(previous);
		Files.deleteIfExists(verified);
	}

	/** The marker goes first, so a stage half deleted is never taken for a verified one. */
	void discardStage() throws IOException {
		Files.deleteIfExists(verified);
		deleteTree(stage);
	}

	/**
	 * Finishes or undoes a restore that was cut off, before the database is booted.
	 *
	 * @return what was found and done, for the person (Swedish / English), or null when there was nothing
	 */
	String recover() throws IOException {
		boolean hasLive = Files.isDirectory(live);
		if (Files.isDirectory(previous)) {
			if (!hasLive && Files.isDirectory(stage) && Files.isRegularFile(verified)) {
				moveStageIn();
				discardPrevious();
				return "En avbruten återställning har slutförts: databasen är nu säkerhetskopian som återställdes."
						+ " / An interrupted restore was finished: the database is now the restored backup.";
			}
			if (!hasLive) {
				rename(previous, live);
				discardStage();
				return "En avbruten återställning har ångrats: databasen är som före återställningen."
						+ " / An interrupted restore was rolled back: the database is as it was before the restore.";
			}
			discardPrevious();
			discardStage();
			return "En återställning som avbröts när den nästan var klar har städats upp: databasen är den återställda."
					+ " / A restore interrupted while cleaning up was completed: the database is the restored one.";
		}
		if (Files.exists(stage) || Files.exists(verified)) {
			discardStage();
			return "En avbruten återställning har ångrats: databasen rördes aldrig och är som före återställningen."
					+ " / An interrupted restore was rolled back: the database was never touched.";
		}
		return null;
	}

	/** A rename within one folder: atomic on the file systems ISU homes live on. */
	static void rename(Path from, Path to) throws IOException {
		Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
