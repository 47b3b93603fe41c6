package se.isu.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.CaseloadRow;
import se.isu.core.DemoDataService;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.testkit.OsgiServices;

/** Real BIRT rendering of the built-in template, checked by the text a reader would see. */
class CaseloadReportTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private static final Path OUTPUT = Path.of("target", "reports");

	private final ReportService reports = OsgiServices.get(ReportService.class);
	private final CaseService cases = OsgiServices.get(CaseService.class);

	@BeforeAll
	static void someCases() {
		se.isu.testkit.TestUsers.as(se.isu.security.Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(40, 7));
	}

	@Test
	void pdfShowsTitleEveryUnitAndTheTotalNumberOfCases() throws IOException {
		byte[] pdf = render(ReportFormat.PDF);
		assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains("Ärendeöversikt"), text);
		for (CaseloadRow row : cases.caseload()) {
			assertTrue(text.contains(row.unitName()), "missing unit " + row.unitName() + " in\n" + text);
		}
		String totalLine = text.lines().filter(l -> l.startsWith("Totalt")).findFirst().orElseThrow(() -> new AssertionError(text));
		assertEquals("Totalt " + cases.countCases(), totalLine.strip());
	}

	@Test
	void htmlAndXlsxRenderToo() throws IOException {
		String html = new String(render(ReportFormat.HTML), StandardCharsets.UTF_8);
		assertTrue(html.contains("Ärendeöversikt") || html.contains("&Auml;rende"), html);
		byte[] xlsx = render(ReportFormat.XLSX);
		assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1), "xlsx is a zip container");
	}

	@Test
	void anUnknownTemplateIsRefusedByName() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> reports.render("no-such-template", ReportFormat.PDF, new ByteArrayOutputStream()));
		assertTrue(e.getMessage().contains("no-such-template"));
	}

	private byte[] render(ReportFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render("caseload", format, out);
		Files.createDirectories(OUTPUT);
		Files.write(OUTPUT.resolve("caseload." + format.fileExtension()), out.toByteArray());
		return out.toByteArray();
	}
}
