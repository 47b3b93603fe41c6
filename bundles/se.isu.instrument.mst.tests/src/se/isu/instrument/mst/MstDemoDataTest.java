package se.isu.instrument.mst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.query.CaseFilter;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The demo's MST team: its families are rated by MstDemoInterviewer, so the end rating is better than the start in
 * every area, and the discharge record agrees with itself (a family discharged as placed was placed).
 */
class MstDemoDataTest {

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void theDemoMstTeamsRatingsImproveAndItsDischargeRecordsAgree() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(400, 15));
		TestUsers.caseWorker("MST");
		List<IsuCase> cases = OsgiServices.get(CaseService.class)
				.findCases(new CaseFilter(null, null, "MST", null, 2000, null));
		assertTrue(!cases.isEmpty(), "the demo has an MST team");
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		int pairs = 0;
		int discharges = 0;
		for (IsuCase c : cases) {
			List<Assessment> done = assessments.forCase(c.getId()).stream()
					.filter(a -> a.getStatus() == AssessmentStatus.COMPLETE).toList();
			List<Assessment> ratings = done.stream().filter(a -> a.getInstrumentId().equals(MstContribution.FAMILY))
					.sorted(java.util.Comparator.comparing(Assessment::getAssessedOn)).toList();
			if (ratings.size() == 2) {
				pairs++;
				for (String area : MstContribution.AREAS) {
					assertTrue(value(ratings.get(1), area) > value(ratings.get(0), area),
							c.getCaseNumber() + " " + area + " better at the end");
				}
			}
			for (Assessment record : done.stream().filter(a -> a.getInstrumentId().equals(MstContribution.DISCHARGE))
					.toList()) {
				discharges++;
				if (value(record, "A1") == 3) {
					assertEquals(1, value(record, "U4"), c.getCaseNumber() + ": discharged as placed, so placed");
					assertEquals(0, value(record, "U1"), c.getCaseNumber() + ": placed, so not at home");
				}
			}
		}
		assertTrue(pairs > 0 && discharges > 0, "pairs " + pairs + ", discharge records " + discharges);
	}

	private static int value(Assessment a, String item) {
		Optional<String> v = a.getAnswers().stream().filter(x -> x.getItemId().equals(item)).map(x -> x.getValue())
				.findFirst();
		return Integer.parseInt(v.orElseThrow(() -> new AssertionError(a.getInstrumentId() + " has no " + item)));
	}
}
