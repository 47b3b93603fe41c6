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
	 * An online backup into an empty or new folder, consistent while others keep working.
	 *
	 * @return the folder that holds the copied database
	 */
	Path backup(Path folder);

	/**
	 * Replaces the whole database by a backup made with {@link #backup} (under the same key file) and migrates it to
	 * the current schema. When the backup cannot be restored the database is left as it was.
	 */
	void restore(Path folder);
}
