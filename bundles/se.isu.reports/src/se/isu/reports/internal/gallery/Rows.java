package se.isu.reports.internal.gallery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompiledTable;

/** Shapes suppressed compilations into the flat rows a template's scripted data set reads. */
final class Rows {

	private Rows() {
	}

	/**
	 * One row per table row (and a last one for the totals): {@code label}, one field per named column key
	 * ({@code columns.get(key)} is the field name; a key the table lacks gives "0"), and {@code total}.
	 */
	static List<Map<String, Object>> wide(CompiledTable table, Map<String, String> columns) {
		return wide(table, columns, false);
	}

	/**
	 * As {@link #wide(CompiledTable, Map)}; with {@code totalsAsCounts} the total column holds the row's count rather
	 * than its share (100 %), for tables of shares.
	 */
	static List<Map<String, Object>> wide(CompiledTable table, Map<String, String> columns, boolean totalsAsCounts) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			Map<String, Object> row = new HashMap<>();
			row.put("label", table.rows().get(r).label());
			for (Map.Entry<String, String> column : columns.entrySet()) {
				row.put(column.getValue(), text(table, r, column.getKey()));
			}
			Cell total = table.rowTotals().isEmpty() ? table.cell(r, 0) : table.rowTotals().get(r);
			row.put("total", totalsAsCounts && total.n() != null ? total.n().toString() : total.text());
			rows.add(row);
		}
		if (!table.columnTotals().isEmpty()) {
			Map<String, Object> totals = new HashMap<>();
			totals.put("label", se.isu.core.Messages.compile_total);
			for (Map.Entry<String, String> column : columns.entrySet()) {
				int c = columnIndex(table, column.getKey());
				totals.put(column.getValue(), c < 0 ? "0" : table.columnTotals().get(c).text());
			}
			Cell total = table.rowTotals().isEmpty() ? table.columnTotals().get(0) : table.total();
			totals.put("total", totalsAsCounts && total.n() != null ? total.n().toString() : total.text());
			rows.add(totals);
		}
		return rows;
	}

	/** One row per table row of a one-column table: {@code label} and {@code value}, without the total. */
	static List<Map<String, Object>> list(CompiledTable table) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			rows.add(map("label", table.rows().get(r).label(), "value", table.cell(r, 0).text()));
		}
		return rows;
	}

	private static String text(CompiledTable table, int row, String key) {
		int c = columnIndex(table, key);
		return c < 0 ? "0" : table.cell(row, c).text();
	}

	private static int columnIndex(CompiledTable table, String key) {
		for (int c = 0; c < table.columns().size(); c++) {
			List<String> columnKey = table.columns().get(c).key();
			if (columnKey.size() == 1 && key.equals(columnKey.get(0))) {
				return c;
			}
		}
		return -1;
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** One row holding the table drawn as a bar chart (PNG), for a template's image item. */
	static List<Map<String, Object>> chart(CompiledTable table) {
		return List.of(map("png", se.isu.reports.TableCharts.barChartPng(table, 900, 320)));
	}

	/** The notes that explain "<5", "x" and "–", one row each. */
	static List<Map<String, Object>> notes(List<String> notes, String subtitle) {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(map("text", subtitle));
		notes.forEach(note -> rows.add(map("text", note)));
		return rows;
	}
}
