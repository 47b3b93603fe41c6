package se.isu.core.protection;

import se.isu.security.AccessDeniedException;

/**
 * A protected case was read by someone other than its responsible case worker without a reason: ask for one, give it
 * with {@link ProtectedIdentities#giveReadReason}, then read again.
 */
public class ReadReasonRequiredException extends AccessDeniedException {

	private static final long serialVersionUID = 1L;

	private final String caseNumber;

	public ReadReasonRequiredException(String caseNumber, String message) {
		super(message);
		this.caseNumber = caseNumber;
	}

	public String caseNumber() {
		return caseNumber;
	}
}
