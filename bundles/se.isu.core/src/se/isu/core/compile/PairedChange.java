package se.isu.core.compile;

import java.util.List;

/**
 * Paired change between a baseline and a follow-up measurement, after suppression. {@code baseline} cases had a
 * baseline; of them {@code paired} were measured again, {@code dropouts} were not although the follow-up was due
 * (with reasons), and {@code pending} are not due yet. Improved, unchanged and worse are counts and shares of the
 * paired cases; mean and median change are follow-up minus baseline; completers and dropouts are compared by their
 * baseline mean.
 */
public record PairedChange(String title, Cell baseline, Cell paired, Cell dropouts, Cell pending,
		List<Reason> dropoutReasons, Cell improved, Cell unchanged, Cell worse, Cell improvedShare,
		Cell unchangedShare, Cell worseShare, Cell meanChange, Cell medianChange, Cell completersBaselineMean,
		Cell dropoutsBaselineMean, Cell dropoutRate, SmallCellRule rule, List<String> notes) {

	/** Why follow-ups were not done, and how many. */
	public record Reason(String label, Cell count) {
	}

	public PairedChange {
		dropoutReasons = List.copyOf(dropoutReasons);
		notes = List.copyOf(notes);
	}
}
