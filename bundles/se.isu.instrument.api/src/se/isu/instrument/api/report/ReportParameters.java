package se.isu.instrument.api.report;

import java.time.LocalDate;

/**
 * What a group report is run for: a period (both ends inclusive, either open) and optionally one unit. The period
 * applies to aktualisering unless a report says otherwise.
 */
public record ReportParameters(LocalDate from, LocalDate to, String unitCode) {

	public ReportParameters {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException(ReportTexts.text("periodReversed", from, to));
		}
		unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
	}

	public static ReportParameters all() {
		return new ReportParameters(null, null, null);
	}

	/**
	 * The period and unit in words for a report's subtitle, in the workbench's language (Swedish unless it runs in
	 * English), e.g. "Period: 2026-01-01 – 2026-06-30, verksamhet MM".
	 */
	public String describe() {
		String period = from == null && to == null ? ReportTexts.text("periodAll")
				: to == null ? ReportTexts.text("periodFrom", from)
						: from == null ? ReportTexts.text("periodTo", to) : ReportTexts.text("periodBetween", from, to);
		return ReportTexts.text("period", period) + ", "
				+ (unitCode == null ? ReportTexts.text("unitAll") : ReportTexts.text("unitOne", unitCode));
	}
}
