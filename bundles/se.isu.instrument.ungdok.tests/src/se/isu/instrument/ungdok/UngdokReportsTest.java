package se.isu.instrument.ungdok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.instrument.api.report.PairedChanges;
import se.isu.instrument.api.report.PairedChanges.Figures;
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
import se.isu.store.AssessmentRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * UngDOK's reports rendered by BIRT and read back from the PDF: the change per life area on a hand-made unit with
 * known dropout, checked against the paired-change service, and the feedback summary against its interview.
 */
class UngdokReportsTest {

	/**
	 * The fixture's own unit: 16 intakes, all worried about housing; 10 discharge interviews done (5 no longer worried,
	 * 5 still worried) and 6 not done because the client moved. Figures under 5 would be suppressed, and with them the
	 * figures they could be computed from.
	 */
	private static final String UNIT = "UGH";

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private static String pdfText(byte[] pdf, String file) throws IOException {
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", file), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theChangeReportShowsEachAreasPairsAndTheDischargeDropoutWithItsReasons() throws IOException {
		fixture();
		TestUsers.as(se.isu.security.Role.ANALYST);
		se.isu.instrument.api.report.ReportParameters unit = new se.isu.instrument.api.report.ReportParameters(null, null, UNIT);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportService reports = OsgiServices.get(ReportService.class);
		assertTrue(reports.templates().stream().anyMatch(t -> t.id().equals("ungdok.change")));
		reports.render("ungdok.change", ReportFormat.PDF, unit, out, null);
		String text = pdfText(out.toByteArray(), "ungdok-change.pdf").replaceAll("\\s+", " ");
		assertTrue(text.contains("Förändring per livsområde"), text);

		Figures housing = OsgiServices.get(PairedChanges.class).pairedChange(new PairedChanges.Request(
				UngdokContribution.INSKRIVNING, null, UngdokContribution.UTSKRIVNING, null, PairedChanges.Measured.ITEM,
				"boende_oro30", unit, 1, false).dropoutOf(UngdokContribution.UTSKRIVNING));
		assertEquals("16", housing.baseline(), "16 intakes");
		assertEquals("10", housing.paired(), "10 discharge interviews");
		assertEquals("6", housing.dropouts(), "6 discharge occasions not done");
		// the 10: worried at intake, 5 no longer worried at discharge (improved), 5 still worried
		assertEquals(housing.improvedShare(), housing.unchangedShare(), housing.toString());
		String line = Messages.area_boende + " (" + Messages.occasion_discharge + ") 16 10 6 " + housing.pending() + " "
				+ housing.improvedShare() + " " + housing.unchangedShare() + " " + housing.worseShare();
		assertTrue(text.contains(line), "missing '" + line + "' in\n" + text);
		assertTrue(text.contains(Messages.occasion_discharge + ": Har flyttat 6"), "the reason registered:\n" + text);
	}

	@Test
	void theFeedbackSummaryTellsTheClientsAnswersPerArea() throws IOException {
		TestUsers.caseWorkerOfTestUnits();
		CaseService cases = OsgiServices.get(CaseService.class);
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		IsuCase c = UngdokAnswers.newCase(cases, LocalDate.now().minusYears(16), false, "UNG");
		Assessment a = assessments.start(c, null, UngdokContribution.INSKRIVNING, Respondent.CLIENT, "anna");
		a.setAssessedOn(LocalDate.now().minusDays(1));
		Form form = assessments.formFor(a).orElseThrow();
		a.getAnswers().addAll(UngdokAnswers.complete(form, UngdokAnswers.rows("boende_typ", "7", "boende_oro30", "1",
				"boende_vill", "1", "boende_sjalv", "0", "boende_hjalp", "1", "viktigast", "boende",
				"substanser[1].substans", "2", "substanser[1].dagar30", "18", "substanser[1].debutalder", "14",
				"substanser[1].intag", "1", "substanser[1].primar", "1")).toAnswers());
		Assessment saved = assessments.save(a, true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).renderAssessment(UngdokFeedbackReport.TEMPLATE_ID, saved.getId(), ReportFormat.PDF, out);
		String text = pdfText(out.toByteArray(), "ungdok-sammanfattning.pdf").replaceAll("\\s+", " ");
		assertTrue(text.contains("UngDOK – det här berättade du"), text);
		// D: temporary housing or homeless; worried yes, wants change yes, can do it alone no, needs help yes; most important
		assertTrue(text.contains("D Boende och försörjning Tillfälligt boende eller hemlös Ja Ja Nej Ja"), text);
		assertTrue(text.contains("Viktigast"), text);
		assertTrue(text.contains("Cannabis 18 dagar (huvudsubstans)"), text);
	}

	/** Stored once per database (it outlives a run): 16 clients of UNIT with known answers and dropout. */
	private static void fixture() {
		CaseService cases = OsgiServices.get(CaseService.class);
		TestUsers.caseWorker(UNIT);
		if (!cases.findCases(new se.isu.model.query.CaseFilter(null, null, UNIT, null, 50, null)).isEmpty()) {
			return;
		}
		LocalDate intake = LocalDate.of(2025, 3, 3);
		List<Assessment> assessments = new ArrayList<>();
		for (int serial = 0; serial < 16; serial++) {
			IsuCase c = cases.openCase(new NewCase(PersonalIdentityNumber.compose(LocalDate.of(2008, 3, 3), serial, serial % 2 == 0 ? 1 : 2),
					"Ung", "Bortfall", UNIT, "UngDOK-bortfall", intake.minusDays(5)));
			boolean discharged = serial < 10;
			Integer reason = discharged ? null : 3; // moved
			c.getOccasions().add(occasion(OccasionKind.INTAKE, intake, true, null, UngdokContribution.INSKRIVNING));
			c.getOccasions().add(occasion(OccasionKind.DISCHARGE, intake.plusMonths(4), discharged, reason,
					UngdokContribution.UTSKRIVNING));
			IsuCase saved = cases.saveCase(c);
			assessments.add(interview(saved, UngdokContribution.INSKRIVNING, saved.getOccasions().get(0), Map.of("boende_oro30", "1")));
			if (discharged) {
				assessments.add(interview(saved, UngdokContribution.UTSKRIVNING, saved.getOccasions().get(1),
						Map.of("boende_oro30", serial < 5 ? "0" : "1")));
			}
		}
		OsgiServices.get(AssessmentRepository.class).insertAll(assessments);
	}

	private static Occasion occasion(OccasionKind kind, LocalDate planned, boolean done, Integer reason, String form) {
		Occasion o = IsuFactory.eINSTANCE.createOccasion();
		o.setKind(kind);
		o.setPlannedDate(planned);
		o.setStatus(done ? OccasionStatus.DONE : OccasionStatus.NOT_DONE);
		o.setDoneDate(done ? planned : null);
		o.setNotDoneReason(reason);
		o.getFormsDue().add(form);
		return o;
	}

	/** A stored interview holding only the answers the report reads. */
	private static Assessment interview(IsuCase c, String instrument, Occasion at, Map<String, String> answers) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(at.getId());
		a.setInstrumentId(instrument);
		a.setInstrumentVersion(UngdokContribution.VERSION);
		a.setInstrumentName(instrument);
		a.setRespondent(Respondent.CLIENT);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(at.getDoneDate());
		a.setUnitCode(UNIT);
		answers.forEach((id, value) -> {
			Answer answer = InstrumentFactory.eINSTANCE.createAnswer();
			answer.setItemId(id);
			answer.setValue(value);
			a.getAnswers().add(answer);
		});
		return a;
	}
}
