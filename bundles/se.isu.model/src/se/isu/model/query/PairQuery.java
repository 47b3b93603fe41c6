package se.isu.model.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Paired change of one item or score between two measurements of the same case: the first complete assessment of
 * {@code baselineInstrument} (at {@code baselineKind} when given) and the last complete one of
 * {@code followUpInstrument} after it (at {@code followUpKind} when given). ASI is {@code asi.grund → asi.uppfoljning};
 * the client questions are {@code isu.klientfragor} at DISCHARGE → FOLLOW_UP. {@code value} is {@code SCORE} or
 * {@code ITEM} with {@code id} the score or item id (the same in both instruments). {@code from}/{@code to} limit
 * the baseline date; {@code unitCode} one unit; {@code withinUnits} limits to several units (see CompilationQuery).
 * {@code dropoutInstrument}: dropout is taken from the occasions where that instrument's form is due (and from
 * case-level occasions bound to no form); null takes it from every occasion of the follow-up kind (or, with no kind,
 * every non-intake occasion), as before occasions were bound to forms (decision 78).
 */
public record PairQuery(String baselineInstrument, String baselineKind, String followUpInstrument,
		String followUpKind, Measure.ValueKind value, String id, LocalDate from, LocalDate to, String unitCode,
		Set<String> withinUnits, String dropoutInstrument) {

	/** Dropout from every occasion of the follow-up kind. */
	public PairQuery(String baselineInstrument, String baselineKind, String followUpInstrument, String followUpKind,
			Measure.ValueKind value, String id, LocalDate from, LocalDate to, String unitCode, Set<String> withinUnits) {
		this(baselineInstrument, baselineKind, followUpInstrument, followUpKind, value, id, from, to, unitCode,
				withinUnits, null);
	}

	public PairQuery {
		Objects.requireNonNull(baselineInstrument, "baselineInstrument");
		followUpInstrument = followUpInstrument == null ? baselineInstrument : followUpInstrument;
		Objects.requireNonNull(id, "id");
		if (value != Measure.ValueKind.SCORE && value != Measure.ValueKind.ITEM) {
			throw new IllegalArgumentException("Paired change compares a SCORE or an ITEM, not " + value);
		}
		if (baselineInstrument.equals(followUpInstrument) && Objects.equals(baselineKind, followUpKind)) {
			throw new IllegalArgumentException(
					"Baseline and follow-up are the same measurement; name two occasion kinds or two instruments");
		}
		withinUnits = withinUnits == null ? null : Set.copyOf(withinUnits);
		dropoutInstrument = dropoutInstrument == null || dropoutInstrument.isBlank() ? null : dropoutInstrument;
	}

	public PairQuery within(Set<String> units) {
		return new PairQuery(baselineInstrument, baselineKind, followUpInstrument, followUpKind, value, id, from, to,
				unitCode, units, dropoutInstrument);
	}

	/** The same pairs with dropout taken from the occasions where {@code instrumentId}'s form is due. */
	public PairQuery dropoutOf(String instrumentId) {
		return new PairQuery(baselineInstrument, baselineKind, followUpInstrument, followUpKind, value, id, from, to,
				unitCode, withinUnits, instrumentId);
	}
}
