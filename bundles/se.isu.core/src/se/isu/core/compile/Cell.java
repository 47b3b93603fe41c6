package se.isu.core.compile;

/**
 * One figure of a compilation as it may be shown: never the number behind a hidden count. {@code n} is the count
 * of subjects (or values) when it may be shown; {@code value} the count, share (per cent), mean or median when it
 * may be shown; {@code text} what a table prints.
 */
public record Cell(Shown shown, String text, Long n, Double value) {

	public enum Shown {
		/** The figure is shown. */
		VALUE,
		/** Nothing was counted. */
		EMPTY,
		/** A count below the threshold: "&lt;5". */
		SMALL,
		/** Hidden so that a small count cannot be worked out from the totals: "x". */
		SECONDARY,
		/** The count is shown but there are too few for a share, mean or median: "–". */
		TOO_FEW
	}

	public static final String SECONDARY_TEXT = "x";
	public static final String TOO_FEW_TEXT = "–";

	/** Whether a person may see the number ({@code value}). */
	public boolean visible() {
		return shown == Shown.VALUE || shown == Shown.EMPTY;
	}
}
