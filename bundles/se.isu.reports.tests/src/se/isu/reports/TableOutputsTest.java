package se.isu.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompiledTable;
import se.isu.core.compile.CompiledTable.Header;
import se.isu.core.compile.SmallCellRule;

/** A compilation as a chart and as a workbook: shown figures only, hidden ones as their marks. */
class TableOutputsTest {

	/** Women 0 / x / &lt;5 (10), men x / &lt;5 / 0 (13), as the hand-worked suppression gives them. */
	private static CompiledTable table() {
		Cell zero = new Cell(Cell.Shown.EMPTY, "0", 0L, 0.0);
		Cell x = new Cell(Cell.Shown.SECONDARY, "x", null, null);
		Cell small = new Cell(Cell.Shown.SMALL, "<5", null, null);
		return new CompiledTable("Antal ärenden", List.of("Juridiskt kön"), List.of("Åldersgrupp"),
				List.of(new Header(List.of("1"), "Kvinna"), new Header(List.of("2"), "Man")),
				List.of(new Header(List.of("018-024"), "18–24"), new Header(List.of("025-044"), "25–44"),
						new Header(List.of("045-064"), "45–64")),
				List.of(List.of(zero, x, small), List.of(x, small, zero)),
				List.of(new Cell(Cell.Shown.VALUE, "10", 10L, 10.0), new Cell(Cell.Shown.VALUE, "13", 13L, 13.0)),
				List.of(x, new Cell(Cell.Shown.VALUE, "8", 8L, 8.0), small), new Cell(Cell.Shown.VALUE, "23", 23L, 23.0),
				SmallCellRule.DEFAULT, List.of("<5 = färre än 5"));
	}

	@Test
	void hiddenFiguresAreGapsInTheChartNeverBars() {
		assertArrayEquals(new Double[] { 0.0, null }, TableCharts.column(table().cells(), 0));
		assertArrayEquals(new Double[] { null, null }, TableCharts.column(table().cells(), 1));
	}

	@Test
	void theChartIsAPngOfTheAskedSize() throws IOException {
		CompiledTable shown = new CompiledTable("Antal ärenden per verksamhet", List.of("Verksamhet"), List.of(),
				List.of(new Header(List.of("UNG"), "Ungdomsmottagningen"), new Header(List.of("VUX"), "Vuxenenheten")),
				List.of(new Header(List.of(), "Antal ärenden")),
				List.of(List.of(new Cell(Cell.Shown.VALUE, "48", 48L, 48.0)), List.of(new Cell(Cell.Shown.VALUE, "112", 112L, 112.0))),
				List.of(), List.of(new Cell(Cell.Shown.VALUE, "160", 160L, 160.0)), new Cell(Cell.Shown.VALUE, "160", 160L, 160.0),
				SmallCellRule.DEFAULT, List.of());
		byte[] png = TableCharts.barChartPng(shown, 640, 360);
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "chart.png"), png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(640, image.getWidth());
		assertEquals(360, image.getHeight());
	}

	@Test
	void theWorkbookHasNumbersWhereTheyMayBeShownAndMarksElsewhere() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TableWorkbooks.write(table(), out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertEquals("Antal ärenden", sheet.getRow(0).getCell(0).getStringCellValue());
			assertEquals("Juridiskt kön", sheet.getRow(2).getCell(0).getStringCellValue());
			assertEquals("Totalt", sheet.getRow(2).getCell(4).getStringCellValue());
			assertEquals(CellType.NUMERIC, sheet.getRow(3).getCell(1).getCellType());
			assertEquals("x", sheet.getRow(3).getCell(2).getStringCellValue());
			assertEquals("<5", sheet.getRow(3).getCell(3).getStringCellValue());
			assertEquals(10.0, sheet.getRow(3).getCell(4).getNumericCellValue());
			assertEquals(23.0, sheet.getRow(5).getCell(4).getNumericCellValue());
			assertTrue(sheet.getRow(7).getCell(0).getStringCellValue().startsWith("<5 = "));
		}
	}
}
