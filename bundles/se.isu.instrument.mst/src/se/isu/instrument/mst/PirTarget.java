package se.isu.instrument.mst;

import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.isu.instrument.api.report.ReportParameters;
import se.isu.instrument.api.report.UnitFigures;
import se.isu.instrument.api.report.UnitFigures.Figure;
import se.isu.instrument.api.report.UnitFigures.PeriodDate;
import se.isu.instrument.api.report.UnitFigures.Subject;

/**
 * The targets of MST's Program Implementation Review (../shared/DOMAIN.md §3, the 2016 MST data report's
 * comparison values) and how each is measured from the forms (docs/instruments/mst.md, "PIR"). Every figure is of
 * the families whose case was closed (avslut) in the half-year, per team (unit).
 */
public enum PirTarget {

	/** Youth living at home at discharge: mst.avslut U1 = yes, at least 90 %. */
	LIVING_AT_HOME(Compare.AT_LEAST, 90, 0),
	/** In school or working at discharge: U2 = yes, at least 90 %. */
	SCHOOL_OR_WORK(Compare.AT_LEAST, 90, 0),
	/** No new arrests or charges during treatment: U3 = yes, at least 90 %. */
	NO_NEW_ARRESTS(Compare.AT_LEAST, 90, 0),
	/** Mean of the TAM-R scores of these families (each month's score counts once), at least 0.61. */
	TAMR_MEAN(Compare.AT_LEAST, TamrScorer.THRESHOLD, 0),
	/** Share of those TAM-R scores above 0.61, at least 80 %. */
	TAMR_ABOVE(Compare.AT_LEAST, 80, 0),
	/** Discharged having completed treatment: A1 = 1, at least 85 %. */
	COMPLETED(Compare.AT_LEAST, 85, 0),
	/** Discharged for lack of engagement: A1 = 2, below 5 %. */
	LACK_OF_ENGAGEMENT(Compare.BELOW, 5, 0),
	/** Placed outside the home during treatment: U4 = yes, below 10 %. */
	PLACED(Compare.BELOW, 10, 0),
	/** Mean length of stay in days, from the intervention's start (verkställighet) to the case's closure: 100–140. */
	LENGTH_OF_STAY(Compare.BETWEEN, 100, 140);

	enum Compare {
		AT_LEAST, BELOW, BETWEEN
	}

	/** Whether a figure meets its target, or cannot be judged because it is hidden or too small. */
	public enum Judgement {
		MET, NOT_MET, NOT_JUDGED;

		public String label() {
			return switch (this) {
			case MET -> Messages.pir_met;
			case NOT_MET -> Messages.pir_notMet;
			case NOT_JUDGED -> Messages.pir_notJudged;
			};
		}
	}

	private final Compare compare;
	private final double target;
	private final double upper;

	PirTarget(Compare compare, double target, double upper) {
		this.compare = compare;
		this.target = target;
		this.upper = upper;
	}

	/** The discharge reasons every discharged family has one of: the families a length of stay is counted over. */
	static final Set<String> ANY_REASON = Set.of("1", "2", "3", "4", "5");

	/** This target's figure for one team. */
	public Figure measure(UnitFigures figures, String unit, ReportParameters period) {
		String d = MstContribution.DISCHARGE;
		PeriodDate closed = PeriodDate.CLOSURE;
		return switch (this) {
		case LIVING_AT_HOME -> figures.share(unit, Subject.CASES, d, "U1", "1", closed, period);
		case SCHOOL_OR_WORK -> figures.share(unit, Subject.CASES, d, "U2", "1", closed, period);
		case NO_NEW_ARRESTS -> figures.share(unit, Subject.CASES, d, "U3", "1", closed, period);
		case TAMR_MEAN -> figures.mean(unit, Subject.ASSESSMENTS, "item:" + MstContribution.TAMR + "/T5", null, null,
				closed, period);
		case TAMR_ABOVE -> figures.scoreShare(unit, Subject.ASSESSMENTS, MstContribution.TAMR, TamrScorer.ABOVE, 1.0,
				closed, period);
		case COMPLETED -> figures.share(unit, Subject.CASES, d, "A1", "1", closed, period);
		case LACK_OF_ENGAGEMENT -> figures.share(unit, Subject.CASES, d, "A1", "2", closed, period);
		case PLACED -> figures.share(unit, Subject.CASES, d, "U4", "1", closed, period);
		case LENGTH_OF_STAY -> figures.mean(unit, Subject.CASES, "duration:implementation-closure", d + "/A1",
				ANY_REASON, closed, period);
		};
	}

	/** Met or not met; a figure the suppression hides (or too few for a share or mean) is not judged. */
	public Judgement judge(Figure figure) {
		if (!figure.shown()) {
			return Judgement.NOT_JUDGED;
		}
		double v = figure.value();
		boolean met = switch (compare) {
		case AT_LEAST -> v >= target - 1e-9;
		case BELOW -> v < target;
		case BETWEEN -> v >= target - 1e-9 && v <= upper + 1e-9;
		};
		return met ? Judgement.MET : Judgement.NOT_MET;
	}

	/** What the target says, e.g. "Bor hemma". */
	public String label() {
		return switch (this) {
		case LIVING_AT_HOME -> Messages.pir_livingAtHome;
		case SCHOOL_OR_WORK -> Messages.pir_schoolOrWork;
		case NO_NEW_ARRESTS -> Messages.pir_noNewArrests;
		case TAMR_MEAN -> Messages.pir_tamrMean;
		case TAMR_ABOVE -> Messages.pir_tamrAbove;
		case COMPLETED -> Messages.pir_completed;
		case LACK_OF_ENGAGEMENT -> Messages.pir_lackOfEngagement;
		case PLACED -> Messages.pir_placed;
		case LENGTH_OF_STAY -> Messages.pir_lengthOfStay;
		};
	}

	/** The target value as the review shows it, e.g. "minst 90 %", "under 5 %", "100–140 dagar", "minst 0,61". */
	public String goal() {
		return switch (this) {
		case TAMR_MEAN -> NLS.bind(Messages.pir_goalAtLeast, "0,61");
		case LENGTH_OF_STAY -> Messages.pir_goalDays;
		default -> NLS.bind(compare == Compare.BELOW ? Messages.pir_goalBelowPercent : Messages.pir_goalAtLeastPercent,
				Integer.toString((int) target));
		};
	}
}
