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
 */
public record PairQuery(String baselineInstrument, String baselineKind, String followUpInstrument,
		String followUpKind, Measure.ValueKind value, String id, LocalDate from, LocalDate to, String unitCode,
		Set<String> withinUnits) {

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
	}

	public PairQuery within(Set<String> units) {
		return new PairQuery(baselineInstrument, baselineKind, followUpInstrument, followUpKind, value, id, from, to,
				unitCode, units);
	}
}
