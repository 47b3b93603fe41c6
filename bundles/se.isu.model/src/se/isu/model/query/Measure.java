package se.isu.model.query;

import java.util.Locale;
import java.util.Objects;

/**
 * What a compilation shows in each cell: a count of a subject, its share of the row, or the mean or median of a
 * value per subject. Values are a duration in days between two {@link DateVariable}s, the age at aktualisering, or
 * an item's number or a score of complete assessments ({@code instrumentId/itemId}).
 */
public record Measure(Kind kind, Subject subject, Value value) {

	public enum Kind {
		COUNT, SHARE, MEAN, MEDIAN
	}

	public enum Subject {
		CLIENTS, CASES, INTERVENTIONS, ASSESSMENTS, OCCASIONS
	}

	/** A number per subject; {@code from}/{@code to} for durations, {@code source} for items and scores. */
	public record Value(ValueKind kind, DateVariable from, DateVariable to, String source) {

		public Value {
			Objects.requireNonNull(kind, "kind");
			if (kind == ValueKind.DURATION && (from == null || to == null)) {
				throw new IllegalArgumentException("A duration needs a from and a to date variable");
			}
			if ((kind == ValueKind.ITEM || kind == ValueKind.SCORE) && (source == null || source.indexOf('/') < 1)) {
				throw new IllegalArgumentException("An " + kind + " value is written instrumentId/id, was '" + source + "'");
			}
		}

		public static Value duration(DateVariable from, DateVariable to) {
			return new Value(ValueKind.DURATION, from, to, null);
		}

		public static Value age() {
			return new Value(ValueKind.AGE, null, null, null);
		}

		public static Value score(String instrumentAndScore) {
			return new Value(ValueKind.SCORE, null, null, instrumentAndScore);
		}

		public static Value item(String instrumentAndItem) {
			return new Value(ValueKind.ITEM, null, null, instrumentAndItem);
		}

		/**
		 * Parses {@code duration:actualisation-decision}, {@code age}, {@code score:asi.grund/cs.alkohol} or
		 * {@code item:isu.klientfragor/B3}.
		 */
		public static Value parse(String text) {
			String[] parts = (text == null ? "" : text.strip()).split(":", 2);
			switch (parts[0].toLowerCase(Locale.ROOT)) {
			case "age":
				return age();
			case "duration":
				String[] dates = parts.length < 2 ? new String[0] : parts[1].split("-", 2);
				if (dates.length < 2) {
					throw new IllegalArgumentException("A duration is written duration:from-to, e.g. duration:actualisation-decision");
				}
				return duration(DateVariable.parse(dates[0]), DateVariable.parse(dates[1]));
			case "score":
				return score(parts.length < 2 ? null : parts[1]);
			case "item":
				return item(parts.length < 2 ? null : parts[1]);
			default:
				throw new IllegalArgumentException("Unknown value '" + text + "': use age, duration:from-to, score:instrument/score or item:instrument/item");
			}
		}

		@Override
		public String toString() {
			return switch (kind) {
			case AGE -> "age";
			case DURATION -> "duration:" + from.name().toLowerCase(Locale.ROOT) + "-" + to.name().toLowerCase(Locale.ROOT);
			case SCORE -> "score:" + source;
			case ITEM -> "item:" + source;
			};
		}
	}

	public enum ValueKind {
		DURATION, AGE, ITEM, SCORE
	}

	public Measure {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		if ((kind == Kind.MEAN || kind == Kind.MEDIAN) && value == null) {
			throw new IllegalArgumentException("A " + kind.name().toLowerCase(Locale.ROOT) + " needs a value to average");
		}
		if ((kind == Kind.COUNT || kind == Kind.SHARE)) {
			value = null;
		}
	}

	public static Measure count(Subject subject) {
		return new Measure(Kind.COUNT, subject, null);
	}

	public static Measure share(Subject subject) {
		return new Measure(Kind.SHARE, subject, null);
	}

	public static Measure mean(Subject subject, Value value) {
		return new Measure(Kind.MEAN, subject, value);
	}

	public static Measure median(Subject subject, Value value) {
		return new Measure(Kind.MEDIAN, subject, value);
	}
}
