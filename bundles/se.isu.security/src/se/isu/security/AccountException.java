package se.isu.security;

/** An account could not be created or changed; the message names the field and the rule. */
public class AccountException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public AccountException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
