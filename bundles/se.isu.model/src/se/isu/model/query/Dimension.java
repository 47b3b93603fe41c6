package se.isu.model.query;

import java.util.Locale;
import java.util.Objects;

/**
 * One way of splitting a group: the rows, columns and filters of a compilation. The parameter says which variable,
 * band or period where the kind needs one:
 * <ul>
 * <li>{@code VARIABLE}: the value set of a coded case variable ({@code skl.ursprung}, {@code skl.problematik},
 * {@code skl.insatstyp}, {@code skl.maluppfyllelse}, …);</li>
 * <li>{@code AGE_GROUP}: the lower bounds of the bands after the first, e.g. {@code 18,25,45,65} gives
 * –17, 18–24, 25–44, 45–64, 65–; age at aktualisering, or at a fixed date with {@code @2025-12-31};</li>
 * <li>{@code PERIOD}: {@code MONTH}, {@code QUARTER} or {@code YEAR}, optionally {@code :CLOSURE} (or another
 * {@link DateVariable}) for the date it is taken from, aktualisering by default;</li>
 * <li>{@code ITEM} and {@code SCORE}: {@code instrumentId/itemId} of a complete assessment; a score is grouped in
 * the bands its definition declares, {@code instrumentId/scoreId:step:decimals} once core has added them.</li>
 * </ul>
 */
public record Dimension(Kind kind, String parameter) {

	public enum Kind {
		SEX, AGE_GROUP, UNIT, STAFF, PERIOD, STATUS, STEP, VARIABLE, ITEM, SCORE, OCCASION_KIND, OCCASION_OUTCOME,
		/** The provider (utförare) of the case's interventions, by name (issue 17); of the intervention itself when interventions are counted. */
		PROVIDER;

		public static Kind parse(String text) {
			for (Kind kind : values()) {
				if (kind.name().replace("_", "").equalsIgnoreCase(text == null ? "" : text.strip().replace("_", ""))) {
					return kind;
				}
			}
			throw new IllegalArgumentException("Unknown dimension '" + text + "': use one of "
					+ java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
		}
	}

	/** Bands of SKL's age groups as units usually report them. */
	public static final String DEFAULT_AGE_BANDS = "18,25,45,65";

	public Dimension {
		Objects.requireNonNull(kind, "kind");
		parameter = parameter == null || parameter.isBlank() ? null : parameter.strip();
		boolean needsParameter = kind == Kind.VARIABLE || kind == Kind.ITEM || kind == Kind.SCORE;
		if (needsParameter && parameter == null) {
			throw new IllegalArgumentException("The dimension " + kind + " needs a parameter (which variable or item)");
		}
		if ((kind == Kind.ITEM || kind == Kind.SCORE) && parameter.indexOf('/') < 1) {
			throw new IllegalArgumentException(
					"The dimension " + kind + " is written instrumentId/itemId, was '" + parameter + "'");
		}
	}

	public static Dimension of(Kind kind) {
		return new Dimension(kind, null);
	}

	public static Dimension sex() {
		return of(Kind.SEX);
	}

	public static Dimension unit() {
		return of(Kind.UNIT);
	}

	public static Dimension ageGroup() {
		return new Dimension(Kind.AGE_GROUP, DEFAULT_AGE_BANDS);
	}

	public static Dimension variable(String valueSetId) {
		return new Dimension(Kind.VARIABLE, valueSetId);
	}

	/** SKL variable 6, Ursprung. */
	public static Dimension origin() {
		return variable("skl.ursprung");
	}

	/** SKL variable 7, Hushållstyp. */
	public static Dimension householdType() {
		return variable("skl.hushallstyp");
	}

	/** The provider register's name of an intervention's provider (issue 17). */
	public static Dimension provider() {
		return of(Kind.PROVIDER);
	}

	public static Dimension period(String granularity) {
		return new Dimension(Kind.PERIOD, granularity);
	}

	/**
	 * Parses {@code kind} or {@code kind:parameter} as the CLI and saved compilations write it, e.g. {@code sex},
	 * {@code agegroup:18,25,45,65}, {@code variable:skl.problematik}, {@code period:quarter}.
	 */
	public static Dimension parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("An empty dimension");
		}
		int colon = text.indexOf(':');
		Kind kind = Kind.parse(colon < 0 ? text : text.substring(0, colon));
		return new Dimension(kind, colon < 0 ? null : text.substring(colon + 1));
	}

	/** The form {@link #parse} reads. */
	@Override
	public String toString() {
		return kind.name().toLowerCase(Locale.ROOT) + (parameter == null ? "" : ":" + parameter);
	}
}
