package se.isu.store;

/** A save was refused because the record changed in the database after the caller read it (optimistic locking). */
public class StaleDataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String record;

	/** @param record what was saved, as a person would name it, e.g. "Case VUX-2025-0001" */
	public StaleDataException(String record) {
		super(record + " was changed by someone else since it was read");
		this.record = record;
	}

	public String record() {
		return record;
	}
}
