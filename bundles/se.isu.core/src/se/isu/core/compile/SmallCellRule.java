package se.isu.core.compile;

/**
 * When a figure is too small to show. Counts from 1 to {@code threshold - 1} are shown as "&lt;threshold"; shares,
 * means and medians only where their n is at least {@code minimumForRates}. Zero is shown: it reveals no person.
 */
public record SmallCellRule(int threshold, int minimumForRates) {

	/** Socialstyrelsen's usual practice: fewer than five hidden, rates from ten. */
	public static final SmallCellRule DEFAULT = new SmallCellRule(5, 10);

	public SmallCellRule {
		if (threshold < 3 || threshold > 100) {
			throw new IllegalArgumentException(
					"The suppression threshold must be between 3 and 100 (counts below it are hidden), was " + threshold);
		}
		if (minimumForRates < threshold || minimumForRates > 1000) {
			throw new IllegalArgumentException("The minimum n for shares and means must be at least the threshold ("
					+ threshold + ") and at most 1000, was " + minimumForRates);
		}
	}

	/** A count too small to show (zero is not). */
	public boolean tooSmall(long n) {
		return n > 0 && n < threshold;
	}

	/** The text a hidden count shows: {@code <5}. */
	public String hiddenText() {
		return "<" + threshold;
	}
}
