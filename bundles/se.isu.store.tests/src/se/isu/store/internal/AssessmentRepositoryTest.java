package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;
import se.isu.store.StaleDataException;

/** Answers as rows: values, typed missing codes and scores survive a Derby restart; stale saves are refused. */
class AssessmentRepositoryTest {

	@TempDir
	Path home;

	private Database database;
	private JpaAssessmentRepository assessments;
	private JpaCaseRepository cases;

	@BeforeEach
	void open() {
		database = new Database();
		database.open(TestDatabases.home(home));
		assessments = new JpaAssessmentRepository();
		assessments.database = database;
		cases = new JpaCaseRepository();
		cases.database = database;
	}

	@AfterEach
	void close() {
		database.close();
	}

	private IsuCase storedCase(String pnr) {
		Unit unit = cases.ensureUnit("VUX", "Vuxenenheten");
		Client client = IsuFactory.eINSTANCE.createClient();
		client.setPersonalIdentityNumber(pnr);
		IsuCase c = IsuFactory.eINSTANCE.createIsuCase();
		c.setClient(client);
		c.setUnit(unit);
		c.setStatus(CaseStatus.OPEN);
		c.setCurrentStep(ProcessStep.AKTUALISERA);
		c.setActualisationDate(LocalDate.of(2026, 1, 5));
		c.setCaseNumber(cases.nextCaseNumber("VUX", 2026));
		return cases.createCase(c);
	}

	private static Assessment assessment(long caseId) {
		InstrumentFactory f = InstrumentFactory.eINSTANCE;
		Assessment a = f.createAssessment();
		a.setCaseId(caseId);
		a.setInstrumentId("asi.grund");
		a.setInstrumentVersion("2022.1");
		a.setInstrumentName("ASI Grund");
		a.setRespondent(Respondent.CLIENT);
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(LocalDate.of(2026, 2, 1));
		for (String[] v : new String[][] { { "B9", "12", null }, { "B10", null, "X" }, { "A3", "text med ; och å", null } }) {
			Answer answer = f.createAnswer();
			answer.setItemId(v[0]);
			answer.setValue(v[1]);
			answer.setMissingCode(v[2]);
			a.getAnswers().add(answer);
		}
		Score score = f.createScore();
		score.setScoreId("cs.fysisk");
		score.setLabel("CS fysisk hälsa");
		score.setValue(null);
		a.getScores().add(score);
		return a;
	}

	@Test
	void answersMissingCodesAndScoresSurviveARestart() {
		IsuCase c = storedCase("19700101-1233");
		long id = assessments.save(assessment(c.getId())).getId();
		database.close();
		open();

		Assessment loaded = assessments.find(id).orElseThrow();
		assertEquals(List.of("A3=text med ; och å/null", "B10=null/X", "B9=12/null"),
				loaded.getAnswers().stream().map(a -> a.getItemId() + "=" + a.getValue() + "/" + a.getMissingCode()).toList());
		assertNull(loaded.getScores().get(0).getValue(), "a missing score stays missing, not 0");
		assertEquals("CS fysisk hälsa", loaded.getScores().get(0).getLabel());
		assertEquals(List.of(id), assessments.findByCase(c.getId()).stream().map(Assessment::getId).toList());
	}

	@Test
	void aStaleSaveIsRefusedAndChangesNothing() {
		IsuCase c = storedCase("19700101-1233");
		Assessment stored = assessments.save(assessment(c.getId()));
		Assessment mine = EcoreUtil.copy(stored);
		Assessment theirs = EcoreUtil.copy(stored);
		theirs.getAnswers().get(2).setValue("20");
		theirs.setStatus(AssessmentStatus.IN_PROGRESS);
		assessments.save(theirs);
		mine.getAnswers().get(2).setValue("1");
		mine.setStatus(AssessmentStatus.IN_PROGRESS);
		assertThrows(StaleDataException.class, () -> assessments.save(mine));
		assertEquals("20", assessments.find(stored.getId()).orElseThrow().getAnswers().get(2).getValue(), "B9 as they saved it");
	}

	@Test
	void theSameClientsCompleteAssessmentsAreFoundFromAnyOfItsCases() {
		IsuCase first = storedCase("19700101-1233");
		IsuCase other = storedCase("19800202-2344");
		assessments.save(assessment(first.getId()));
		assessments.save(assessment(other.getId()));
		IsuCase second = storedCase("19700101-1233");
		assertEquals(List.of(first.getId()), assessments.findCompleteForSameClient(second.getId(), "asi.grund").stream()
				.map(Assessment::getCaseId).toList());
	}
}
