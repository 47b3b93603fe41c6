package se.isu.instrument.dok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.query.CaseFilter;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** The demo run through the plugin's interviewer: one DOK family per client, some SpelDOK, the closing DOK often missed. */
class DokDemoInterviewerTest {

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	@Test
	void demoClientsGetOneFamilyFollowedFromIntakeAndTheClosingInterviewIsOftenMissed() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(120, 14_014L));
		TestUsers.caseWorkerOfTestUnits();
		CaseService cases = OsgiServices.get(CaseService.class);
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		Map<String, Integer> done = new HashMap<>();
		int dischargesDue = 0;
		for (IsuCase listed : cases.findCases(new CaseFilter(null, null, null, null, 100_000))) {
			IsuCase c = cases.findCase(listed.getCaseNumber()).orElseThrow();
			List<Assessment> ours = assessments.forCase(c.getId()).stream()
					.filter(a -> DokContribution.FORMS.contains(a.getInstrumentId())).toList();
			Set<String> families = ours.stream().map(a -> a.getInstrumentId().substring(0, a.getInstrumentId().indexOf('.')))
					.collect(Collectors.toSet());
			assertTrue(families.size() <= 1, c.getCaseNumber() + " answered two DOK families: " + families);
			for (Assessment a : ours) {
				done.merge(a.getInstrumentId(), 1, Integer::sum);
				if (!a.getInstrumentId().endsWith(".inskrivning")) {
					String intake = a.getInstrumentId().substring(0, a.getInstrumentId().indexOf('.')) + ".inskrivning";
					assertTrue(ours.stream().anyMatch(i -> i.getInstrumentId().equals(intake)), c.getCaseNumber() + ": a later DOK follows its intake");
				}
			}
			for (Occasion o : c.getOccasions()) {
				if (o.getKind() == OccasionKind.DISCHARGE && o.getStatus() == OccasionStatus.DONE
						&& ours.stream().anyMatch(a -> a.getInstrumentId().equals("dok.inskrivning"))
						&& o.getFormsDue().contains("dok.utskrivning")) {
					dischargesDue++;
				}
			}
		}
		assertTrue(done.getOrDefault("dok.inskrivning", 0) > 10, done.toString());
		assertTrue(done.getOrDefault("speldok.inskrivning", 0) > 0, "some SpelDOK: " + done);
		int discharges = done.getOrDefault("dok.utskrivning", 0);
		assertTrue(dischargesDue > 0 && discharges < dischargesDue, "the closing DOK is often missed: " + discharges + " of " + dischargesDue);
		assertEquals(0, done.keySet().stream().filter(id -> !DokContribution.FORMS.contains(id)).count());
	}
}
