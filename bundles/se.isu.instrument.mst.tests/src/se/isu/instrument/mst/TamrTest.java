package se.isu.instrument.mst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.ValidationException;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.AssessmentService.ImportProblem;
import se.isu.core.instrument.AssessmentService.ImportResult;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * TAM-R scores are stored as the licensor computed them, entered or imported from a CSV file; an import with any
 * bad line stores nothing and names every bad line, column and rule; the therapist never collects the score,
 * whichever way it comes in.
 */
class TamrTest {

	private static final String UNIT = "MTR";
	private List<IsuCase> families;
	private AssessmentService assessments;

	@BeforeEach
	void threeFamilies() {
		TestUsers.caseWorker(UNIT);
		LocalDate closed = LocalDate.of(2025, 10, 1);
		families = MstFixture.team(UNIT, 11, new LocalDate[] { closed, closed, closed }, new int[] { 120, 120, 120 });
		assessments = OsgiServices.get(AssessmentService.class);
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private long storedTamr() {
		return families.stream().flatMap(f -> assessments.forCase(f.getId()).stream())
				.filter(a -> a.getInstrumentId().equals(MstContribution.TAMR)).count();
	}

	private String number(int family) {
		return families.get(family).getCaseNumber();
	}

	@Test
	void goodLinesAreStoredWithTheScoreExactlyAsTheLicensorGaveIt() throws Exception {
		long before = storedTamr();
		// semicolons and a decimal comma, as a Swedish spreadsheet writes them
		String csv = "arende;datum;T1;T2;T3;T4;T5\n"
				+ number(0) + ";2025-06-30;2025-06;terapeut.anna;uppf.bo;1;0,734\n"
				+ number(1) + ";2025-06-30;2025-06;terapeut.anna;uppf.bo;1;0,61\n"
				+ number(2) + ";2025-06-30;2025-06;terapeut.cia;uppf.bo;2;0.95\n";
		ImportResult result = assessments.importCsv(MstContribution.TAMR, new StringReader(csv));
		assertTrue(result.ok(), result.problems().toString());
		assertEquals(3, result.imported());
		assertEquals(before + 3, storedTamr());
		Assessment first = assessments.forCase(families.get(0).getId()).stream()
				.filter(a -> a.getInstrumentId().equals(MstContribution.TAMR)).reduce((a, b) -> b).orElseThrow();
		assertEquals(Respondent.FAMILY, first.getRespondent(), "TAM-R is the caregiver's account");
		assertEquals(0.734, score(first, TamrScorer.SCORE), 1e-12, "stored, never recomputed");
		assertEquals(1.0, score(first, TamrScorer.ABOVE));
		Assessment atThreshold = assessments.forCase(families.get(1).getId()).stream()
				.filter(a -> a.getInstrumentId().equals(MstContribution.TAMR)).reduce((a, b) -> b).orElseThrow();
		assertEquals(0.0, score(atThreshold, TamrScorer.ABOVE), "0.61 is not above 0.61");
	}

	private static Double score(Assessment a, String id) {
		return a.getScores().stream().filter(s -> s.getScoreId().equals(id)).map(Score::getValue).findFirst()
				.orElseThrow();
	}

	@Test
	void aFileWithAnyBadLineImportsNothingAndNamesEachBadLineColumnAndRule() throws Exception {
		long before = storedTamr();
		String csv = "arende,datum,T1,T2,T3,T4,T5\n" // line 1
				+ number(0) + ",2025-07-31,2025-07,terapeut.anna,uppf.bo,1,0.80\n" // 2: good
				+ number(1) + ",2025-07-31,2025-07,terapeut.anna,uppf.bo,1,1.3\n" // 3: above 1
				+ number(2) + ",2025-07-31,2025-07,Terapeut.Anna,terapeut.anna ,1,0.70\n" // 4: collected by the therapist
				+ "MTR-FINNS-INTE,2025-07-31,2025-07,terapeut.anna,uppf.bo,1,0.70\n" // 5: no such case
				+ number(0) + ",31/07/2025,2025-07,terapeut.anna,uppf.bo,1,0.70\n" // 6: not a date
				+ number(1) + ",2025-07-31,,terapeut.anna,uppf.bo,1,0.70\n"; // 7: month missing
		ImportResult result = assessments.importCsv(MstContribution.TAMR, new StringReader(csv));
		assertEquals(0, result.imported());
		assertEquals(before, storedTamr(), "nothing stored, not even line 2");
		List<String> where = result.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
		assertEquals(List.of("3:T5", "4:T3", "5:arende", "6:datum", "7:T1"), where, result.problems().toString());
		ImportProblem therapist = result.problems().get(1);
		assertTrue(therapist.message().contains("får inte samlas in av familjens behandlare"), therapist.message());
		assertTrue(therapist.toString().startsWith("Rad 4, kolumn T3: "), therapist.toString());
		assertTrue(result.problems().get(2).message().contains("MTR-FINNS-INTE"), result.problems().get(2).message());
	}

	@Test
	void anUnknownColumnIsNamedOnTheHeaderLine() throws Exception {
		ImportResult result = assessments.importCsv(MstContribution.TAMR,
				new StringReader("arende,datum,T5,fraga12\n" + number(0) + ",2025-07-31,0.8,3\n"));
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertEquals("1:fraga12", result.problems().get(0).line() + ":" + result.problems().get(0).column());
	}

	@Test
	void enteringAScoreCollectedByTheTherapistIsRefusedInTheService() {
		Assessment a = assessments.start(families.get(0), null, MstContribution.TAMR, Respondent.FAMILY, "uppf.bo");
		a.setAssessedOn(LocalDate.of(2025, 8, 29));
		answer(a, "T1", "2025-08");
		answer(a, "T2", "terapeut.anna");
		answer(a, "T3", "terapeut.anna");
		answer(a, "T5", "0.9");
		ValidationException refused = assertThrows(ValidationException.class, () -> assessments.save(a, true));
		assertEquals("T3", refused.violations().get(0).field());
		assertTrue(refused.violations().get(0).message().contains("samma person som behandlaren"),
				refused.violations().get(0).message());
		// someone else collects it: stored
		a.getAnswers().removeIf(x -> x.getItemId().equals("T3"));
		answer(a, "T3", "uppf.bo");
		Assessment saved = assessments.save(a, true);
		assertEquals(0.9, score(saved, TamrScorer.SCORE), 1e-12);
	}

	private static void answer(Assessment a, String item, String value) {
		Answer answer = InstrumentFactory.eINSTANCE.createAnswer();
		answer.setItemId(item);
		answer.setValue(value);
		a.getAnswers().add(answer);
	}
}
