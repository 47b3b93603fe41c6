package se.isu.instrument.asi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.DemoDataService;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationService.ChangeRule;
import se.isu.core.compile.PairedChange;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.query.Measure;
import se.isu.model.query.PairQuery;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** The ASI change report in the gallery, rendered by BIRT from demo interviews and read back from the PDF. */
class AsiChangeReportTest {

	@BeforeAll
	static void demoInterviews() {
		// Small demo sets answer every form, ASI Grund at intake and Uppföljning at discharge and follow-up.
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(250, 11));
	}

	@BeforeEach
	void analyst() {
		TestUsers.as(Role.ANALYST);
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void theReportIsInTheGalleryAndShowsEachAreasPairedChangeAsCompiled() throws IOException {
		ReportService reports = OsgiServices.get(ReportService.class);
		assertTrue(reports.templates().stream().anyMatch(t -> t.id().equals("asi.change")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render("asi.change", ReportFormat.PDF, ReportParameters.all(), out, null);
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "asi-change.pdf"), out.toByteArray());
		String text;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains("ASI – förändring mellan Grund och Uppföljning"), text);
		PairedChange alcohol = OsgiServices.get(CompilationService.class).pairedChange(new PairQuery(AsiContribution.GRUND,
				null, AsiContribution.UPPFOLJNING, null, Measure.ValueKind.SCORE, "cs.alkohol", null, null, null, null),
				new ChangeRule(AsiChangeReport.THRESHOLD, false));
		assertTrue(!"0".equals(alcohol.paired().text()), "the demo data should give pairs: " + alcohol);
		String line = "Alkohol " + alcohol.baseline().text() + " " + alcohol.paired().text() + " "
				+ alcohol.dropouts().text() + " " + alcohol.pending().text() + " " + alcohol.improvedShare().text();
		assertTrue(text.contains(line), "missing '" + line + "' in\n" + text);
	}

	@Test
	void aCompositeScoreIsCompiledInTheTenthsItsDefinitionDeclaresWithTwoDecimals() {
		// ASI's definitions say 0–1, step 0.1, two decimals; neither the store nor core knows that range (decision 59)
		se.isu.core.compile.CompiledTable table = OsgiServices.get(CompilationService.class)
				.compile(new se.isu.model.query.CompilationQuery(
						se.isu.model.query.Measure.count(se.isu.model.query.Measure.Subject.ASSESSMENTS),
						java.util.List.of(new se.isu.model.query.Dimension(se.isu.model.query.Dimension.Kind.SCORE,
								AsiContribution.GRUND + "/cs.alkohol")),
						java.util.List.of()));
		assertTrue(table.rows().size() > 1, "demo interviews spread over several bands: " + table.rows());
		for (se.isu.core.compile.CompiledTable.Header row : table.rows()) {
			java.math.BigDecimal lower = new java.math.BigDecimal(row.key().get(0));
			assertEquals(0, lower.remainder(new java.math.BigDecimal("0.1")).signum(), "a band starts at a tenth: " + row);
			String expected = String.format(java.util.Locale.ROOT, "%.2f\u2013%.2f", lower, lower.add(new java.math.BigDecimal("0.1")))
					.replace('.', ',');
			assertEquals(expected, row.label());
		}
		assertEquals("asi.grund/cs.alkohol", table.rowDimensions().get(0), "the title names the score, not its scale");
	}
}
