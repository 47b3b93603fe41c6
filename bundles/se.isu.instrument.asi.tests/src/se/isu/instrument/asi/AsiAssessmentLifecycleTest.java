package se.isu.instrument.asi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.ValidationException;
import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.Respondent;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.testkit.OsgiServices;

/** ASI through the real services on Derby: Grund, Uppföljning with its precondition, feedback report, uninstall. */
class AsiAssessmentLifecycleTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	/** A client of its own (valid personnummer, random serial), so earlier runs on the same database don't count. */
	private IsuCase newCase() {
		Random random = new Random();
		String digits = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 30))
				.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + (100 + random.nextInt(899));
		String pnr = digits.substring(0, 8) + "-" + digits.substring(8)
				+ se.isu.core.PersonalIdentityNumber.luhnCheckDigit(digits.substring(2));
		return cases.openCase(new NewCase(pnr, "Test", "Asi", "VUX", "Vuxenenheten", LocalDate.of(2024, 1, 10)));
	}

	private Assessment complete(IsuCase c, String instrument, LocalDate on, Map<String, String> answers) {
		Assessment a = assessments.start(c, null, instrument, Respondent.CLIENT, "anna");
		a.setAssessedOn(on);
		Form form = assessments.formFor(a).orElseThrow();
		a.getAnswers().addAll(AsiAnswers.complete(form, answers).toAnswers());
		return assessments.save(a, true);
	}

	@Test
	void anUppfoljningNeedsAGrundWithinTwoYearsAndReportsChangePerArea() throws IOException {
		IsuCase c = newCase();
		LocalDate today = LocalDate.now();
		ValidationException none = assertThrows(ValidationException.class,
				() -> complete(c, AsiContribution.UPPFOLJNING, today, Map.of()));
		assertTrue(none.getMessage().contains("ASI Uppföljning förutsätter en genomförd ASI Grund"), none.getMessage());

		complete(c, AsiContribution.GRUND, today.minusMonths(30), Map.of("B9", "30", "B10", "4", "B11", "4"));
		assertThrows(ValidationException.class, () -> complete(c, AsiContribution.UPPFOLJNING, today, Map.of()),
				"a Grund 30 months old is too old");

		complete(c, AsiContribution.GRUND, today.minusMonths(6), Map.of("B9", "12", "B10", "3", "B11", "2"));
		Assessment followUp = complete(c, AsiContribution.UPPFOLJNING, today, Map.of("B9", "3", "B10", "1", "B11", "1"));
		Assessment baseline = assessments.baseline(followUp).orElseThrow();
		AssessmentService.ScoreChange physical = assessments.change(baseline, followUp).stream()
				.filter(s -> s.scoreId().equals("cs.fysisk")).findFirst().orElseThrow();
		assertEquals(0.55, physical.before(), 1e-9, "the newer Grund, not the one 30 months old");
		assertEquals((3 / 30.0 + 0.25 + 0.25) / 3, physical.after(), 1e-9);

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).renderAssessment(AsiFeedbackReport.TEMPLATE_ID, followUp.getId(), ReportFormat.PDF, pdf);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains("ASI – återkoppling per livsområde"), text);
		assertTrue(text.contains("Fysisk hälsa"), text);
		assertTrue(text.contains("0,55"), "Grund CS in the baseline column:\n" + text);
		assertTrue(text.contains("0,20"), "Uppföljning CS:\n" + text);
		assertTrue(text.contains("-0,35"), "change:\n" + text);
	}

	@Test
	void removingTheAsiBundleKeepsItsAssessmentsReadableAndStartingItBringsTheFormsBack() throws BundleException {
		IsuCase c = newCase();
		Assessment stored = complete(c, AsiContribution.GRUND, LocalDate.now(), Map.of("B9", "12", "B10", "3", "B11", "2"));
		Bundle asi = FrameworkUtil.getBundle(AsiContribution.class);
		asi.stop();
		try {
			assertFalse(registry.installed().stream().anyMatch(i -> i.definition().getId().startsWith("asi.")));
			assertTrue(registry.available("VUX").stream().noneMatch(d -> d.getId().startsWith("asi.")));
			Assessment orphan = assessments.find(stored.getId()).orElseThrow();
			assertEquals("ASI Grund", orphan.getInstrumentName());
			assertEquals(stored.getAnswers().size(), orphan.getAnswers().size());
			assertEquals(0.55, orphan.getScores().stream().filter(s -> s.getScoreId().equals("cs.fysisk")).findFirst()
					.orElseThrow().getValue(), 1e-9);
			assertTrue(assessments.formFor(orphan).isEmpty());
		} finally {
			asi.start();
		}
		assertTrue(assessments.formFor(assessments.find(stored.getId()).orElseThrow()).isPresent());
	}

	@Test
	void aHalfDoneGrundIsSavedAndResumedWithoutItsRequiredItems() {
		IsuCase c = newCase();
		Assessment a = assessments.start(c, null, AsiContribution.GRUND, Respondent.CLIENT, "anna");
		Form form = assessments.formFor(a).orElseThrow();
		AnswerSheet sheet = form.newSheet();
		sheet.put("B9", "4");
		sheet.putMissing("B10", "X");
		a.getAnswers().addAll(sheet.toAnswers());
		Assessment draft = assessments.save(a, false);
		Assessment resumed = assessments.find(draft.getId()).orElseThrow();
		assertEquals(2, resumed.getAnswers().size());
		ValidationException e = assertThrows(ValidationException.class, () -> assessments.save(resumed, true));
		assertTrue(e.violations().size() > 50, "every required item still unanswered is named: " + e.violations().size());
	}

	@Test
	void theFeedbackOfAHalfDoneGrundShowsDashesWhereAreasHaveNoScoreYet() throws IOException {
		IsuCase c = newCase();
		Assessment a = assessments.start(c, null, AsiContribution.GRUND, Respondent.CLIENT, "anna");
		AnswerSheet sheet = assessments.formFor(a).orElseThrow().newSheet();
		sheet.put("B9", "4");
		a.getAnswers().addAll(sheet.toAnswers());
		Assessment halfDone = assessments.save(a, false);
		assertTrue(halfDone.getScores().stream().anyMatch(s -> s.getValue() == null), "areas without enough answers have no score");

		// raised NullPointerException (Optional.of(null)) for a score without a value: the interviewer saw "NullPointerException"
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).renderAssessment(AsiFeedbackReport.TEMPLATE_ID, halfDone.getId(), ReportFormat.PDF, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Fysisk hälsa"), text);
			assertTrue(text.contains("\u2013"), "a dash where there is no score yet:\n" + text);
		}
	}
}
