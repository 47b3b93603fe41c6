package se.isu.instrument.dok.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.PairedChanges.Figures;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.store.AssessmentRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The AUDIT/DUDIT change report on a hand-made unit: 16 clients with AUDIT 12 (risky use) at intake; at discharge 10
 * answered (5 down to 5, below the cut-off: improved; 5 still 12: unchanged) and 6 could not be reached. Counts
 * under 5 would be suppressed, so the fixture keeps every figure it checks at 5 or more.
 */
class AuditDuditChangeReportTest {

	private static final String UNIT = "ZNG";

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void theZoneShiftAndDropoutAreShownAsTheServicesCountThem() throws IOException {
		fixture();
		TestUsers.as(Role.ANALYST);
		ReportParameters unit = new ReportParameters(null, null, UNIT);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).render("dok.zones", ReportFormat.PDF, unit, out, null);
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "dok-zones.pdf"), out.toByteArray());
		String text;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertTrue(text.contains("AUDIT och DUDIT – förändring och byte av riskzon"), text);
		Figures zone = OsgiServices.get(PairedChanges.class).pairedChange(new PairedChanges.Request(DokCommonContribution.AUDIT,
				"INTAKE", DokCommonContribution.AUDIT, "DISCHARGE", PairedChanges.Measured.SCORE, "audit.zon", unit, 1, false));
		assertEquals("16", zone.baseline());
		assertEquals("10", zone.paired());
		assertEquals("6", zone.dropouts(), "6 not reached");
		String line = "AUDIT riskzon (utskrivning) 16 10 6 " + zone.pending() + " " + zone.improvedShare() + " "
				+ zone.unchangedShare() + " " + zone.worseShare();
		assertTrue(text.contains(line), "missing '" + line + "' in\n" + text);
		assertTrue(text.contains("utskrivning: Nåddes inte 6"), text);
		// 5 of 10 moved below the cut-off, 5 stayed: half improved, half unchanged, none worse
		assertEquals(zone.improvedShare(), zone.unchangedShare(), zone.toString());
	}

	private static void fixture() {
		CaseService cases = OsgiServices.get(CaseService.class);
		TestUsers.caseWorker(UNIT);
		if (!cases.findCases(new se.isu.model.query.CaseFilter(null, null, UNIT, null, 50, null)).isEmpty()) {
			return;
		}
		LocalDate intake = LocalDate.of(2025, 4, 7);
		List<Assessment> assessments = new ArrayList<>();
		for (int serial = 0; serial < 16; serial++) {
			IsuCase c = cases.openCase(new NewCase(PersonalIdentityNumber.compose(LocalDate.of(2005, 4, 7), serial, serial % 2 == 0 ? 1 : 2),
					"Zon", "Bortfall", UNIT, "AUDIT-bortfall", intake.minusDays(5)));
			boolean answered = serial < 10;
			c.getOccasions().add(occasion(OccasionKind.INTAKE, intake, true, null));
			c.getOccasions().add(occasion(OccasionKind.DISCHARGE, intake.plusMonths(3), answered, answered ? null : 2));
			IsuCase saved = cases.saveCase(c);
			assessments.add(audit(saved, saved.getOccasions().get(0), 12, 1));
			if (answered) {
				assessments.add(serial < 5 ? audit(saved, saved.getOccasions().get(1), 5, 0)
						: audit(saved, saved.getOccasions().get(1), 12, 1));
			}
		}
		OsgiServices.get(AssessmentRepository.class).insertAll(assessments);
	}

	private static Occasion occasion(OccasionKind kind, LocalDate planned, boolean done, Integer reason) {
		Occasion o = IsuFactory.eINSTANCE.createOccasion();
		o.setKind(kind);
		o.setPlannedDate(planned);
		o.setStatus(done ? OccasionStatus.DONE : OccasionStatus.NOT_DONE);
		o.setDoneDate(done ? planned : null);
		o.setNotDoneReason(reason);
		return o;
	}

	private static Assessment audit(IsuCase c, Occasion at, double total, double zone) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(at.getId());
		a.setInstrumentId(DokCommonContribution.AUDIT);
		a.setInstrumentVersion("2026.1");
		a.setInstrumentName("AUDIT");
		a.setRespondent(Respondent.CLIENT);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(at.getDoneDate());
		a.setUnitCode(UNIT);
		a.getScores().add(score("audit.total", total));
		a.getScores().add(score("audit.zon", zone));
		return a;
	}

	private static Score score(String id, double value) {
		Score s = InstrumentFactory.eINSTANCE.createScore();
		s.setScoreId(id);
		s.setLabel(id);
		s.setValue(value);
		return s;
	}
}
