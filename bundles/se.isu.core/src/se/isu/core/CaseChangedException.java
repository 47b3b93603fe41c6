package se.isu.core;

/** A save was refused because someone else saved the same case since it was opened; the message says what to do. */
public class CaseChangedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CaseChangedException(String message, Throwable cause) {
		super(message, cause);
	}
}
