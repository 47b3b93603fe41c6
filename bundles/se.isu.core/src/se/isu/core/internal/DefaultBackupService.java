package se.isu.core.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.protection.BackupService;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.DatabaseAdmin;

@Component(service = BackupService.class)
public class DefaultBackupService implements BackupService {

	@Reference
	DatabaseAdmin database;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	@Override
	public Path backup(Path folder) {
		User admin = session.require(Permission.BACKUP);
		Path copy = database.backup(folder);
		log.record(admin, AccessAction.BACKUP, null, "till / to " + copy);
		return copy;
	}

	@Override
	public void restore(Path folder) {
		User admin = session.require(Permission.BACKUP);
		database.restore(folder);
		// Written into the restored database's log: its chain goes on from the backup's last entry.
		log.record(admin, AccessAction.RESTORE, null, "från / from " + folder.toAbsolutePath());
	}
}
