package se.isu.instrument.dok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * The DOK families' change reports on the shared life-area report (dok.common): each family is in the gallery, and
 * DOK's drug area on a hand-made unit reads in the PDF as the paired-change service counts it.
 */
class DokChangeReportTest {

	/**
	 * The fixture's own unit: 16 DOK intakes with 20 days of drug use; 10 discharge interviews (5 down to 2 days,
	 * improved; 5 still at 20, unchanged) and 6 discharges not done because the client moved (reason 3).
	 */
	private static final String UNIT = "DKH";

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void everyFamilyHasItsChangeReportInTheGalleryOnItsOwnAreas() {
		TestUsers.as(se.isu.security.Role.ANALYST);
		Set<String> templates = OsgiServices.get(ReportService.class).templates().stream().map(t -> t.id())
				.collect(Collectors.toSet());
		assertTrue(templates.containsAll(Set.of("dok.change", "speldok.change", "boendedok.change")), templates.toString());

		assertEquals(List.of("dok.utskrivning", "dok.uppfoljning"),
				new DokChangeReport().spec().comparisons().stream().map(c -> c.instrumentId()).toList());
		assertEquals(List.of("boendedok.utskrivning"),
				new BoendedokChangeReport().spec().comparisons().stream().map(c -> c.instrumentId()).toList(),
				"boendeDOK has no follow-up form");
		assertEquals(DokLifeAreas.SPELDOK.stream().map(DokLifeAreas.Area::itemId).toList(),
				new SpeldokChangeReport().spec().areas().stream().map(a -> a.id()).toList());
		assertEquals(3.0, new DokChangeReport().spec().areas().stream().filter(a -> a.id().equals("droger_dagar30"))
				.findFirst().orElseThrow().threshold(), "days change by three or more");
	}

	@Test
	void dokChangeShowsTheDrugAreasPairsAndTheDischargeDropout() throws IOException {
		fixture();
		TestUsers.as(se.isu.security.Role.ANALYST);
		ReportParameters unit = new ReportParameters(null, null, UNIT);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).render("dok.change", ReportFormat.PDF, unit, out, null);
		String text = pdfText(out.toByteArray()).replaceAll("\\s+", " ");

		Figures drugs = OsgiServices.get(PairedChanges.class).pairedChange(new PairedChanges.Request("dok.inskrivning",
				null, "dok.utskrivning", null, PairedChanges.Measured.ITEM, "droger_dagar30", unit, 3, false)
				.dropoutOf("dok.utskrivning"));
		assertEquals("16", drugs.baseline());
		assertEquals("10", drugs.paired());
		assertEquals("6", drugs.dropouts());
		assertEquals(drugs.improvedShare(), drugs.unchangedShare(), "5 improved, 5 unchanged: " + drugs);
		String line = Messages.area_droger + " (" + Messages.occasion_discharge + ") 16 10 6 " + drugs.pending() + " "
				+ drugs.improvedShare() + " " + drugs.unchangedShare() + " " + drugs.worseShare();
		assertTrue(text.contains(line), "missing '" + line + "' in\n" + text);
		assertTrue(text.contains(Messages.occasion_discharge + ": Har flyttat 6"), "the reason registered:\n" + text);
	}

	private static String pdfText(byte[] pdf) throws IOException {
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "dok-change.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Stored once per database (it outlives a targeted run): 16 clients of UNIT with known answers and dropout. */
	private static void fixture() {
		CaseService cases = OsgiServices.get(CaseService.class);
		TestUsers.caseWorker(UNIT);
		if (!cases.findCases(new se.isu.model.query.CaseFilter(null, null, UNIT, null, 50, null)).isEmpty()) {
			return;
		}
		LocalDate intake = LocalDate.of(2025, 4, 7);
		List<Assessment> assessments = new ArrayList<>();
		for (int serial = 0; serial < 16; serial++) {
			IsuCase c = cases.openCase(new NewCase(PersonalIdentityNumber.compose(LocalDate.of(1975, 4, 7), serial, serial % 2 == 0 ? 1 : 2),
					"Vuxen", "Bortfall", UNIT, "DOK-bortfall", intake.minusDays(5)));
			boolean discharged = serial < 10;
			c.getOccasions().add(occasion(OccasionKind.INTAKE, intake, true, null, "dok.inskrivning"));
			c.getOccasions().add(occasion(OccasionKind.DISCHARGE, intake.plusMonths(5), discharged, discharged ? null : 3,
					"dok.utskrivning"));
			IsuCase saved = cases.saveCase(c);
			assessments.add(interview(saved, "dok.inskrivning", saved.getOccasions().get(0), "20"));
			if (discharged) {
				assessments.add(interview(saved, "dok.utskrivning", saved.getOccasions().get(1), serial < 5 ? "2" : "20"));
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

	/** A stored interview holding only the answer the drug area reads. */
	private static Assessment interview(IsuCase c, String instrument, Occasion at, String drugDays) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(at.getId());
		a.setInstrumentId(instrument);
		a.setInstrumentVersion(DokContribution.VERSION);
		a.setInstrumentName(instrument);
		a.setRespondent(Respondent.CLIENT);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(at.getDoneDate());
		a.setUnitCode(UNIT);
		Answer answer = InstrumentFactory.eINSTANCE.createAnswer();
		answer.setItemId("droger_dagar30");
		answer.setValue(drugDays);
		a.getAnswers().add(answer);
		return a;
	}
}
