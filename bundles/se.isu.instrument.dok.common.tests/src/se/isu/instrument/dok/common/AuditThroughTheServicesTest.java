package se.isu.instrument.dok.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.Respondent;
import se.isu.testkit.OsgiServices;

/**
 * Saving an AUDIT through the assessment service scores its risk zone with the client's legal sex (from the
 * personnummer) and age at the assessment date: the same total is a zone for a woman and not for a man.
 */
class AuditThroughTheServicesTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);

	@BeforeEach
	void caseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger();

	/** A client born on {@code born}: the ninth digit is odd for a man, even for a woman. */
	static IsuCase newCase(CaseService cases, LocalDate born, boolean man, String unit) {
		// serials in turn, not at random: two clients born the same day must never share a personnummer
		int n = SERIALS.getAndIncrement();
		int sexDigit = 2 * ((n / 89) % 5) + (man ? 1 : 0);
		String pnr = PersonalIdentityNumber.compose(born, 10 + n % 89, sexDigit);
		return cases.openCase(new NewCase(pnr, "Test", man ? "Man" : "Kvinna", unit, unit, LocalDate.now().minusDays(30)));
	}

	private Assessment audit(IsuCase c, LocalDate on, String answers) {
		Assessment a = assessments.start(c, null, DokCommonContribution.AUDIT, Respondent.CLIENT, "anna");
		a.setAssessedOn(on);
		Form form = assessments.formFor(a).orElseThrow();
		AnswerSheet sheet = form.newSheet();
		String[] values = answers.split(",");
		for (int i = 0; i < values.length; i++) {
			sheet.put("audit" + (i + 1), values[i]);
		}
		a.getAnswers().addAll(sheet.toAnswers());
		return assessments.save(a, true);
	}

	private static Double score(Assessment a, String id) {
		return a.getScores().stream().filter(s -> s.getScoreId().equals(id)).findFirst().orElseThrow().getValue();
	}

	@Test
	void theZoneFollowsTheClientsLegalSexAndAgeAtTheAssessmentDate() {
		LocalDate on = LocalDate.now().minusDays(1);
		// 1+1+1+1+0+0+0+0+0+2 = 6: a woman's cut-off, below a man's
		Assessment woman = audit(newCase(cases, on.minusYears(30), false, "VUX"), on, "1,1,1,1,0,0,0,0,0,2");
		assertEquals(6.0, score(woman, "audit.total"));
		assertEquals(1.0, score(woman, "audit.zon"));
		Assessment man = audit(newCase(cases, on.minusYears(30), true, "VUX"), on, "1,1,1,1,0,0,0,0,0,2");
		assertEquals(0.0, score(man, "audit.zon"));
		// 2+1+1+1+0+0+0+0+0+2 = 7: a man turning 66 on the assessment day is over 65; the day before he is not
		assertEquals(1.0, score(audit(newCase(cases, on.minusYears(66), true, "VUX"), on, "2,1,1,1,0,0,0,0,0,2"), "audit.zon"));
		assertEquals(0.0, score(audit(newCase(cases, on.minusYears(66).plusDays(1), true, "VUX"), on, "2,1,1,1,0,0,0,0,0,2"), "audit.zon"));
	}
}
