package se.isu.model.query;

import java.util.Set;

import se.isu.model.CaseStatus;
import se.isu.model.ProcessStep;

/**
 * What the case navigator asks for: free text matched against case number, personnummer and name; optionally one
 * status, one unit (by code) and one process step; at most {@code limit} rows, newest aktualisering first.
 * {@code withinUnits}, when not null, limits the search to those units (the logged-in person's; set by core, not by
 * the caller).
 */
public record CaseFilter(String text, CaseStatus status, String unitCode, ProcessStep step, int limit,
		Set<String> withinUnits) {

	public static final int DEFAULT_LIMIT = 500;

	public CaseFilter {
		if (limit <= 0) {
			throw new IllegalArgumentException("limit must be positive, was " + limit);
		}
		text = text == null || text.isBlank() ? null : text.strip();
		unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
		withinUnits = withinUnits == null ? null : Set.copyOf(withinUnits);
	}

	public CaseFilter(String text, CaseStatus status, String unitCode, ProcessStep step, int limit) {
		this(text, status, unitCode, step, limit, null);
	}

	/** The same filter limited to {@code units}. */
	public CaseFilter within(Set<String> units) {
		return new CaseFilter(text, status, unitCode, step, limit, units);
	}

	public static CaseFilter all() {
		return new CaseFilter(null, null, null, null, DEFAULT_LIMIT);
	}

	public static CaseFilter text(String text) {
		return new CaseFilter(text, null, null, null, DEFAULT_LIMIT);
	}
}
