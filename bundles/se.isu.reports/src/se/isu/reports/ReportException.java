package se.isu.reports;

/** Rendering failed inside BIRT; the message says which template and why. */
public class ReportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
