package se.isu.security;

/** A service refused an action the logged-in role may not do; the message says what and why. */
public class AccessDeniedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AccessDeniedException(String message) {
		super(message);
	}
}
