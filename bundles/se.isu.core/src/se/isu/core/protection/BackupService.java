package se.isu.core.protection;

import java.nio.file.Path;

/** Backup and restore of the whole database (system administrators only; logged). */
public interface BackupService {

	/** An online backup into an empty or new folder; returns the folder that holds the copy. */
	Path backup(Path folder);

	/** Replaces the database by a backup; the key file must be the one the backup was made under. */
	void restore(Path folder);
}
