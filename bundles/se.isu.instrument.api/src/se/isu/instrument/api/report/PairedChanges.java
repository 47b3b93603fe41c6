package se.isu.instrument.api.report;

import java.util.List;
import java.util.Objects;

/**
 * Paired change of one score or item between a baseline and a follow-up measurement of the same cases, with dropout
 * (a DS service of the workbench). Figures come back as texts, already suppressed.
 */
public interface PairedChanges {

	/** Whether the change is measured on a score or on an item. */
	enum Measured {
		SCORE, ITEM
	}

	/**
	 * What to compare: the first complete assessment of {@code baselineInstrument} (at {@code baselineKind} when given)
	 * and the last complete one of {@code followUpInstrument} after it (at {@code followUpKind} when given); the
	 * report's period limits the baseline date. A change smaller than {@code threshold} counts as unchanged.
	 * <p>
	 * Dropout is read from the case's occasions after the baseline. With {@code dropoutInstrument} (since 1.1) only
	 * the occasions where that instrument's form is due count — "dropout of THIS instrument's follow-ups" — plus
	 * case-level occasions bound to no form; without it, every occasion of the follow-up kind (any non-intake
	 * occasion when no kind is given) counts, as in 1.0. See {@link #dropoutOf(String)}.
	 */
	record Request(String baselineInstrument, String baselineKind, String followUpInstrument, String followUpKind,
			Measured measured, String id, ReportParameters parameters, double threshold, boolean higherIsBetter,
			String dropoutInstrument) {

		public Request {
			Objects.requireNonNull(baselineInstrument, "baselineInstrument");
			Objects.requireNonNull(measured, "measured");
			Objects.requireNonNull(id, "id");
			parameters = parameters == null ? ReportParameters.all() : parameters;
			dropoutInstrument = dropoutInstrument == null || dropoutInstrument.isBlank() ? null : dropoutInstrument;
		}

		/** The 1.0 request: dropout from every occasion of the follow-up kind. */
		public Request(String baselineInstrument, String baselineKind, String followUpInstrument, String followUpKind,
				Measured measured, String id, ReportParameters parameters, double threshold, boolean higherIsBetter) {
			this(baselineInstrument, baselineKind, followUpInstrument, followUpKind, measured, id, parameters, threshold,
					higherIsBetter, null);
		}

		/**
		 * The same request with dropout taken from the occasions where {@code instrumentId}'s form is due (usually the
		 * follow-up instrument: ASI's change report asks for {@code asi.uppfoljning}). Since 1.1.
		 */
		public Request dropoutOf(String instrumentId) {
			return new Request(baselineInstrument, baselineKind, followUpInstrument, followUpKind, measured, id,
					parameters, threshold, higherIsBetter, instrumentId);
		}
	}

	/** Why follow-ups were not done, and how many (a text: small counts read {@code <5}). */
	record Reason(String label, String count) {
	}

	/**
	 * The figures as texts: cases with a baseline, paired, dropouts, not yet due; shares improved / unchanged / worse
	 * of the paired; mean change; baseline means of completers and dropouts; dropout reasons and notes.
	 */
	record Figures(String baseline, String paired, String dropouts, String pending, String improvedShare,
			String unchangedShare, String worseShare, String meanChange, String medianChange,
			String completersBaselineMean, String dropoutsBaselineMean, List<Reason> dropoutReasons, List<String> notes) {

		public Figures {
			dropoutReasons = List.copyOf(dropoutReasons);
			notes = List.copyOf(notes);
		}
	}

	/** Requires the right to see compilations. */
	Figures pairedChange(Request request);
}
