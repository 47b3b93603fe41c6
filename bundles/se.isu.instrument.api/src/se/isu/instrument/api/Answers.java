package se.isu.instrument.api;

import java.util.Optional;
import java.util.Set;

/** The answers of one form, read-only: per item a value (canonical text) or a typed missing code (X, N, ...). */
public interface Answers {

	/** One item's answer: exactly one of value and missingCode is set. */
	record Answer(String value, String missingCode) {

		public boolean isMissing() {
			return missingCode != null;
		}

		/** The value, or the missing code when there is none. */
		public String shown() {
			return isMissing() ? missingCode : value;
		}
	}

	Optional<Answer> answer(String itemId);

	/** Has a real value (not a missing code). */
	boolean isAnswered(String itemId);

	/** Holds a typed missing code. */
	boolean isMissing(String itemId);

	/** The value as a number, or null when unanswered, missing or not numeric. */
	Double number(String itemId);

	/** The codes chosen in a multiple-choice item (empty when unanswered). */
	Set<String> chosen(String itemId);

	/** The items that have an answer or a missing code. */
	Set<String> itemIds();

	/**
	 * The number of rows of a repeating group: the highest row that holds an answer (0 when none does).
	 *
	 * @since 1.1
	 */
	default int rows(String groupId) {
		return RowIds.rows(groupId, itemIds());
	}

	/**
	 * The answer to an item in a row of a repeating group (rows from 1).
	 *
	 * @since 1.1
	 */
	default Optional<Answer> answer(String groupId, int row, String itemId) {
		return answer(RowIds.of(groupId, row, itemId));
	}
}
