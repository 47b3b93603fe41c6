package se.isu.core.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Primary and secondary small-cell suppression of a table of counts with its margins. Primary: every count from 1
 * to threshold − 1. Secondary: wherever a row, a column or a line of totals would let a hidden small count be worked
 * out or narrowed down by subtraction, more figures of the line are hidden (see {@link #secondary}), repeated until
 * no line gives one away.
 * The same equations are applied when a dimension lets a subject count in several cells (then totals are not sums,
 * and hiding more is merely cautious).
 */
public final class Suppression {

	public enum Mark {
		SHOWN, SMALL, SECONDARY
	}

	/** Marks for every cell and margin; a margin that was not given is {@code null}. */
	public record Result(Mark[][] cells, Mark[] rowTotals, Mark[] columnTotals, Mark total) {
	}

	private static final class Slot {
		final long n;
		Mark mark;

		Slot(long n, SmallCellRule rule) {
			this.n = n;
			this.mark = rule.tooSmall(n) ? Mark.SMALL : Mark.SHOWN;
		}

		boolean hidden() {
			return mark != Mark.SHOWN;
		}
	}

	private record Line(List<Slot> parts, Slot total) {
	}

	private Suppression() {
	}

	/** Figures that add up: {@code parts} (indices into the figures) sum to the figure at {@code total}. */
	public record Equation(int total, int... parts) {
	}

	/**
	 * Suppression of figures that are not a grid (the counts of a paired-change report): every figure below the
	 * threshold, and secondarily wherever an equation would reveal one.
	 */
	public static Mark[] apply(SmallCellRule rule, long[] figures, List<Equation> equations) {
		Slot[] slots = Arrays.stream(figures).mapToObj(n -> new Slot(n, rule)).toArray(Slot[]::new);
		List<Line> lines = new ArrayList<>();
		for (Equation equation : equations) {
			lines.add(new Line(Arrays.stream(equation.parts()).mapToObj(i -> slots[i]).toList(), slots[equation.total()]));
		}
		secondary(lines, rule);
		return Arrays.stream(slots).map(s -> s.mark).toArray(Mark[]::new);
	}

	/**
	 * @param cells        counts, rows × columns
	 * @param rowTotals    the total of each row as shown, or {@code null} when rows have no total column
	 * @param columnTotals the total of each column as shown, or {@code null} when there is no total row
	 * @param total        the grand total as shown, or {@code null}
	 */
	public static Result apply(SmallCellRule rule, long[][] cells, long[] rowTotals, long[] columnTotals, Long total) {
		int rows = cells.length;
		int columns = rows == 0 ? (columnTotals == null ? 0 : columnTotals.length) : cells[0].length;
		Slot[][] grid = new Slot[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				grid[r][c] = new Slot(cells[r][c], rule);
			}
		}
		Slot[] rowSlots = rowTotals == null ? null : Arrays.stream(rowTotals).mapToObj(n -> new Slot(n, rule)).toArray(Slot[]::new);
		Slot[] columnSlots = columnTotals == null ? null
				: Arrays.stream(columnTotals).mapToObj(n -> new Slot(n, rule)).toArray(Slot[]::new);
		Slot totalSlot = total == null ? null : new Slot(total, rule);

		List<Line> lines = new ArrayList<>();
		if (rowSlots != null) {
			for (int r = 0; r < rows; r++) {
				lines.add(new Line(Arrays.asList(grid[r]), rowSlots[r]));
			}
			if (totalSlot != null) {
				lines.add(new Line(Arrays.asList(rowSlots), totalSlot));
			}
		}
		if (columnSlots != null) {
			for (int c = 0; c < columns; c++) {
				List<Slot> column = new ArrayList<>();
				for (int r = 0; r < rows; r++) {
					column.add(grid[r][c]);
				}
				lines.add(new Line(column, columnSlots[c]));
			}
			if (totalSlot != null) {
				lines.add(new Line(Arrays.asList(columnSlots), totalSlot));
			}
		}
		secondary(lines, rule);
		Mark[][] marks = new Mark[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				marks[r][c] = grid[r][c].mark;
			}
		}
		return new Result(marks, rowSlots == null ? null : Arrays.stream(rowSlots).map(s -> s.mark).toArray(Mark[]::new),
				columnSlots == null ? null : Arrays.stream(columnSlots).map(s -> s.mark).toArray(Mark[]::new),
				totalSlot == null ? null : totalSlot.mark);
	}

	/**
	 * Adds secondary suppression until every line protects its small counts: a line with a shown total needs at least
	 * two hidden parts, and when a small count is among them the hidden parts must add up to at least
	 * 2 × threshold − 1 — otherwise "&lt;5" plus "x" could be narrowed down by subtraction (1 and 5 hidden in a line
	 * whose hidden parts add up to 6 can only be 1 and 5). A line whose total is hidden needs a hidden part as well,
	 * or the total is the sum of what is shown.
	 */
	private static void secondary(List<Line> lines, SmallCellRule rule) {
		long protection = 2L * rule.threshold() - 1;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Line line : lines) {
				List<Slot> hiddenParts = line.parts().stream().filter(Slot::hidden).toList();
				long hiddenSum = hiddenParts.stream().mapToLong(slot -> slot.n).sum();
				boolean exposed;
				if (line.total().hidden()) {
					exposed = hiddenParts.isEmpty();
				} else {
					exposed = hiddenParts.size() == 1 || (hiddenParts.stream().anyMatch(slot -> slot.mark == Mark.SMALL)
							&& hiddenSum < protection);
				}
				if (!exposed) {
					continue;
				}
				// The smallest shown part that brings the hidden sum up to the protection, else the largest one.
				List<Slot> candidates = line.parts().stream().filter(slot -> !slot.hidden() && slot.n > 0).toList();
				Slot complement = candidates.stream().filter(slot -> hiddenSum + slot.n >= protection)
						.min((x, y) -> Long.compare(x.n, y.n))
						.orElse(candidates.stream().max((x, y) -> Long.compare(x.n, y.n)).orElse(null));
				if (complement == null && !line.total().hidden()) {
					complement = line.total();
				}
				if (complement != null) {
					complement.mark = Mark.SECONDARY;
					changed = true;
				}
			}
		}
	}
}
