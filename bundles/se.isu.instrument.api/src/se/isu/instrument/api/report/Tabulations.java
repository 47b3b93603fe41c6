package se.isu.instrument.api.report;

import java.util.List;
import java.util.Objects;

/**
 * Counts of cases by the answers of one item, split by the client's sex or age group (a DS service of the workbench,
 * since 1.2). It is the compilation the workbench's own tables make — a case counted once per answer it gave in a
 * complete assessment, a group item written {@code group[*].item}, or {@code group[flag=code].item} for the item of
 * the rows whose other item {@code flag} has the code (the substance of the row marked primary:
 * {@code substanser[primar=1].substans}; since 1.2) — with every figure already suppressed ({@code <5}, {@code x}),
 * so a group report can show what it gets.
 */
public interface Tabulations {

	/** What the columns are. */
	enum Split {
		/** The client's legal sex. */
		SEX,
		/** The client's age at aktualisering in the workbench's usual bands (–17, 18–24, 25–44, 45–64, 65–). */
		AGE_GROUP
	}

	/** Which item of which instrument, split how, for which period and unit. */
	record Request(String instrumentId, String itemId, Split split, ReportParameters parameters) {

		public Request {
			Objects.requireNonNull(instrumentId, "instrumentId");
			Objects.requireNonNull(itemId, "itemId");
			Objects.requireNonNull(split, "split");
			parameters = parameters == null ? ReportParameters.all() : parameters;
		}
	}

	/** One answer (or the line of totals): its label, one text per column, and the row's total. */
	record Line(String label, List<String> cells, String total) {

		public Line {
			cells = List.copyOf(cells);
		}
	}

	/**
	 * The table: column labels (only those with cases), one line per answer given, the line of totals (a case that
	 * gave several answers counts once in it) and notes such as the small-cell rule.
	 */
	record Table(List<String> columns, List<Line> lines, Line total, List<String> notes) {

		public Table {
			columns = List.copyOf(columns);
			lines = List.copyOf(lines);
			notes = List.copyOf(notes);
		}
	}

	/** Requires the right to see compilations. */
	Table countByAnswer(Request request);

	/**
	 * The same cases as {@link #countByAnswer}, each cell the share (per cent) of the column's cases that gave the
	 * answer, and each line's total the share of all cases; the line of totals holds the number of cases per column.
	 * A share is shown only over a column of at least the installation's minimum for rates ({@code –} below it) and
	 * never over a hidden count. Requires the right to see compilations (since 1.2).
	 */
	Table shareByAnswer(Request request);
}
