package se.isu.store;

/** A save was refused because the record changed in the database after the caller read it (optimistic locking). */
public class StaleDataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String caseNumber;

	public StaleDataException(String caseNumber) {
		super("Case " + caseNumber + " was changed by someone else since it was read");
		this.caseNumber = caseNumber;
	}

	public String caseNumber() {
		return caseNumber;
	}
}
