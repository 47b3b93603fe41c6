package se.isu.instrument.dok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.core.protection.PseudonymisedExport;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Intervention;
import se.isu.model.Occasion;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.Respondent;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** DOK through the real services on Derby: substance rows stored and exported, occasions planned, uninstall. */
class DokAssessmentTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void logIn() {
		TestUsers.caseWorkerOfTestUnits();
	}

	/** A client of its own (valid personnummer, random serial), so earlier runs on the same database don't count. */
	private IsuCase newCase(LocalDate actualised) {
		Random random = new Random();
		int serialAndSex = 100 + random.nextInt(899);
		String pnr = se.isu.core.PersonalIdentityNumber.compose(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 30)),
				serialAndSex / 10, serialAndSex % 10);
		return cases.openCase(new NewCase(pnr, "Test", "Dok", "VUX", "Vuxenenheten", actualised));
	}

	private Assessment complete(IsuCase c, String instrument, LocalDate on, Map<String, String> answers) {
		Assessment a = assessments.start(c, null, instrument, Respondent.CLIENT, "anna");
		a.setAssessedOn(on);
		Form form = assessments.formFor(a).orElseThrow();
		a.getAnswers().addAll(DokAnswers.complete(form, answers).toAnswers());
		return assessments.save(a, true);
	}

	private static final Map<String, String> TWO_SUBSTANCES = Map.ofEntries(
			Map.entry("substanser[1].substans", "1"), Map.entry("substanser[1].dagar30", "20"),
			Map.entry("substanser[1].debutalder", "14"), Map.entry("substanser[1].intag", "2"),
			Map.entry("substanser[1].primar", "1"),
			Map.entry("substanser[2].substans", "6"), Map.entry("substanser[2].dagar30", "5"),
			Map.entry("substanser[2].debutalder", "31"), Map.entry("substanser[2].intag", "2"),
			Map.entry("substanser[2].primar", "0"));

	@Test
	void substanceRowsRoundTripAndExportOneLinePerRowWithoutThePersonnummer() throws IOException {
		IsuCase c = newCase(LocalDate.of(2026, 1, 10));
		Assessment saved = complete(c, "dok.inskrivning", LocalDate.of(2026, 1, 15), TWO_SUBSTANCES);
		assertEquals(AssessmentStatus.COMPLETE, saved.getStatus());

		Map<String, String> stored = assessments.find(saved.getId()).orElseThrow().getAnswers().stream()
				.filter(a -> a.getItemId().startsWith("substanser["))
				.collect(Collectors.toMap(Answer::getItemId, Answer::getValue));
		assertEquals(TWO_SUBSTANCES, stored, "every row answer is stored as typed");
		assertEquals(2.0, saved.getScores().stream().filter(s -> s.getScoreId().equals("dok.substanser")).findFirst()
				.orElseThrow().getValue());

		Path key = Files.createTempDirectory("dok-export").resolve("pseudonym.key");
		StringWriter out = new StringWriter();
		TestUsers.as(Role.SYSTEM_ADMIN);
		try {
			OsgiServices.get(PseudonymisedExport.class).exportGroup(key, "dok.inskrivning", "substanser",
					PseudonymisedExport.Layout.LONG, out);
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
		List<String> lines = out.toString().lines().toList();
		assertEquals("pseudonym,instrument,version,manad,bedomning,rad,substans,dagar30,debutalder,intag,primar", lines.get(0));
		// earlier runs on the same database may have exported the same rows: ours is the newest assessment holding both
		Map<String, List<String>> byAssessment = lines.stream().filter(l -> l.contains(",dok.inskrivning,2026.1,2026-01,"))
				.filter(l -> l.endsWith(",1,1,20,14,2,1") || l.endsWith(",2,6,5,31,2,0"))
				.collect(Collectors.groupingBy(l -> l.split(",")[0] + "," + l.split(",")[4]));
		assertTrue(byAssessment.values().stream().anyMatch(rows -> rows.size() == 2), out.toString());
		assertFalse(out.toString().contains(c.getClient() == null ? "--" : c.getClient().getPersonalIdentityNumber()));
	}

	@Test
	void theInterventionStartPlansAnAvstamningWithDokDueAndClosurePlansUtskrivningAndUppfoljningWithAuditAndDudit() {
		IsuCase c = newCase(LocalDate.of(2026, 1, 10));
		Intervention intervention = IsuFactory.eINSTANCE.createIntervention();
		intervention.setStartDate(LocalDate.of(2026, 2, 1));
		c.getInterventions().add(intervention);
		c.setClosureDate(LocalDate.of(2026, 9, 30));
		List<Occasion> planned = OsgiServices.get(OccasionPlanner.class).missingOccasions(c);
		Map<String, List<String>> due = planned.stream().collect(Collectors.toMap(
				o -> o.getKind() + " " + o.getPlannedDate(), o -> o.getFormsDue().stream().sorted().toList(), (a, b) -> a));
		assertTrue(due.getOrDefault("INTERIM 2026-05-01", List.of()).contains("dok.avstamning"), due.toString());
		assertTrue(due.getOrDefault("INTERIM 2026-08-01", List.of()).contains("boendedok.avstamning"), due.toString());
		assertTrue(due.getOrDefault("DISCHARGE 2026-09-30", List.of()).containsAll(List.of("dok.utskrivning", "speldok.utskrivning")), due.toString());
		assertTrue(due.getOrDefault("FOLLOW_UP 2026-12-30", List.of()).contains("speldok.uppfoljning"), due.toString());
		assertTrue(due.getOrDefault("FOLLOW_UP 2027-03-30", List.of()).containsAll(List.of("dok.uppfoljning", "speldok.uppfoljning")), due.toString());
		// AUDIT and DUDIT (dok.common) are due with the intake and discharge interviews, on the same occasions
		assertTrue(due.getOrDefault("INTAKE 2026-01-10", List.of()).containsAll(List.of("audit", "dok.inskrivning", "dudit")), due.toString());
		assertTrue(due.getOrDefault("DISCHARGE 2026-09-30", List.of()).containsAll(List.of("audit", "dok.utskrivning", "dudit")), due.toString());
	}

	@Test
	void aDischargeIsComparedWithTheIntakeByScoreId() {
		IsuCase c = newCase(LocalDate.of(2026, 1, 10));
		complete(c, "dok.inskrivning", LocalDate.of(2026, 1, 15), Map.of("boende_oro30", "1", "droger_oro30", "1", "psykisk_oro30", "1"));
		Assessment discharge = complete(c, "dok.utskrivning", LocalDate.of(2026, 6, 1),
				Map.of("adm_klientdeltar", "1", "droger_oro30", "1"));
		Assessment baseline = assessments.baseline(discharge).orElseThrow();
		AssessmentService.ScoreChange worry = assessments.change(baseline, discharge).stream()
				.filter(s -> s.scoreId().equals("dok.oro")).findFirst().orElseThrow();
		assertEquals(3.0, worry.before());
		assertEquals(1.0, worry.after());
	}

	@Test
	void removingThePluginKeepsItsAssessmentsReadableAndStartingItBringsTheFormsBack() throws BundleException {
		IsuCase c = newCase(LocalDate.of(2026, 1, 10));
		Assessment stored = complete(c, "speldok.inskrivning", LocalDate.of(2026, 1, 15),
				Map.of("spel_nods_kontroll", "1", "spel_nods_ljugit", "1"));
		Bundle dok = FrameworkUtil.getBundle(DokContribution.class);
		dok.stop();
		try {
			assertTrue(registry.installed().stream().noneMatch(i -> i.definition().getId().contains("dok.")));
			Assessment orphan = assessments.find(stored.getId()).orElseThrow();
			assertEquals("SpelDOK – Inskrivning", orphan.getInstrumentName());
			assertEquals(stored.getAnswers().size(), orphan.getAnswers().size());
			assertEquals(2.0, orphan.getScores().stream().filter(s -> s.getScoreId().equals("speldok.nodsclip")).findFirst()
					.orElseThrow().getValue());
			assertTrue(assessments.formFor(orphan).isEmpty());
		} finally {
			dok.start();
		}
		assertTrue(assessments.formFor(assessments.find(stored.getId()).orElseThrow()).isPresent());
	}
}
