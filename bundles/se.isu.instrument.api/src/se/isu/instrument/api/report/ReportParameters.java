package se.isu.instrument.api.report;

import java.time.LocalDate;

/**
 * What a group report is run for: a period (both ends inclusive, either open) and optionally one unit. The period
 * applies to aktualisering unless a report says otherwise.
 */
public record ReportParameters(LocalDate from, LocalDate to, String unitCode) {

	public ReportParameters {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("Period: the end (" + to + ") is before the start (" + from + ")");
		}
		unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
	}

	public static ReportParameters all() {
		return new ReportParameters(null, null, null);
	}

	/** The period and unit in words for a report's subtitle. */
	public String describe() {
		String period = from == null && to == null ? "hela tiden"
				: (from == null ? "" : from.toString()) + " – " + (to == null ? "" : to.toString());
		return "Period: " + period + (unitCode == null ? ", alla verksamheter" : ", verksamhet " + unitCode);
	}
}
