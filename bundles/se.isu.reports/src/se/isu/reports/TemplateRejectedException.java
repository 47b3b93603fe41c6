package se.isu.reports;

/** An imported template was refused; the message says which file and why. Nothing was installed. */
public class TemplateRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public TemplateRejectedException(String message, Throwable cause) {
		super(message, cause);
	}
}
