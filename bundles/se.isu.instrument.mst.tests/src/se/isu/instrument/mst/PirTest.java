package se.isu.instrument.mst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.instrument.api.report.ReportParameters;
import se.isu.instrument.mst.PirTarget.Judgement;
import se.isu.model.IsuCase;
import se.isu.reports.ReportFormat;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The PIR on a hand-made fixture of three MST teams whose families were discharged in the first half of 2025, every
 * figure counted by hand below, through the real compilation services on Derby and rendered by BIRT.
 *
 * <pre>
 * Team MSA, 20 families closed in 2025:1 (+1 closed in August, outside the half-year, with every outcome bad):
 *   all 20 at home, in school/work, no new arrests, none placed, all completed    → 100 % / 100 % / 100 % / 0 % / 100 %, 0 % engagement
 *   TAM-R one report each: 15 × 0.80 and 5 × 0.60 → mean (12 + 3) / 20 = 0.75 (met); above 0.61: 15/20 = 75 % (not met, target 80 %)
 *   length of stay: 10 × 100 days and 10 × 150 days → 125 days (met, 100–140)
 * Team MSC, 10 families closed in 2025:1:
 *   at home 5/10 = 50 %, school/work 5/10 = 50 % (not met); no new arrests 10/10 = 100 % (met)
 *   placed 5/10 = 50 % (not met, below 10 %); completed 5/10 = 50 % (not met); lack of engagement 5/10 = 50 % (not met)
 *   TAM-R 10 × 0.55 → mean 0.55 (not met); above 0.61: 0/10 = 0 % (not met); length of stay 10 × 200 days (not met)
 * Team MSS, 3 families: every n is "&lt;5" and no target can be judged (small-cell suppression).
 * </pre>
 */
class PirTest {

