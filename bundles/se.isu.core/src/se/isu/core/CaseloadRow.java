package se.isu.core;

import se.isu.model.CaseStatus;

/** One cell of the caseload overview: how many cases a unit has in one status. */
public record CaseloadRow(String unitCode, String unitName, CaseStatus status, long count) {
}
