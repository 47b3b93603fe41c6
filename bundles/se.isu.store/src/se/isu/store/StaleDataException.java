package se.isu.store;

import java.time.LocalDateTime;
import java.util.Optional;

/** A save was refused because the record changed in the database after the caller read it (optimistic locking). */
public class StaleDataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String record;
	private final String changedBy;
	private final LocalDateTime changedAt;

	/** @param record what was saved, as a person would name it, e.g. "Case VUX-2025-0001" */
	public StaleDataException(String record) {
		this(record, null, null);
	}

	/**
	 * @param changedBy the user name that saved the record last, null when unknown (saved before V030)
	 * @param changedAt when that was, null when unknown
	 */
	public StaleDataException(String record, String changedBy, LocalDateTime changedAt) {
		super(record + " was changed by " + (changedBy == null ? "someone else" : changedBy)
				+ (changedAt == null ? "" : " at " + changedAt) + " since it was read");
		this.record = record;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String record() {
		return record;
	}

	/** The user name that saved the record last, when known. */
	public Optional<String> changedBy() {
		return Optional.ofNullable(changedBy);
	}

	/** When the record was saved last, when known. */
	public Optional<LocalDateTime> changedAt() {
		return Optional.ofNullable(changedAt);
	}
}
