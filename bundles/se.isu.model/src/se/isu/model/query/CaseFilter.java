package se.isu.model.query;

import se.isu.model.CaseStatus;

/**
 * What the case list asks for: free text matched against case number, personnummer and name;
 * optionally one status; at most {@code limit} rows, newest aktualisering first.
 */
public record CaseFilter(String text, CaseStatus status, int limit) {

	public static final int DEFAULT_LIMIT = 500;

	public CaseFilter {
		if (limit <= 0) {
			throw new IllegalArgumentException("limit must be positive, was " + limit);
		}
	}

	public static CaseFilter all() {
		return new CaseFilter(null, null, DEFAULT_LIMIT);
	}

	public static CaseFilter text(String text) {
		return new CaseFilter(text, null, DEFAULT_LIMIT);
	}
}
