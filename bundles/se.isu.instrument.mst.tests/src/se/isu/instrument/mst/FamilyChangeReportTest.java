package se.isu.instrument.mst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.instrument.api.report.PairedChanges.Figures;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.store.AssessmentRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The family's ratings start → end → 6 → 12 months for a team MSG of 15 families: all rated at start (4) and end
 * (7); 10 rated at 6 months (7) and 5 moved; 5 rated at 12 months (6) and 10 whose 12-month follow-up was not done
 * (moved). Paired counts and dropout come from each follow-up form's own occasions; no count is below 5, so only
 * the 12-month shares (n = 5, below 10) are hidden.
 */
class FamilyChangeReportTest {

	static final String UNIT = "MSG";

	@BeforeAll
	static void twelveFamilies() {
		try {
			TestUsers.caseWorker(UNIT);
			LocalDate closed = LocalDate.of(2025, 3, 1);
			LocalDate[] dates = new LocalDate[15];
			int[] stays = new int[15];
			java.util.Arrays.fill(dates, closed);
			java.util.Arrays.fill(stays, 120);
			List<IsuCase> families = MstFixture.team(UNIT, 25, dates, stays);
			if (!families.get(0).getOccasions().isEmpty()) {
				return;
			}
			CaseService cases = OsgiServices.get(CaseService.class);
			List<Assessment> ratings = new ArrayList<>();
			for (int i = 0; i < families.size(); i++) {
				IsuCase c = families.get(i);
				LocalDate start = c.getInterventions().get(0).getStartDate();
				c.getOccasions().add(occasion(OccasionKind.INTAKE, start, true, MstContribution.FAMILY));
				c.getOccasions().add(occasion(OccasionKind.DISCHARGE, closed, true, MstContribution.FAMILY));
				c.getOccasions().add(occasion(OccasionKind.FOLLOW_UP, closed.plusMonths(6), i < 10, MstContribution.FOLLOW_UP_6));
				c.getOccasions().add(occasion(OccasionKind.FOLLOW_UP, closed.plusMonths(12), i < 5, MstContribution.FOLLOW_UP_12));
				IsuCase saved = cases.saveCase(c);
				ratings.add(rating(saved, MstContribution.FAMILY, saved.getOccasions().get(0), 4));
				ratings.add(rating(saved, MstContribution.FAMILY, saved.getOccasions().get(1), 7));
				if (i < 10) {
					ratings.add(rating(saved, MstContribution.FOLLOW_UP_6, saved.getOccasions().get(2), 7));
				}
				if (i < 5) {
					ratings.add(rating(saved, MstContribution.FOLLOW_UP_12, saved.getOccasions().get(3), 6));
				}
			}
			OsgiServices.get(AssessmentRepository.class).insertAll(ratings);
		} finally {
			TestUsers.logout();
		}
	}

	private static Occasion occasion(OccasionKind kind, LocalDate planned, boolean done, String form) {
		Occasion o = IsuFactory.eINSTANCE.createOccasion();
		o.setKind(kind);
		o.setPlannedDate(planned);
		o.setStatus(done ? OccasionStatus.DONE : OccasionStatus.NOT_DONE);
		o.setDoneDate(done ? planned : null);
		o.setNotDoneReason(done ? null : 3);
		o.getFormsDue().add(form);
		return o;
	}

	private static Assessment rating(IsuCase c, String instrument, Occasion at, int value) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(at.getId());
		a.setInstrumentId(instrument);
		a.setInstrumentVersion("2026.1");
		a.setInstrumentName(instrument);
		a.setRespondent(Respondent.FAMILY);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(at.getDoneDate());
		a.setUnitCode(UNIT);
		for (String area : MstContribution.AREAS) {
			Answer answer = InstrumentFactory.eINSTANCE.createAnswer();
			answer.setItemId(area);
			answer.setValue(Integer.toString(value));
			a.getAnswers().add(answer);
		}
		return a;
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void eachStepIsPairedOnItsOwnFollowUpWithDropoutFromItsOwnOccasions() {
		TestUsers.as(Role.ANALYST);
		FamilyChangeReport report = MstFixture.report(FamilyChangeReport.class);
		ReportParameters unit = new ReportParameters(null, null, UNIT);
		Figures end = report.figures("F1", FamilyChangeReport.Step.END, unit);
		Figures six = report.figures("F1", FamilyChangeReport.Step.SIX_MONTHS, unit);
		Figures twelve = report.figures("F1", FamilyChangeReport.Step.TWELVE_MONTHS, unit);
		assertEquals("15 15 0 100,0 % 3,00", end.baseline() + " " + end.paired() + " " + end.dropouts() + " "
				+ end.improvedShare() + " " + end.meanChange(), "4 → 7 for everyone");
		assertEquals("10 5 100,0 % 3,00", six.paired() + " " + six.dropouts() + " " + six.improvedShare() + " "
				+ six.meanChange(), "5 moved before the 6-month follow-up");
		assertEquals("5 10 –", twelve.paired() + " " + twelve.dropouts() + " " + twelve.improvedShare(),
				"5 paired: too few for a share");
	}

	@Test
	void thePdfShowsEveryAreaAndStepAsTheServiceComputesIt() throws Exception {
		TestUsers.as(Role.ANALYST);
		ReportParameters unit = new ReportParameters(null, null, UNIT);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).render(FamilyChangeReport.ID, ReportFormat.PDF, unit, out, null);
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "mst-change.pdf"), out.toByteArray());
		String text;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains("MST – familjens skattningar före och efter"), text);
		Figures twelve = MstFixture.report(FamilyChangeReport.class).figures("F4", FamilyChangeReport.Step.TWELVE_MONTHS,
				unit);
		// labels wrap in the narrow first columns; the figures of a line stay together
		String line = twelve.baseline() + " " + twelve.paired() + " " + twelve.dropouts() + " " + twelve.pending() + " "
				+ twelve.improvedShare();
		assertEquals("15 5 10 0 –", line);
		assertTrue(text.contains(line), "missing '" + line + "' in\n" + text);
		assertTrue(text.contains("Start – 6 månader Har flyttat 5"), "the dropout reason per step:\n" + text);
		assertTrue(text.contains("Start – 12 månader Har flyttat 10"), text);
		int images = 0;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			for (var page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					images += page.getResources().isImageXObject(name) ? 1 : 0;
				}
			}
		}
		assertEquals(MstContribution.AREAS.size(), images, "a chart per area");
	}
}
