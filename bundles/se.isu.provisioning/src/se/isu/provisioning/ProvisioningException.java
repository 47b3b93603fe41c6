package se.isu.provisioning;

/** A refusal or failure, with a sentence for the person (Swedish or English by the user's language). */
public class ProvisioningException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ProvisioningException(String message) {
		super(message);
	}

	public ProvisioningException(String message, Throwable cause) {
		super(message, cause);
	}
}
