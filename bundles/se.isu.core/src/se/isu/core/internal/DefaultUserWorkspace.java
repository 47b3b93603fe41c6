package se.isu.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.UserWorkspace;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.DraftRepository;
import se.isu.store.DraftRepository.StoredDraft;
import se.isu.store.SettingsRepository;

@Component(service = UserWorkspace.class)
public class DefaultUserWorkspace implements UserWorkspace {

	/** Preferences are settings named {@code workbench.<user>.<name>}. */
	static final String PREFIX = "workbench.";

	@Reference
	DraftRepository drafts;

	@Reference
	SettingsRepository settings;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	/** Drafts already logged in this process: a draft is rewritten every few seconds, the log says it once. */
	private final Set<String> logged = ConcurrentHashMap.newKeySet();

	@Override
	public void saveDraft(String key, String caseNumber, String label, String content) {
		User user = session.require(Permission.CASE_WRITE);
		drafts.put(user.userName(), new StoredDraft(key, caseNumber, label, content, Instant.now()));
		if (logged.add(user.userName() + "/" + key)) {
			log.record(user, AccessAction.CASE_WRITE, caseNumber, "utkast sparat / draft kept");
		}
	}

	@Override
	public List<Draft> drafts() {
		User user = session.requireLoggedIn();
		if (!user.may(Permission.CASE_WRITE)) {
			return List.of();
		}
		List<Draft> found = drafts.list(user.userName()).stream()
				.map(d -> new Draft(d.key(), d.caseNumber(), d.label(), d.content(), d.savedAt())).toList();
		for (Draft draft : found) {
			log.record(user, AccessAction.CASE_READ, draft.caseNumber(), "utkast läst / draft read");
		}
		return found;
	}

	@Override
	public void removeDraft(String key) {
		User user = session.requireLoggedIn();
		drafts.remove(user.userName(), key);
		logged.remove(user.userName() + "/" + key);
	}

	@Override
	public Optional<String> preference(String name) {
		return settings.get(PREFIX + session.requireLoggedIn().userName() + "." + name);
	}

	@Override
	public void putPreference(String name, String value) {
		settings.put(PREFIX + session.requireLoggedIn().userName() + "." + name, value);
	}
}
