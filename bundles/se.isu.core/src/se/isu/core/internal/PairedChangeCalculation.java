package se.isu.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.isu.core.Messages;
import se.isu.core.compile.Cell;
import se.isu.core.compile.CompilationService.ChangeRule;
import se.isu.core.compile.PairedChange;
import se.isu.core.compile.SmallCellRule;
import se.isu.core.compile.Suppression;
import se.isu.core.compile.Suppression.Equation;
import se.isu.core.compile.Suppression.Mark;
import se.isu.model.query.PairQuery;
import se.isu.store.AggregationRepository;
import se.isu.store.AggregationRepository.Pair;

/**
 * Paired change over the pairs the store streams: one pass counts and sums, the changes are kept for the median
 * (one double per paired case). Dropout is a follow-up that was due and not measured; a follow-up planned for later
 * is pending, not dropout.
 */
final class PairedChangeCalculation {

	private final SmallCellRule rule;
	private final ChangeRule change;
	private final KeyLabels labels;
	private final LocalDate today;

	private long baseline;
	private long paired;
	private long pending;
	private long improved;
	private long unchanged;
	private long worse;
	private double changeSum;
	private double completersBaselineSum;
	private double dropoutsBaselineSum;
	private double[] changes = new double[256];
	private final Map<String, Long> reasons = new LinkedHashMap<>();

	PairedChangeCalculation(SmallCellRule rule, ChangeRule change, KeyLabels labels, LocalDate today) {
		this.rule = rule;
		this.change = change;
		this.labels = labels;
		this.today = today;
	}

	PairedChange compute(AggregationRepository aggregation, PairQuery query) {
		aggregation.forEachPair(query, this::add);
		return result(query);
	}

	void add(Pair pair) {
		baseline++;
		if (pair.followUp() != null) {
			double difference = pair.followUp() - pair.baseline();
			if (paired == changes.length) {
				changes = Arrays.copyOf(changes, changes.length * 2);
			}
			changes[(int) paired++] = difference;
			changeSum += difference;
			completersBaselineSum += pair.baseline();
			// A billionth of slack: 0.3 - 0.2 is 0.0999… in binary and must count as a change of 0.1.
			if (difference == 0 || Math.abs(difference) + 1e-9 < change.threshold()) {
				unchanged++;
			} else if (difference > 0 == change.higherIsBetter()) {
				improved++;
			} else {
				worse++;
			}
			return;
		}
		String reason = dropoutReason(pair);
		if (reason == null) {
			pending++;
			return;
		}
		reasons.merge(reason, 1L, Long::sum);
		dropoutsBaselineSum += pair.baseline();
	}

	/** Why the follow-up is missing, or {@code null} when it is not due yet. */
	private String dropoutReason(Pair pair) {
		if (pair.occasionStatus() == null) {
			return pair.caseClosed() ? Messages.change_noOccasion : null;
		}
		return switch (pair.occasionStatus()) {
		case "NOT_DONE" -> labels.code("isu.ejGenomford", pair.notDoneReason());
		case "DONE" -> Messages.change_doneWithoutMeasurement;
		default -> pair.plannedDate() != null && pair.plannedDate().isBefore(today) ? Messages.change_overdue : null;
		};
	}

	private PairedChange result(PairQuery query) {
		long dropouts = reasons.values().stream().mapToLong(Long::longValue).sum();
		// Figures: 0 baseline, 1 paired, 2 dropouts, 3 pending, 4 improved, 5 unchanged, 6 worse, 7.. reasons.
		List<String> reasonLabels = new ArrayList<>(reasons.keySet());
		long[] figures = new long[7 + reasonLabels.size()];
		figures[0] = baseline;
		figures[1] = paired;
		figures[2] = dropouts;
		figures[3] = pending;
		figures[4] = improved;
		figures[5] = unchanged;
		figures[6] = worse;
		int[] reasonIndices = new int[reasonLabels.size()];
		for (int i = 0; i < reasonLabels.size(); i++) {
			figures[7 + i] = reasons.get(reasonLabels.get(i));
			reasonIndices[i] = 7 + i;
		}
		Mark[] marks = Suppression.apply(rule, figures, List.of(new Equation(0, 1, 2, 3), new Equation(1, 4, 5, 6),
				new Equation(2, reasonIndices)));

		List<PairedChange.Reason> reasonCells = new ArrayList<>();
		for (int i = 0; i < reasonLabels.size(); i++) {
			reasonCells.add(new PairedChange.Reason(reasonLabels.get(i), count(figures[7 + i], marks[7 + i])));
		}
		double[] sorted = Arrays.copyOf(changes, (int) paired);
		Arrays.sort(sorted);
		Double median = paired == 0 ? null
				: paired % 2 == 1 ? sorted[(int) paired / 2] : (sorted[(int) paired / 2 - 1] + sorted[(int) paired / 2]) / 2;
		boolean pairedShown = marks[1] == Mark.SHOWN;
		return new PairedChange(
				NLS.bind(Messages.change_title, new Object[] { query.id(), query.baselineInstrument()
						+ (query.baselineKind() == null ? "" : " (" + KeyLabels.occasionKind(query.baselineKind()) + ")"),
						query.followUpInstrument() + (query.followUpKind() == null ? ""
								: " (" + KeyLabels.occasionKind(query.followUpKind()) + ")") }),
				count(baseline, marks[0]), count(paired, marks[1]), count(dropouts, marks[2]), count(pending, marks[3]),
				reasonCells, count(improved, marks[4]), count(unchanged, marks[5]), count(worse, marks[6]),
				share(improved, marks[4], paired, pairedShown), share(unchanged, marks[5], paired, pairedShown),
				share(worse, marks[6], paired, pairedShown), value(paired, pairedShown, changeSum / paired),
				value(paired, pairedShown, median), value(paired, pairedShown, completersBaselineSum / paired),
				value(dropouts, marks[2] == Mark.SHOWN, dropoutsBaselineSum / dropouts),
				share(dropouts, marks[2], paired + dropouts, pairedShown && marks[2] == Mark.SHOWN), rule,
				DefaultCompilationService.notes(rule, se.isu.model.query.Measure.share(se.isu.model.query.Measure.Subject.CASES)));
	}

	private Cell count(long n, Mark mark) {
		return DefaultCompilationService.cell(se.isu.model.query.Measure.count(se.isu.model.query.Measure.Subject.CASES),
				rule, n, mark, null, 0, Mark.SHOWN);
	}

	private Cell share(long n, Mark mark, long denominator, boolean denominatorShown) {
		return DefaultCompilationService.cell(se.isu.model.query.Measure.share(se.isu.model.query.Measure.Subject.CASES),
				rule, n, mark, null, denominator, denominatorShown ? Mark.SHOWN : Mark.SECONDARY);
	}

	private Cell value(long n, boolean shown, Double value) {
		if (!shown) {
			return new Cell(Cell.Shown.TOO_FEW, Cell.TOO_FEW_TEXT, null, null);
		}
		if (n == 0 || value == null) {
			return new Cell(Cell.Shown.EMPTY, "", 0L, null);
		}
		if (n < rule.minimumForRates()) {
			return new Cell(Cell.Shown.TOO_FEW, Cell.TOO_FEW_TEXT, n, null);
		}
		return new Cell(Cell.Shown.VALUE, Numbers.decimal(value), n, value);
	}
}
