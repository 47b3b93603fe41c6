package se.isu.instrument.api.report;

import java.util.List;
import java.util.Set;

/**
 * Shares and means of one unit, computed by the workbench's compilation services and handed over after small-cell
 * suppression (a DS service of the workbench; since 1.2). A plugin's group report that sets figures against targets
 * (MST's Program Implementation Review) asks for one figure of one unit at a time; units are compiled one by one, so
 * a small unit's hidden figures cannot be worked out from another unit's or from a total. Requires the right to see
 * compilations; every call is in the access log.
 */
public interface UnitFigures {

	/** What is counted: cases, or complete assessments. */
	enum Subject {
		CASES, ASSESSMENTS
	}

	/** The case date that the report's period applies to. */
	enum PeriodDate {
		/** Aktualisering, as in every other report. */
		ACTUALISATION,
		/** Avslut: the cases closed in the period (a review of finished treatments). */
		CLOSURE
	}

	/**
	 * One figure of one unit. {@code n} is the number of subjects it is over, as text ({@code <5} when small);
	 * {@code text} the figure as shown ({@code 92 %}, {@code 0,65}; {@code –} when n is too small for a share or mean,
	 * {@code x} or {@code <5} when hidden); {@code value} the number behind the text (a share in per cent, a mean),
	 * null whenever the text does not show it.
	 */
	record Figure(String n, String text, Double value) {

		/** Whether the figure may be shown and judged. */
		public boolean shown() {
			return value != null;
		}
	}

	/**
	 * The units (codes, sorted) that have an answer to {@code instrumentId/itemId} in a complete assessment on a
	 * case whose {@code periodDate} is in the report's period; only the report's unit when it names one.
	 */
	List<String> units(String instrumentId, String itemId, PeriodDate periodDate, ReportParameters parameters);

	/**
	 * The share of the subjects of {@code unitCode} whose answer to {@code instrumentId/itemId} is {@code code},
	 * among those with an answer to it (a typed missing code counts in n). A code no subject gave is a share of 0
	 * when n allows a share.
	 */
	Figure share(String unitCode, Subject subject, String instrumentId, String itemId, String code,
			PeriodDate periodDate, ReportParameters parameters);

	/**
	 * The share of the subjects of {@code unitCode} whose score {@code instrumentId/scoreId} is {@code value}
	 * (a 0/1 score such as "above the threshold"), among those with the score.
	 */
	Figure scoreShare(String unitCode, Subject subject, String instrumentId, String scoreId, double value,
			PeriodDate periodDate, ReportParameters parameters);

	/**
	 * The mean of a value per subject of {@code unitCode}: {@code item:instrument/item},
	 * {@code score:instrument/score} or a duration between case dates such as
	 * {@code duration:implementation-closure} (days from the first intervention's start to avslut). With
	 * {@code onlyItem} ({@code instrument/item}) only subjects whose answer to it is one of {@code onlyCodes} count.
	 */
	Figure mean(String unitCode, Subject subject, String value, String onlyItem, Set<String> onlyCodes,
			PeriodDate periodDate, ReportParameters parameters);
}
