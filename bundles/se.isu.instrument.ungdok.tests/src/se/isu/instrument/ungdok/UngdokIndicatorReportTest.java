package se.isu.instrument.ungdok;

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
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.IsuCase;
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
 * The indicator report rendered by BIRT and read back from the PDF, against figures worked out by hand on a unit
 * made for it (decision 134).
 */
class UngdokIndicatorReportTest {

	/**
	 * 22 intakes: 10 girls aged 16 whose primary substance is alcohol in their second row (cannabis named, not
	 * primary, in the first), who study, have two of the four mental problems and no crime; 12 boys whose primary
	 * substance is cannabis in their first row (alcohol, not primary, in the second), 7 aged 16 and 5 aged 19, 6 of
	 * them neither studying nor working and the same 6 having committed a crime, none with mental problems; and a
	 * boy with no intake yet, who is in no figure.
	 */
	private static final String UNIT = "UGI";

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void theIndicatorReportShowsThePrimarySubstanceOccupationMentalHealthAndCrimeBySexAndAge() throws IOException {
		fixture();
		TestUsers.as(se.isu.security.Role.ANALYST);
		ReportService reports = OsgiServices.get(ReportService.class);
		assertTrue(reports.templates().stream().anyMatch(t -> t.id().equals("ungdok.indicators")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.render("ungdok.indicators", ReportFormat.PDF, new ReportParameters(null, null, UNIT), out, null);
		String text = pdfText(out.toByteArray()).replaceAll("\\s+", " ");
		assertTrue(text.contains("UngDOK – indikatorer efter kön och ålder"), text);

		// By sex (girls, boys, all). Primary substance: the row marked primary, not every substance named — any row
		// would give cannabis to all 22. Alcohol 10 of 10 girls, 0 of 12 boys, 10 of 22; cannabis the rest.
		assertContains(text, "Alkohol 100,0 % 0,0 % 45,5 %");
		assertContains(text, "Cannabis 0,0 % 100,0 % 54,5 %");
		assertContains(text, "Antal ärenden 10 12 22");
		// occupation: studying 10 of 10 girls, 6 of 12 boys (16 of 22); neither studying nor working 0, 6 of 12, 6 of 22
		assertContains(text, "Studerar 100,0 % 50,0 % 72,7 %");
		assertContains(text, "Varken studerar eller arbetar 0,0 % 50,0 % 27,3 %");
		// crime in the last 30 days: 6 of the 12 boys
		assertContains(text, "Ja 0,0 % 50,0 % 27,3 %");

		// By age group: –17 holds 10 girls and 7 boys (alcohol 10 of 17, cannabis 7 of 17); 18–24 the 5 older boys,
		// too few for a share (–), their number shown
		assertContains(text, "Alkohol 58,8 % – 45,5 %");
		assertContains(text, "Cannabis 41,2 % – 54,5 %");
		assertContains(text, "Antal ärenden 17 5 22");
	}

	private static void assertContains(String text, String line) {
		assertTrue(text.contains(line), "missing '" + line + "' in\n" + text);
	}

	private static String pdfText(byte[] pdf) throws IOException {
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "ungdok-indikatorer.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Stored once per database (it outlives a run). */
	private static void fixture() {
		CaseService cases = OsgiServices.get(CaseService.class);
		TestUsers.caseWorker(UNIT);
		try {
			if (!cases.findCases(new se.isu.model.query.CaseFilter(null, null, UNIT, null, 50, null)).isEmpty()) {
				return;
			}
			List<Assessment> interviews = new ArrayList<>();
			for (int serial = 0; serial < 22; serial++) {
				boolean girl = serial < 10;
				boolean older = serial >= 17; // five boys aged 19
				boolean neet = !girl && serial % 2 == 0; // boys 10, 12, … 20: six
				LocalDate born = LocalDate.of(older ? 2005 : 2008, 5, 7);
				IsuCase c = cases.openCase(new NewCase(PersonalIdentityNumber.compose(born, serial, girl ? 2 : 1),
						"Ung", "Indikator", UNIT, "UngDOK-indikatorer", LocalDate.of(2025, 2, 26)));
				Map<String, String> answers = girl
						? Map.of("substanser[1].substans", "2", "substanser[1].primar", "0", "substanser[2].substans", "1",
								"substanser[2].primar", "1", "sysselsattning_typ", "1", "psykisk_symptom30", "2",
								"kriminalitet_brott30", "0")
						: Map.of("substanser[1].substans", "2", "substanser[1].primar", "1", "substanser[2].substans", "1",
								"substanser[2].primar", "0", "sysselsattning_typ", neet ? "4" : "1", "psykisk_symptom30", "0",
								"kriminalitet_brott30", neet ? "1" : "0");
				interviews.add(intake(c, answers));
			}
			// a 23rd case, a boy with no intake interview yet: in no share's denominator
			cases.openCase(new NewCase(PersonalIdentityNumber.compose(LocalDate.of(2008, 5, 7), 22, 1), "Ung", "Indikator",
					UNIT, "UngDOK-indikatorer", LocalDate.of(2025, 2, 26)));
			OsgiServices.get(AssessmentRepository.class).insertAll(interviews);
		} finally {
			TestUsers.logout();
		}
	}

	/** A stored intake holding only the answers the report reads. */
	private static Assessment intake(IsuCase c, Map<String, String> answers) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setInstrumentId(UngdokContribution.INSKRIVNING);
		a.setInstrumentVersion(UngdokContribution.VERSION);
		a.setInstrumentName(UngdokContribution.INSKRIVNING);
		a.setRespondent(Respondent.CLIENT);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(LocalDate.of(2025, 3, 3));
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