	static final ReportParameters HALF_YEAR = new ReportParameters(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), null);

	@BeforeAll
	static void threeTeams() {
		try {
			TestUsers.caseWorker("MSA", "MSC", "MSS");
			LocalDate[] a = new LocalDate[21];
			int[] aStay = new int[21];
			for (int i = 0; i < 20; i++) {
				a[i] = LocalDate.of(2025, 2, 1).plusDays(i * 5);
				aStay[i] = i < 10 ? 100 : 150;
			}
			a[20] = LocalDate.of(2025, 8, 1);
			aStay[20] = 120;
			List<IsuCase> msa = MstFixture.team("MSA", 21, a, aStay);
			LocalDate[] c = new LocalDate[10];
			int[] cStay = new int[10];
			for (int i = 0; i < 10; i++) {
				c[i] = LocalDate.of(2025, 4, 10);
				cStay[i] = 200;
			}
			List<IsuCase> msc = MstFixture.team("MSC", 22, c, cStay);
			List<IsuCase> mss = MstFixture.team("MSS", 23,
					new LocalDate[] { LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5) },
					new int[] { 120, 120, 120 });
			if (alreadyRecorded(msa)) {
				return;
			}
			StringBuilder discharge = new StringBuilder("arende,datum,U1,U2,U3,U4,A1\n");
			StringBuilder tamr = new StringBuilder("arende,datum,T1,T2,T3,T4,T5\n");
			for (int i = 0; i < 21; i++) {
				IsuCase f = msa.get(i);
				boolean outside = i == 20;
				discharge.append(line(f, outside ? "0,0,0,1,2" : "1,1,1,0,1"));
				tamr.append(tamrLine(f, outside ? "0.10" : i < 15 ? "0.80" : "0.60"));
			}
			for (int i = 0; i < 10; i++) {
				IsuCase f = msc.get(i);
				discharge.append(line(f, i < 5 ? "1,1,1,0,1" : "0,0,1,1,2"));
				tamr.append(tamrLine(f, "0.55"));
			}
			for (IsuCase f : mss) {
				discharge.append(line(f, "1,1,1,0,1"));
				tamr.append(tamrLine(f, "0.90"));
			}
			assertEquals(34, MstFixture.importAll(MstContribution.DISCHARGE, discharge.toString()));
			assertEquals(34, MstFixture.importAll(MstContribution.TAMR, tamr.toString()));
		} finally {
			TestUsers.logout();
		}
	}

	private static boolean alreadyRecorded(List<IsuCase> msa) {
		return OsgiServices.get(se.isu.core.instrument.AssessmentService.class).forCase(msa.get(0).getId()).stream()
				.anyMatch(x -> x.getInstrumentId().equals(MstContribution.DISCHARGE));
	}

	private static String line(IsuCase f, String answers) {
		return f.getCaseNumber() + "," + f.getClosureDate() + "," + answers + "\n";
	}

	private static String tamrLine(IsuCase f, String score) {
		LocalDate month = f.getClosureDate().minusMonths(1);
		return f.getCaseNumber() + "," + month.withDayOfMonth(month.lengthOfMonth()) + ","
				+ month.toString().substring(0, 7) + ",terapeut.t,uppfoljare.u,1," + score + "\n";
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	/** The review's lines of one team as "value n judgement" per target. */
	private static Map<PirTarget, String> team(List<PirReport.Line> lines, String unit) {
		return lines.stream().filter(l -> l.unit().equals(unit)).collect(Collectors.toMap(PirReport.Line::target,
				l -> l.figure().text() + " n=" + l.figure().n() + " " + l.judgement()));
	}

	private static List<PirReport.Line> review() {
		return MstFixture.report(PirReport.class).review(HALF_YEAR);
	}

	@Test
	void everyTargetOfTheLargeTeamEqualsTheHandCount() {
		TestUsers.as(Role.ANALYST);
		Map<PirTarget, String> msa = team(review(), "MSA");
		assertEquals("100,0 % n=20 MET", msa.get(PirTarget.LIVING_AT_HOME), "20 of 20; the August family is outside");
		assertEquals("100,0 % n=20 MET", msa.get(PirTarget.SCHOOL_OR_WORK));
		assertEquals("100,0 % n=20 MET", msa.get(PirTarget.NO_NEW_ARRESTS));
		assertEquals("0,75 n=20 MET", msa.get(PirTarget.TAMR_MEAN), "(15 × 0.80 + 5 × 0.60) / 20");
		assertEquals("75,0 % n=20 NOT_MET", msa.get(PirTarget.TAMR_ABOVE), "15 of 20 above 0.61, target 80 %");
		assertEquals("100,0 % n=20 MET", msa.get(PirTarget.COMPLETED));
		assertEquals("0,0 % n=20 MET", msa.get(PirTarget.LACK_OF_ENGAGEMENT));
		assertEquals("0,0 % n=20 MET", msa.get(PirTarget.PLACED));
		assertEquals("125,0 n=20 MET", msa.get(PirTarget.LENGTH_OF_STAY), "(10 × 100 + 10 × 150) / 20 days");
	}

	@Test
	void everyTargetOfTheStrugglingTeamEqualsTheHandCount() {
		TestUsers.as(Role.ANALYST);
		Map<PirTarget, String> msc = team(review(), "MSC");
		assertEquals("50,0 % n=10 NOT_MET", msc.get(PirTarget.LIVING_AT_HOME));
		assertEquals("50,0 % n=10 NOT_MET", msc.get(PirTarget.SCHOOL_OR_WORK));
		assertEquals("100,0 % n=10 MET", msc.get(PirTarget.NO_NEW_ARRESTS));
		assertEquals("0,55 n=10 NOT_MET", msc.get(PirTarget.TAMR_MEAN));
		assertEquals("0,0 % n=10 NOT_MET", msc.get(PirTarget.TAMR_ABOVE), "no score above 0.61");
		assertEquals("50,0 % n=10 NOT_MET", msc.get(PirTarget.COMPLETED));
		assertEquals("50,0 % n=10 NOT_MET", msc.get(PirTarget.LACK_OF_ENGAGEMENT));
		assertEquals("50,0 % n=10 NOT_MET", msc.get(PirTarget.PLACED));
		assertEquals("200,0 n=10 NOT_MET", msc.get(PirTarget.LENGTH_OF_STAY));
	}

	@Test
	void aSmallTeamIsSuppressedAndNoneOfItsTargetsIsJudged() {
		TestUsers.as(Role.ANALYST);
		List<PirReport.Line> mss = review().stream().filter(l -> l.unit().equals("MSS")).toList();
		assertEquals(PirTarget.values().length, mss.size());
		for (PirReport.Line line : mss) {
			assertEquals("<5", line.figure().n(), line.target().name());
			assertTrue(line.figure().value() == null, line.target() + " shows no number: " + line.figure());
			assertEquals(Judgement.NOT_JUDGED, line.judgement(), line.target().name());
		}
	}

	@Test
	void theJudgementsFollowTheTargetsBoundaries() {
		var f = (java.util.function.Function<Double, se.isu.instrument.api.report.UnitFigures.Figure>) v -> new se.isu.instrument.api.report.UnitFigures.Figure(
				"20", "", v);
		assertEquals(Judgement.MET, PirTarget.LIVING_AT_HOME.judge(f.apply(90.0)));
		assertEquals(Judgement.NOT_MET, PirTarget.LIVING_AT_HOME.judge(f.apply(89.9)));
		assertEquals(Judgement.NOT_MET, PirTarget.LACK_OF_ENGAGEMENT.judge(f.apply(5.0)));
		assertEquals(Judgement.MET, PirTarget.LACK_OF_ENGAGEMENT.judge(f.apply(4.9)));
		assertEquals(Judgement.MET, PirTarget.TAMR_MEAN.judge(f.apply(0.61)));
		assertEquals(Judgement.MET, PirTarget.LENGTH_OF_STAY.judge(f.apply(100.0)));
		assertEquals(Judgement.MET, PirTarget.LENGTH_OF_STAY.judge(f.apply(140.0)));
		assertEquals(Judgement.NOT_MET, PirTarget.LENGTH_OF_STAY.judge(f.apply(99.0)));
		assertEquals(Judgement.NOT_MET, PirTarget.LENGTH_OF_STAY.judge(f.apply(141.0)));
		assertEquals(Judgement.NOT_JUDGED, PirTarget.PLACED.judge(f.apply(null)));
	}

	@Test
	void thePdfShowsEachTargetWithItsValueNAndJudgement() throws Exception {
		TestUsers.as(Role.ANALYST);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OsgiServices.get(ReportService.class).render(PirReport.ID, ReportFormat.PDF,
				new ReportParameters(HALF_YEAR.from(), HALF_YEAR.to(), "MSC"), out, null);
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "mst-pir.pdf"), out.toByteArray());
		String text;
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains("MST – Program Implementation Review (PIR)"), text);
		assertTrue(text.contains("Medelvärde TAM-R minst 0,61 0,55 10"), text);
		assertTrue(text.contains("2025:1"), text);
		assertTrue(text.contains("Ej uppnått"), text);
		assertTrue(text.contains("Uppnått"), "no new arrests is met:\n" + text);
		assertTrue(!text.contains("MSA"), "only the unit asked for:\n" + text);
	}
}
