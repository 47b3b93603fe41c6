package se.isu.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.NewCase;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.reports.ReportService.ReportTemplate;
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Real BIRT rendering of the gallery, checked by the text a reader sees in the PDF. */
class GalleryReportsTest {

	private static final Path OUTPUT = Path.of("target", "reports");
	/** A unit of three open cases: every figure of it is small. */
	private static final String SMALL_UNIT = "REP";

	private final ReportService reports = OsgiServices.get(ReportService.class);
	private final CompilationService compilations = OsgiServices.get(CompilationService.class);

	@BeforeAll
	static void someCases() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(300, 7));
		TestUsers.caseWorker(SMALL_UNIT);
		CaseService cases = OsgiServices.get(CaseService.class);
		if (cases.findCases(new se.isu.model.query.CaseFilter(null, null, SMALL_UNIT, null, 10)).isEmpty()) {
			for (String pnr : List.of("19700101-0011", "19700102-0010", "19700103-0019")) {
				cases.openCase(new NewCase(pnr, "Liten", "Enhet", SMALL_UNIT, "Liten enhet", LocalDate.of(2025, 3, 3)));
			}
		}
		TestUsers.logout();
	}

	@BeforeEach
	void methodsStaff() {
		TestUsers.as(Role.METHODS_STAFF);
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void theGalleryListsTheReportsCoreShips() {
		List<String> ids = reports.templates().stream().map(ReportTemplate::id).toList();
		assertTrue(ids.containsAll(List.of("caseload", "durations", "questions", "dropout")), ids.toString());
	}

	@Test
	void theCaseloadPdfShowsEachUnitsFiguresAsTheCompilationHasThem() throws IOException {
		String text = pdfText("caseload", ReportParameters.all());
		assertTrue(text.contains("Ärendeöversikt"), text);
		CompiledTable table = compilations.compile(new CompilationQuery(Measure.count(Measure.Subject.CASES),
				List.of(Dimension.unit()), List.of(Dimension.of(Dimension.Kind.STATUS))));
		for (int r = 0; r < table.rows().size(); r++) {
			String expected = table.rows().get(r).label() + " " + String.join(" ", cellTexts(table, r)) + " "
					+ table.rowTotals().get(r).text();
			assertTrue(text.contains(expected), "missing line '" + expected + "' in\n" + text);
		}
		assertTrue(text.contains("Totalt " + String.join(" ", columnTotals(table)) + " " + table.total().text()), text);
	}

	private static List<String> cellTexts(CompiledTable table, int row) {
		List<String> texts = new ArrayList<>();
		for (String status : List.of("OPEN", "CLOSED")) {
			int c = column(table, status);
			texts.add(c < 0 ? "0" : table.cell(row, c).text());
		}
		return texts;
	}

	private static List<String> columnTotals(CompiledTable table) {
		List<String> texts = new ArrayList<>();
		for (String status : List.of("OPEN", "CLOSED")) {
			int c = column(table, status);
			texts.add(c < 0 ? "0" : table.columnTotals().get(c).text());
		}
		return texts;
	}

	private static int column(CompiledTable table, String key) {
		for (int i = 0; i < table.columns().size(); i++) {
			if (table.columns().get(i).key().equals(List.of(key))) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void aSmallUnitShowsOnlyHiddenFigures() throws IOException {
		String text = pdfText("caseload", new ReportParameters(null, null, SMALL_UNIT));
		// the unit register names the unit (accounts may only name registered units; the test users register theirs)
		assertTrue(text.contains(SMALL_UNIT + " <5 0 <5"), text);
		assertTrue(text.contains("<5 = färre än 5"), text);
		assertFalse(text.contains(SMALL_UNIT + " 3"), "the count itself must not appear:\n" + text);
	}

	@Test
	void theQuestionsReportAnswersEachOfTheSeedQuestions() throws IOException {
		String text = pdfText("questions", ReportParameters.all());
		for (String heading : List.of("Vanligaste aktualiseringsorsaker", "Vanligaste problem", "Vanligaste insatser",
				"Kvinnor och män", "Aktualiseringar per månad", "Måluppfyllelse per kön")) {
			assertTrue(text.contains(heading), heading + " missing in\n" + text);
		}
		CompiledTable sex = compilations.compile(new CompilationQuery(Measure.count(Measure.Subject.CASES),
				List.of(Dimension.sex()), List.of()));
		assertTrue(text.contains("Flicka/Kvinna " + sex.cell(0, 0).text()), text);
	}

	@Test
	void durationsAndDropoutRender() throws IOException {
		String durations = pdfText("durations", ReportParameters.all());
		assertTrue(durations.contains("Aktualisering → beslut"), durations);
		assertTrue(durations.contains("Verkställighet → avslut"), durations);
		String dropout = pdfText("dropout", new ReportParameters(LocalDate.now().minusYears(2), null, null));
		assertTrue(dropout.contains("Bortfall vid mättillfällen"), dropout);
		assertTrue(dropout.contains("Inskrivning"), dropout);
	}

	@Test
	void htmlAndXlsxRenderToo() throws IOException {
		String html = new String(render("caseload", ReportFormat.HTML, ReportParameters.all()), StandardCharsets.UTF_8);
		assertTrue(html.contains("Ärendeöversikt") || html.contains("&Auml;rende"), html);
		byte[] xlsx = render("questions", ReportFormat.XLSX, ReportParameters.all());
		assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1), "xlsx is a zip container");
	}

	@Test
	void progressIsReportedAndCancellingStopsTheRender() {
		List<String> steps = new ArrayList<>();
		reports.render("caseload", ReportFormat.PDF, ReportParameters.all(), new ByteArrayOutputStream(),
				new NullProgressMonitor() {
					@Override
					public void subTask(String name) {
						steps.add(name);
					}
				});
		assertEquals(List.of("Sammanställer data", "Läser mallen", "Skapar PDF"), steps);
		assertThrows(OperationCanceledException.class, () -> reports.render("caseload", ReportFormat.PDF,
				ReportParameters.all(), new ByteArrayOutputStream(), new NullProgressMonitor() {
					@Override
					public boolean isCanceled() {
						return true;
					}
				}));
	}

	@Test
	void anUnknownTemplateIsRefusedByName() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> reports.render("no-such-template", ReportFormat.PDF, new ByteArrayOutputStream()));
		assertTrue(e.getMessage().contains("no-such-template"), e.getMessage());
	}

	@Test
	void aPersonWithoutTheRightToCompileGetsNoReport() {
		TestUsers.as(Role.SYSTEM_ADMIN);
		assertThrows(AccessDeniedException.class, () -> reports.render("caseload", ReportFormat.PDF, new ByteArrayOutputStream()));
	}

	@Test
	void everyGalleryPdfIsA4AndPrintsTheChosenPeriodAndUnitInItsHeader() throws IOException {
		ReportParameters firstHalf = new ReportParameters(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), SMALL_UNIT);
		for (String id : List.of("caseload", "durations", "questions", "dropout")) {
			try (PDDocument document = Loader.loadPDF(render(id, ReportFormat.PDF, firstHalf))) {
				org.apache.pdfbox.pdmodel.common.PDRectangle page = document.getPage(0).getMediaBox();
				assertEquals(595, Math.round(page.getWidth()), id + " page width in pt");
				assertEquals(842, Math.round(page.getHeight()), id + " page height in pt");
				String text = new PDFTextStripper().getText(document);
				assertTrue(text.contains("Period: 2025-01-01 – 2025-06-30"), id + ":\n" + text);
				assertTrue(text.contains("Verksamhet: " + SMALL_UNIT), id + ":\n" + text);
			}
		}
		String whole = pdfText("caseload", ReportParameters.all());
		assertTrue(whole.contains("Period: hela tiden"), whole);
		assertTrue(whole.contains("Verksamhet: hela verksamheten"), whole);
	}

	static byte[] render(String id, ReportFormat format, ReportParameters parameters) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).render(id, format, parameters, out, null);
		Files.createDirectories(OUTPUT);
		Files.write(OUTPUT.resolve(id + "." + format.fileExtension()), out.toByteArray());
		return out.toByteArray();
	}

	static String pdfText(String id, ReportParameters parameters) throws IOException {
		byte[] pdf = render(id, ReportFormat.PDF, parameters);
		assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
