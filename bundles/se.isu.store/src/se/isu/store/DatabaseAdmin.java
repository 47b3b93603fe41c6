package se.isu.store;

import java.nio.file.Path;

/**
 * What a system administrator does with the database as a whole. Permission checks live above this, in core's
 * data-protection services.
 */
public interface DatabaseAdmin {

	/** True when the database files are encrypted (always, once opened by this version). */
	boolean encrypted();

	/** The file that holds the boot key; a backup is useless without it. */
	Path keyFile();

	/**
	 * An online backup into an empty or new folder, consistent while others keep working. The copy is made under a
	 * temporary name and a manifest ({@code isu-backup.properties}) is written last, so an interrupted backup never
	 * looks complete.
	 *
	 * @return the folder that holds the copied database
	 */
	Path backup(Path folder);

	/**
	 * Replaces the whole database by a backup made with {@link #backup} (under the same key file) and migrates it to
	 * the current schema. The backup is restored beside the database, booted, migrated and checked first, then swapped
	 * in by renames: the database is the old or the new one at every moment, also when the process is killed. A backup
	 * without its completion manifest (cut off, or not made by {@link #backup}) is refused. When the backup cannot be
	 * restored the database is left as it was.
	 */
	void restore(Path folder);

	/**
	 * When the database was opened after a restore had been cut off (killed): what was found and done (finished or
	 * rolled back), in Swedish and English; empty otherwise.
	 */
	java.util.Optional<String> interruptedRestoreNote();
}
