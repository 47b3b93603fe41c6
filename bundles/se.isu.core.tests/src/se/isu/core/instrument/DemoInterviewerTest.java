package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import se.isu.core.CaseService;
import se.isu.core.DemoDataService;
import se.isu.instrument.api.InstrumentContribution;
import se.isu.instrument.api.demo.DemoInterview;
import se.isu.instrument.api.demo.DemoInterviewer;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Section;
import se.isu.model.query.CaseFilter;
import se.isu.security.Role;
import se.isu.store.AssessmentRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * A plugin's demo interviewer answers its own form in demo data (API 1.2): it sees the occasion, the client and what
 * was answered before; what it declines stays unanswered; required items it leaves empty get generic answers.
 */
class DemoInterviewerTest {

	private static final String ID = "demo.kedja";

	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
	/** What the interviewer was shown, per interview: kind, sex, age. */
	private final List<String> seen = new ArrayList<>();

	@BeforeEach
	void install() {
		InstrumentDefinition d = TestDefinitions.F.createInstrumentDefinition();
		d.setId(ID);
		d.setVersion("1");
		d.setName("Demokedja");
		d.getRespondents().add(Respondent.CLIENT);
		d.getMissingCodes().add(TestDefinitions.missing("X", "Ej besvarad"));
		d.getOccasionKinds().addAll(List.of(OccasionKind.INTAKE, OccasionKind.DISCHARGE, OccasionKind.FOLLOW_UP));
		Section s = TestDefinitions.section("S", "Avsnitt");
		Item step = TestDefinitions.item("steg", ItemType.INTEGER);
		step.setMin(0);
		step.setMax(99);
		step.setRequired(true);
		s.getItems().add(step);
		Item required = TestDefinitions.item("krav", ItemType.YES_NO);
		required.setRequired(true);
		s.getItems().add(required);
		s.getItems().add(TestDefinitions.item("fri", ItemType.INTEGER));
		d.getSections().add(s);
		InstrumentContribution contribution = () -> TestDefinitions.urls(d);
		registrations.add(OsgiServices.context().registerService(InstrumentContribution.class, contribution, null));
		DemoInterviewer interviewer = new DemoInterviewer() {
			@Override
			public boolean answers(String instrumentId) {
				return ID.equals(instrumentId);
			}

			@Override
			public boolean interview(DemoInterview interview) {
				synchronized (seen) {
					seen.add(interview.occasionKind() + " " + interview.legalSex() + " " + interview.age());
				}
				if (interview.occasionKind().equals("FOLLOW_UP")) {
					return false; // nobody comes back for the follow-up in this unit
				}
				// intake 1; discharge one step on from what this client said at intake (1 when intake was declined)
				int step = interview.earlier(ID).map(a -> a.number("steg").intValue() + 1).orElse(1);
				interview.put("steg", Integer.toString(step));
				assertFalse(interview.form().items().isEmpty(), "the interviewer sees the form");
				return true;
			}
		};
		registrations.add(OsgiServices.context().registerService(DemoInterviewer.class, interviewer, null));
	}

	private static String value(Assessment a, String item) {
		return a.getAnswers().stream().filter(x -> x.getItemId().equals(item)).map(se.isu.model.instrument.Answer::getValue)
				.findFirst().orElse(null);
	}

	@AfterEach
	void uninstall() {
		registrations.forEach(ServiceRegistration::unregister);
		TestUsers.logout();
	}

	@Test
	void thePluginsInterviewerAnswersItsFormFollowsTheCaseAndItsDeclinedInterviewsStayUnanswered() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(60, 7_001L));
		TestUsers.caseWorkerOfTestUnits();
		CaseService cases = OsgiServices.get(CaseService.class);
		AssessmentRepository repository = OsgiServices.get(AssessmentRepository.class);

		Map<String, Integer> byKind = new HashMap<>();
		int followUpsDone = 0;
		for (IsuCase listed : cases.findCases(new CaseFilter(null, null, null, null, 100_000))) {
			IsuCase c = cases.findCase(listed.getCaseNumber()).orElseThrow();
			List<Assessment> ours = repository.findByCase(c.getId()).stream().filter(a -> a.getInstrumentId().equals(ID)).toList();
			Integer intakeStep = null;
			for (Occasion o : c.getOccasions()) {
				if (o.getKind() == OccasionKind.FOLLOW_UP && o.getStatus() == OccasionStatus.DONE) {
					followUpsDone++;
				}
				for (Assessment a : ours.stream().filter(a -> java.util.Objects.equals(a.getOccasionId(), o.getId())).toList()) {
					int step = Integer.parseInt(value(a, "steg"));
					byKind.merge(o.getKind().getName(), 1, Integer::sum);
					if (o.getKind() == OccasionKind.INTAKE) {
						assertEquals(1, step, c.getCaseNumber());
						intakeStep = step;
					} else {
						assertEquals(intakeStep == null ? 1 : intakeStep + 1, step, c.getCaseNumber() + " builds on the intake");
					}
					assertTrue(List.of("0", "1").contains(value(a, "krav")), "a required item left empty is filled");
					assertEquals(null, value(a, "fri"), "an optional item left empty stays empty");
				}
			}
		}
		assertTrue(byKind.getOrDefault("INTAKE", 0) > 5 && byKind.getOrDefault("DISCHARGE", 0) > 5, byKind.toString());
		assertTrue(followUpsDone > 0, "the demo has follow-ups done");
		assertFalse(byKind.containsKey("FOLLOW_UP"), "declined interviews are not stored: " + byKind);
		synchronized (seen) {
			assertTrue(seen.stream().allMatch(s -> s.matches("(INTAKE|DISCHARGE|FOLLOW_UP) [12] \\d+")), seen.toString());
		}
	}
}
