package se.isu.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompiledTable;

/**
 * A compilation as an xlsx workbook (Apache POI): the table as it is shown, numbers as numbers where they may be
 * shown and "&lt;5", "x" and "–" as text where they may not, then the notes.
 */
public final class TableWorkbooks {

	private TableWorkbooks() {
	}

	public static void write(CompiledTable table, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Sammanställning");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(table.title());
			title.getCell(0).setCellStyle(bold);
			List<String[]> lines = table.lines();
			int rowIndex = 2;
			for (int l = 0; l < lines.size(); l++) {
				Row row = sheet.createRow(rowIndex++);
				String[] line = lines.get(l);
				for (int c = 0; c < line.length; c++) {
					org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
					Cell figure = l == 0 || c == 0 ? null : figure(table, l - 1, c - 1);
					if (figure != null && figure.visible() && figure.value() != null) {
						cell.setCellValue(figure.value());
					} else {
						cell.setCellValue(line[c]);
					}
					if (l == 0 || c == 0) {
						cell.setCellStyle(bold);
					}
				}
			}
			rowIndex++;
			for (String note : table.notes()) {
				sheet.createRow(rowIndex++).createCell(0).setCellValue(note);
			}
			for (int c = 0; c <= table.columns().size() + 1; c++) {
				sheet.autoSizeColumn(c);
			}
			workbook.write(out);
		}
	}

	/** The figure behind line {@code row}, column {@code column} of {@link CompiledTable#lines()}, totals included. */
	private static Cell figure(CompiledTable table, int row, int column) {
		boolean totalColumn = column == table.columns().size();
		if (row < table.rows().size()) {
			return totalColumn ? (table.rowTotals().isEmpty() ? null : table.rowTotals().get(row)) : table.cell(row, column);
		}
		if (table.columnTotals().isEmpty()) {
			return null;
		}
		return totalColumn ? table.total() : table.columnTotals().get(column);
	}
}
