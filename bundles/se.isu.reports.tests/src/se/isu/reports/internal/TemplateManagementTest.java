package se.isu.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.instrument.api.report.ReportParameters;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.reports.ReportService.ReportTemplate;
import se.isu.reports.TemplateRejectedException;
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Methods staff replace, reset and export templates; a broken template is refused and nothing is installed. */
class TemplateManagementTest {

	private final ReportService reports = OsgiServices.get(ReportService.class);

	@TempDir
	Path folder;

	@BeforeEach
	void methodsStaff() {
		TestUsers.as(Role.METHODS_STAFF);
	}

	@AfterEach
	void resetAndLogout() {
		TestUsers.as(Role.METHODS_STAFF);
		reports.resetTemplate("caseload");
		TestUsers.logout();
	}

	private static String shipped(String file) throws IOException {
		try (InputStream in = TemplateManagementTest.class.getClassLoader().getResourceAsStream("templates/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private boolean overridden(String id) {
		return reports.templates().stream().filter(t -> t.id().equals(id)).findFirst().map(ReportTemplate::overridden)
				.orElseThrow();
	}

	private String pdfText(String id) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render(id, ReportFormat.PDF, ReportParameters.all(), out, null);
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void aTemplateThatIsNotWellFormedIsRefusedWithTheFileNamedAndNothingInstalled() throws IOException {
		Path broken = folder.resolve("trasig.rptdesign");
		Files.writeString(broken, shipped("caseload.rptdesign").replace("</report>", ""));
		TemplateRejectedException e = assertThrows(TemplateRejectedException.class,
				() -> reports.importTemplate("caseload", broken));
		assertTrue(e.getMessage().startsWith("Mallfil: trasig.rptdesign kunde inte läsas som BIRT-rapport"), e.getMessage());
		assertTrue(e.getMessage().endsWith("Mallen installerades inte."), e.getMessage());
		assertFalse(overridden("caseload"));
		assertFalse(Files.exists(BirtReportService.overrideFolder().resolve("caseload.rptdesign")));
	}

	@Test
	void aTemplateThatFailsIsRefusedAtTheTrialRun() throws IOException {
		// scripts may no longer change (TemplateAttackTest); a binding to a column the data set lacks fails at run time
		Path failing = folder.resolve("skript.rptdesign");
		Files.writeString(failing, shipped("caseload.rptdesign").replace("dataSetRow[\"open\"]", "dataSetRow[\"finnsInte\"]"));
		TemplateRejectedException e = assertThrows(TemplateRejectedException.class,
				() -> reports.importTemplate("caseload", failing));
		assertTrue(e.getMessage().startsWith("Mallfil: skript.rptdesign går att läsa men inte att köra"), e.getMessage());
		assertFalse(overridden("caseload"));
	}

	@Test
	void aTemplateWhoseScriptReachesForJavaIsRefused() throws IOException {
		Path reaching = folder.resolve("jdbc.rptdesign");
		Files.writeString(reaching, shipped("caseload.rptdesign").replace("var source = rows.get(index);",
				"var source = rows.get(index); java.sql.DriverManager.getConnection(\"jdbc:derby:db\");"));
		TemplateRejectedException e = assertThrows(TemplateRejectedException.class,
				() -> reports.importTemplate("caseload", reaching));
		assertTrue(e.getMessage().startsWith("Mallfil: jdbc.rptdesign har ett ändrat fetch-skript (rad "), e.getMessage());
		assertTrue(e.getMessage().endsWith("Mallen installerades inte."), e.getMessage());
		assertFalse(overridden("caseload"));
	}

	@Test
	void aTemplateWithAChangedInitializeScriptIsRefused() throws IOException {
		Path changed = folder.resolve("init.rptdesign");
		Files.writeString(changed, shipped("caseload.rptdesign").replace("var result = new java.util.ArrayList();",
				"var result = new java.util.ArrayList(); java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(\"/etc/passwd\"));"));
		TemplateRejectedException e = assertThrows(TemplateRejectedException.class,
				() -> reports.importTemplate("caseload", changed));
		assertTrue(e.getMessage().startsWith("Mallfil: init.rptdesign har ett ändrat initialize-skript"), e.getMessage());
	}

	@Test
	void onlyMethodsStaffExportTemplates() {
		TestUsers.as(Role.ANALYST);
		assertThrows(AccessDeniedException.class, () -> reports.exportTemplate("caseload", folder, ReportParameters.all()));
	}

	@Test
	void aGoodTemplateIsUsedUntilItIsResetToTheShippedOne() throws IOException {
		Path own = folder.resolve("egen.rptdesign");
		Files.writeString(own, shipped("caseload.rptdesign").replace("<text-property name=\"text\">Ärendeöversikt</text-property>",
				"<text-property name=\"text\">Vår egen ärendeöversikt</text-property>"));
		reports.importTemplate("caseload", own);
		assertTrue(overridden("caseload"));
		assertTrue(pdfText("caseload").contains("Vår egen ärendeöversikt"));
		reports.resetTemplate("caseload");
		assertFalse(overridden("caseload"));
		assertFalse(pdfText("caseload").contains("Vår egen ärendeöversikt"));
	}

	@Test
	void onlyMethodsStaffImportOrResetTemplates() {
		TestUsers.as(Role.ANALYST);
		assertThrows(AccessDeniedException.class, () -> reports.importTemplate("caseload", folder.resolve("x.rptdesign")));
		assertThrows(AccessDeniedException.class, () -> reports.resetTemplate("caseload"));
	}

	@Test
	void chartsTravelInTheSampleDataAsBase64AndPreviewAsImages() throws Exception {
		List<Path> files = reports.exportTemplate("questions", folder, ReportParameters.all());
		assertTrue(files.contains(folder.resolve("questions-monthsChart.csv")), files.toString());
		List<String> csv = Files.readAllLines(folder.resolve("questions-monthsChart.csv"));
		assertEquals("\"png\"", csv.get(0));
		byte[] png = java.util.Base64.getDecoder().decode(csv.get(1).substring(1, csv.get(1).length() - 1));
		assertEquals("PNG", new String(png, 1, 3, StandardCharsets.ISO_8859_1));
		assertShippedDesign("questions", files.get(0));
	}

	/**
	 * The exported design is the one in use, and the import check accepts it unchanged. (Its sample reader runs in BIRT
	 * Designer only: inside the workbench the script sandbox hides java.nio from it, see TemplateAttackTest.)
	 */
	private static void assertShippedDesign(String id, Path exported) throws IOException {
		byte[] design = Files.readAllBytes(exported);
		assertEquals(shipped(id + ".rptdesign"), new String(design, StandardCharsets.UTF_8));
		TemplateCheck.check(exported.getFileName().toString(), design, design);
	}

	@Test
	void theExportHoldsTheTemplateAndSampleDataThatBirtDesignerCanPreview() throws Exception {
		List<Path> files = reports.exportTemplate("caseload", folder, ReportParameters.all());
		assertEquals(List.of(folder.resolve("caseload.rptdesign"), folder.resolve("caseload-caseload.csv"),
				folder.resolve("caseload-notes.csv")), files);
		List<String> csv = Files.readAllLines(folder.resolve("caseload-caseload.csv"));
		assertEquals("\"closed\",\"label\",\"open\",\"total\"", csv.get(0));
		String firstUnit = csv.get(1).split("\",\"")[1];

		assertFalse(firstUnit.isBlank());
		assertShippedDesign("caseload", files.get(0));
	}
}
