package se.isu.core.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Primary and secondary small-cell suppression of a table of counts with its margins. Primary: every count from 1
 * to threshold − 1. Secondary: wherever a row, a column or a line of totals adds up to a shown total with exactly one
 * hidden figure, that figure could be worked out by subtraction, so the smallest other non-zero figure of the line is
 * hidden too (the total itself when no other figure is left); repeated until no line has exactly one hidden figure.
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
		secondary(lines);
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
		secondary(lines);
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

	private static void secondary(List<Line> lines) {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Line line : lines) {
				long hidden = line.parts().stream().filter(Slot::hidden).count() + (line.total().hidden() ? 1 : 0);
				if (hidden != 1) {
					continue;
				}
				Slot complement = line.parts().stream().filter(s -> !s.hidden() && s.n > 0)
						.min((a, b) -> Long.compare(a.n, b.n)).orElse(null);
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
