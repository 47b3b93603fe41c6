package se.isu.model.query;

/**
 * The dated variables of a case that durations, periods and period filters can use. {@code IMPLEMENTATION} is the
 * start (verkställighet) of the case's first intervention, {@code FOLLOW_UP} its first follow-up; {@code OCCASION}
 * is the planned date of an occasion and only means something when occasions are counted or grouped.
 */
public enum DateVariable {
	/** SKL variable 1, aktualisering. */
	ACTUALISATION,
	/** SKL variable 10, beslut. */
	DECISION,
	/** SKL variable 11, verkställighet of the first intervention. */
	IMPLEMENTATION,
	/** SKL variable 13, the first follow-up. */
	FOLLOW_UP,
	/** SKL variable 18, avslut. */
	CLOSURE,
	/** The planned date of an occasion. */
	OCCASION;

	/** Parses a name in any case ({@code closure}), naming the allowed ones when it is not one. */
	public static DateVariable parse(String text) {
		for (DateVariable variable : values()) {
			if (variable.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return variable;
			}
		}
		throw new IllegalArgumentException("Unknown date variable '" + text + "': use one of "
				+ java.util.Arrays.toString(values()).toLowerCase(java.util.Locale.ROOT));
	}
}
