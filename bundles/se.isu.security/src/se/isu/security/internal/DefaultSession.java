package se.isu.security.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.isu.security.AccessDeniedException;
import se.isu.security.Messages;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;

/**
 * The one session of this process. Only the account service (same package) signs a user in, after checking the
 * password; every other bundle sees the read-only {@link Session}.
 */
@Component(service = { Session.class, DefaultSession.class })
public class DefaultSession implements Session {

	private volatile User user;
	private volatile Runnable onLogout = () -> {
	};

	void signIn(User signedIn, Runnable logoutHook) {
		this.user = signedIn;
		this.onLogout = logoutHook;
	}

	@Override
	public Optional<User> current() {
		return Optional.ofNullable(user);
	}

	@Override
	public User require(Permission permission) {
		User u = requireLoggedIn();
		if (!u.may(permission)) {
			throw new AccessDeniedException(NLS.bind(Messages.denied, u.role().label(), permission.label()));
		}
		return u;
	}

	@Override
	public User require(Permission permission, String unitCode) {
		User u = require(permission);
		if (!u.may(permission, unitCode)) {
			throw new AccessDeniedException(NLS.bind(Messages.deniedUnit,
					new Object[] { u.displayName(), unitCode, permission.label() }));
		}
		return u;
	}

	@Override
	public User requireLoggedIn() {
		User u = user;
		if (u == null) {
			throw new AccessDeniedException(Messages.notLoggedIn);
		}
		return u;
	}

	@Override
	public boolean may(Permission permission) {
		User u = user;
		return u != null && u.may(permission);
	}

	@Override
	public void logout() {
		if (user != null) {
			Runnable hook = onLogout;
			// the person is logged out even when writing the log entry fails; the failure is still reported
			user = null;
			onLogout = () -> {
			};
			hook.run();
		}
	}
}
