package se.isu.instrument.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.provider.ProviderService;
import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Provider;
import se.isu.model.ProviderKind;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * "Uppföljning per utförare" on a hand-made fixture in unit PLR: 22 ended HVB placements followed up with the
 * placement form, counted by hand:
 * <pre>
 *                          n   K1 (får stödet)        U4 (sammantaget)   U5 fritext
 * Norrgården  kvinnor      6   1 Ja                   1 Mycket bra       –
 * Norrgården  män          6   2 Delvis               2 Godkänt          –
 * Solbacken   kvinnor      5   3 × 1 Ja, 2 × X        1 Mycket bra       "Brister i kommunikationen"
 * Solbacken   män          5   2 × 1 Ja, 3 × X        2 Godkänt          –
 * </pre>
 * K1 answered: Norrgården 12 of 12 (100 %), Solbacken 5 of 10 (50 %). U4: 12 of 12 and 10 of 10 (100 %).
 */
class PlacementReportTest {

	private static final String UNIT = "PLR";
	private static String north;
	private static String south;

	@BeforeAll
	static void fixture() {
		String run = Long.toString(System.nanoTime() % 100000, 36);
		north = "Norrgården " + run;
		south = "Solbacken " + run;
		TestUsers.as(Role.METHODS_STAFF, UNIT);
		ProviderService providers = OsgiServices.get(ProviderService.class);
		long northId = providers.save(provider(north)).getId();
		long southId = providers.save(provider(south)).getId();
		int serial = 0;
		for (int i = 0; i < 6; i++) {
			follow(serial++, false, northId, "1", "1", null);
			follow(serial++, true, northId, "2", "2", null);
		}
		for (int i = 0; i < 5; i++) {
			follow(serial++, false, southId, i < 3 ? "1" : null, "1", i == 0 ? "Brister i kommunikationen" : null);
			follow(serial++, true, southId, i < 2 ? "1" : null, "2", null);
		}
		TestUsers.logout();
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private static Provider provider(String name) {
		Provider p = IsuFactory.eINSTANCE.createProvider();
		p.setName(name);
		p.setKind(ProviderKind.HVB);
		p.setExternal(true);
		p.setActive(true);
		return p;
	}

	/** One ended placement at the provider and its completed follow-up; k1 null = the client did not answer (X). */
	private static void follow(int serial, boolean man, long providerId, String k1, String u4, String comment) {
		TestUsers.caseWorker(UNIT);
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase c = cases.openCase(new NewCase(pnr(serial, man), "Test", "Placering", UNIT, "Placeringar",
				LocalDate.of(2025, 2, 1)));
		Intervention placement = IsuFactory.eINSTANCE.createIntervention();
		placement.setInterventionType(12);
		placement.setStartDate(LocalDate.of(2025, 2, 10));
		placement.setEndDate(LocalDate.of(2025, 6, 30));
		placement.setProviderId(providerId);
		c.getInterventions().add(placement);
		IsuCase stored = cases.saveCase(c);
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		Assessment a = assessments.start(stored, null, PlacementFollowUpTest.ID, Respondent.STAFF, "hanna");
		a.setAssessedOn(LocalDate.of(2025, 7, 1));
		for (String k : List.of("K1", "K2", "K3")) {
			a.getAnswers().add(k1 == null ? missing(k, "X") : answer(k, k1));
		}
		for (String u : List.of("U1", "U2", "U3", "U4")) {
			a.getAnswers().add(answer(u, u4));
		}
		if (comment != null) {
			a.getAnswers().add(answer("U5", comment));
		}
		assessments.save(a, true);
		TestUsers.logout();
	}

	private static Answer answer(String item, String value) {
		Answer answer = InstrumentFactory.eINSTANCE.createAnswer();
		answer.setItemId(item);
		answer.setValue(value);
		return answer;
	}

	private static Answer missing(String item, String code) {
		Answer answer = InstrumentFactory.eINSTANCE.createAnswer();
		answer.setItemId(item);
		answer.setMissingCode(code);
		return answer;
	}

	private static String pnr(int serial, boolean man) {
		return PersonalIdentityNumber.compose(LocalDate.of(1995, 5, 5), serial, man ? 1 : 2);
	}

	private static GroupReport report() throws Exception {
		for (ServiceReference<GroupReport> ref : OsgiServices.context().getServiceReferences(GroupReport.class, null)) {
			GroupReport report = OsgiServices.context().getService(ref);
			if ("providers".equals(report.id())) {
				return report;
			}
		}
		throw new AssertionError("the report 'Uppföljning per utförare' is registered");
	}

	private static Map<String, Object> row(List<Map<String, Object>> rows, String label) {
		return rows.stream().filter(r -> label.equals(r.get("label"))).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + label + " in " + rows.stream().map(r -> r.get("label")).toList()));
	}

	@Test
	void theOverallAssessmentAndEachQuestionAreCountedPerProviderBySexAsByHand() throws Exception {
		TestUsers.as(Role.ANALYST);
		Map<String, List<Map<String, Object>>> rows = report().rows(new ReportParameters(null, null, UNIT));
		List<Map<String, Object>> distribution = rows.get("distribution");
		Map<String, Object> veryGoodNorth = row(distribution, "    " + north + " · 1 Mycket bra");
		assertEquals(List.of("6", "0", "6"), List.of(veryGoodNorth.get("women"), veryGoodNorth.get("men"), veryGoodNorth.get("total")));
		Map<String, Object> goodSouth = row(distribution, "    " + south + " · 2 Godkänt");
		assertEquals(List.of("0", "5", "5"), List.of(goodSouth.get("women"), goodSouth.get("men"), goodSouth.get("total")));
		// the client's questions: Solbacken's 2 + 3 without an answer are small counts, shown as such
		Map<String, Object> noAnswerSouth = row(distribution, "    " + south + " · Ej svar");
		assertEquals(List.of("<5", "<5"), List.of(noAnswerSouth.get("women"), noAnswerSouth.get("men")));
		assertFalse(distribution.stream().anyMatch(r -> String.valueOf(r.get("label")).startsWith("K4")
				|| String.valueOf(r.get("label")).startsWith("U5")), "free text is never counted in a group report");

		List<Map<String, Object>> rates = rows.get("rates");
		assertEquals(List.of("12", "12", "100 %"), rate(rates, "K1 ", north));
		assertEquals(List.of("10", "5", "50 %"), rate(rates, "K1 ", south));
		assertEquals(List.of("10", "10", "100 %"), rate(rates, "U4 ", south));
	}

	private static List<Object> rate(List<Map<String, Object>> rates, String item, String provider) {
		Map<String, Object> r = rates.stream().filter(m -> String.valueOf(m.get("label")).startsWith(item)
				&& String.valueOf(m.get("label")).endsWith(" · " + provider)).findFirst().orElseThrow();
		return List.of(r.get("forms"), r.get("answered"), r.get("rate"));
	}

	@Test
	void thePdfShowsTheCountsAndNeverTheFreeTextComment() throws Exception {
		TestUsers.as(Role.ANALYST);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).render("providers", ReportFormat.PDF, new ReportParameters(null, null, UNIT), out, null);
		Path file = Path.of("target", "reports", "providers.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, out.toByteArray());
		String text;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			// a long question wraps in its cell: read the page as one line of words
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertTrue(text.contains("Uppföljning per utförare"), text);
		assertTrue(text.contains("U4 Sammantagen bedömning av hur uppdraget har utförts"), text);
		assertTrue(text.contains(north + " · 1 Mycket bra 6 0 6"), text);
		assertTrue(text.contains("Svarsfrekvens per fråga"), text);
		assertTrue(text.contains("50 %"), text);
		assertFalse(text.contains("Brister i kommunikationen"), "free text stays with the responsible staff");
	}
}
