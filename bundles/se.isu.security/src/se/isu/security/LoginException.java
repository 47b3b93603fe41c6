package se.isu.security;

import java.time.LocalDateTime;

/** A refused login, with the reason a login form acts on (e.g. show the code field). */
public class LoginException extends Exception {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** Unknown user or wrong password: one reason for both, so the message does not reveal which names exist. */
		WRONG_CREDENTIALS,
		/** Too many failed attempts; see {@link LoginException#lockedUntil()}. */
		LOCKED,
		/** The account requires a one-time code and none was given. */
		CODE_REQUIRED,
		/** The one-time code was wrong or expired. */
		WRONG_CODE,
		/** The account was deactivated by an administrator. */
		INACTIVE
	}

	private final Reason reason;
	private final transient LocalDateTime lockedUntil;

	public LoginException(Reason reason, String message, LocalDateTime lockedUntil) {
		super(message);
		this.reason = reason;
		this.lockedUntil = lockedUntil;
	}

	public Reason reason() {
		return reason;
	}

	public LocalDateTime lockedUntil() {
		return lockedUntil;
	}
}
