package se.isu.core.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A compilation after suppression: row and column headers, one {@link Cell} per row and column, and the margins
 * that are shown (row totals only when there are columns, column totals only when there are rows). Everything in it
 * may be shown to anyone with the right to see compilations.
 */
public record CompiledTable(String title, List<String> rowDimensions,
		List<String> columnDimensions, List<Header> rows, List<Header> columns, List<List<Cell>> cells,
		List<Cell> rowTotals, List<Cell> columnTotals, Cell total, SmallCellRule rule, List<String> notes) {

	/** A row or column: the codes of its key (as filters take them) and its label. */
	public record Header(List<String> key, String label) {
	}

	public CompiledTable {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		cells = cells.stream().map(List::copyOf).toList();
		rowTotals = List.copyOf(rowTotals);
		columnTotals = List.copyOf(columnTotals);
		notes = List.copyOf(notes);
	}

	public Cell cell(int row, int column) {
		return cells.get(row).get(column);
	}

	/** The first cell whose row and column labels are these (for tests and reports). */
	public Cell cell(String rowLabel, String columnLabel) {
		int r = indexOf(rows, rowLabel);
		int c = indexOf(columns, columnLabel);
		return cells.get(r).get(c);
	}

	/** The row total of the row with this label. */
	public Cell rowTotal(String rowLabel) {
		return rowTotals.get(indexOf(rows, rowLabel));
	}

	/** The column total of the column with this label. */
	public Cell columnTotal(String columnLabel) {
		return columnTotals.get(indexOf(columns, columnLabel));
	}

	private static int indexOf(List<Header> headers, String label) {
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).label().equals(label)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No header '" + label + "' among " + headers.stream().map(Header::label).toList());
	}

	/** The table as CSV: a header line, one line per row with its total, the total line, then the notes. */
	public String toCsv() {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			for (String[] line : lines()) {
				csv.printRecord((Object[]) line);
			}
			for (String note : notes) {
				csv.printRecord(note);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/** The table as lines of text, header first, the way CSV, xlsx and the screen show it. */
	public List<String[]> lines() {
		List<String[]> lines = new ArrayList<>();
		boolean totalColumn = !rowTotals.isEmpty();
		List<String> header = new ArrayList<>();
		header.add(String.join(" / ", rowDimensions.isEmpty() ? List.of("") : rowDimensions));
		columns.forEach(c -> header.add(c.label()));
		if (totalColumn) {
			header.add(se.isu.core.Messages.compile_total);
		}
		lines.add(header.toArray(String[]::new));
		for (int r = 0; r < rows.size(); r++) {
			List<String> line = new ArrayList<>();
			line.add(rows.get(r).label());
			cells.get(r).forEach(cell -> line.add(cell.text()));
			if (totalColumn) {
				line.add(rowTotals.get(r).text());
			}
			lines.add(line.toArray(String[]::new));
		}
		if (!columnTotals.isEmpty()) {
			List<String> line = new ArrayList<>();
			line.add(se.isu.core.Messages.compile_total);
			columnTotals.forEach(cell -> line.add(cell.text()));
			if (totalColumn) {
				line.add(total.text());
			}
			lines.add(line.toArray(String[]::new));
		}
		return lines;
	}

}
