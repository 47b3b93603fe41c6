package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.instrument.api.InstrumentContribution;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.Prerequisite;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;
import se.isu.model.instrument.ScoreCombination;
import se.isu.model.instrument.UnitOverlay;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The assessment, registry and customisation services in OSGi on a real Derby database, with a test instrument
 * registered the way a plugin registers one (a DS-visible InstrumentContribution service).
 */
class AssessmentServiceTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);
	private final FormCustomisationService customisation = OsgiServices.get(FormCustomisationService.class);
	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

	/** Form changes are methods staff's; the rest of each test is a case worker's. */
	private static <T> T staff(java.util.function.Supplier<T> change) {
		return TestUsers.as(Role.METHODS_STAFF, change);
	}

	@BeforeEach
	void install() {
		TestUsers.caseWorkerOfTestUnits();
		InstrumentDefinition all = TestDefinitions.everyType();
		all.getScores().add(TestDefinitions.score("s.d", ScoreCombination.MEAN, MissingScoreRule.ANY_MISSING,
				TestDefinitions.component("D1", ComponentTransform.SCALED, 30),
				TestDefinitions.component("SC", ComponentTransform.SCALED, 4)));
		InstrumentDefinition followUp = TestDefinitions.everyType();
		followUp.setId("test.followup");
		followUp.setName("Uppföljning");
		Prerequisite rule = TestDefinitions.F.createPrerequisite();
		rule.setInstrumentId("test.all");
		rule.setWithinMonths(24);
		followUp.setPrerequisite(rule);
		followUp.setBaselineInstrument("test.all");
		followUp.getScores().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(all.getScores().get(0)));
		install(all, followUp);
	}

	private void install(InstrumentDefinition... definitions) {
		InstrumentContribution contribution = () -> TestDefinitions.urls(definitions);
		registrations.add(OsgiServices.context().registerService(InstrumentContribution.class, contribution, null));
	}

	@AfterEach
	void uninstall() {
		registrations.forEach(ServiceRegistration::unregister);
		registrations.clear();
	}

	private IsuCase newCase(String pnr, String unit) {
		return cases.openCase(new NewCase(pnr, "Test", "Bedömning", unit, "Enhet " + unit, LocalDate.of(2025, 1, 10)));
	}

	/** A valid personnummer no earlier test (or earlier run on the same database) used: a client of its own. */
	private static String unusedPersonalIdentityNumber() {
		java.util.Random random = new java.util.Random();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 40));
		String digits = born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + (100 + random.nextInt(899));
		return digits.substring(0, 8) + "-" + digits.substring(8)
				+ se.isu.core.PersonalIdentityNumber.luhnCheckDigit(digits.substring(2));
	}

	private static void answer(Assessment a, String item, String value) {
		TestDefinitions.answer(a, item, value);
	}

	private static Double score(Assessment a, String id) {
		return TestDefinitions.score(a, id);
	}

	@Test
	void aHalfDoneInterviewIsSavedResumedAndCompletedWithItsScoresStored() {
		IsuCase c = newCase("19700101-1233", "ASV");
		Assessment started = assessments.start(c, null, "test.all", Respondent.CLIENT, "anna");
		assertEquals("1", started.getInstrumentVersion());
		answer(started, "D1", "12");
		Assessment draft = assessments.save(started, false);
		assertTrue(draft.getId() > 0);
		assertEquals(AssessmentStatus.IN_PROGRESS, draft.getStatus());
		assertNull(score(draft, "s.d"), "SC is not answered yet");

		Assessment resumed = assessments.find(draft.getId()).orElseThrow();
		assertEquals("12", resumed.getAnswers().get(0).getValue());
		ValidationException refused = assertThrows(ValidationException.class, () -> assessments.save(resumed, true));
		assertEquals(List.of("N1"), refused.violations().stream().map(Violation::field).toList());
		assertEquals(AssessmentStatus.IN_PROGRESS, assessments.find(draft.getId()).orElseThrow().getStatus(),
				"nothing was stored by the refused save");

		answer(resumed, "N1", "X");
		answer(resumed, "SC", "3");
		Assessment complete = assessments.save(resumed, true);
		assertEquals(AssessmentStatus.COMPLETE, complete.getStatus());
		assertEquals((12 / 30.0 + 3 / 4.0) / 2, score(complete, "s.d"), 1e-9);

		answer(complete, "SC", "1");
		Assessment changed = assessments.save(complete, true);
		assertEquals((12 / 30.0 + 1 / 4.0) / 2, score(changed, "s.d"), 1e-9, "scores follow the answers");
		assertEquals(1, assessments.forCase(c.getId()).size());
	}

	@Test
	void aFormIsOfferedOnlyToItsRespondentsAndBothRespondentsAnswerAtOneOccasion() {
		InstrumentDefinition ratings = TestDefinitions.everyType();
		ratings.setId("test.family");
		ratings.setName("Familjeskattning");
		ratings.getRespondents().clear();
		ratings.getRespondents().add(Respondent.FAMILY);
		ratings.getRespondents().add(Respondent.STAFF);
		install(ratings);
		assertFalse(registry.available("ASV", Respondent.CLIENT).stream().anyMatch(d -> d.getId().equals("test.family")));
		assertTrue(registry.available("ASV", Respondent.FAMILY).stream().anyMatch(d -> d.getId().equals("test.family")));
		assertTrue(registry.available("ASV", Respondent.CLIENT).stream().anyMatch(d -> d.getId().equals("test.all")),
				"a form naming no respondent is the client's");

		IsuCase c = newCase(unusedPersonalIdentityNumber(), "ASV");
		se.isu.model.Occasion start = se.isu.model.IsuFactory.eINSTANCE.createOccasion();
		start.setKind(se.isu.model.OccasionKind.INTAKE);
		start.setStatus(se.isu.model.OccasionStatus.PLANNED);
		start.setPlannedDate(LocalDate.of(2025, 1, 20));
		c.getOccasions().add(start);
		IsuCase stored = cases.saveCase(c);
		se.isu.model.Occasion occasion = stored.getOccasions().get(0);
		ValidationException refused = assertThrows(ValidationException.class,
				() -> assessments.start(stored, occasion, "test.family", Respondent.CLIENT, "anna"));
		assertEquals("respondent", refused.violations().get(0).field());

		assessments.save(assessments.start(stored, occasion, "test.family", Respondent.FAMILY, "anna"), false);
		assessments.save(assessments.start(stored, occasion, "test.family", Respondent.STAFF, "anna"), false);
		assertEquals(java.util.Set.of(Respondent.FAMILY, Respondent.STAFF),
				assessments.forCase(stored.getId()).stream()
						.filter(a -> Long.valueOf(occasion.getId()).equals(a.getOccasionId()))
						.map(Assessment::getRespondent).collect(java.util.stream.Collectors.toSet()));
	}

	@Test
	void anAssessmentCannotBeLinkedToAnOccasionThatIsNotSavedYet() {
		IsuCase c = newCase("19700101-1233", "ASV");
		se.isu.model.Occasion unsaved = se.isu.model.IsuFactory.eINSTANCE.createOccasion();
		ValidationException e = assertThrows(ValidationException.class,
				() -> assessments.start(c, unsaved, "test.all", Respondent.CLIENT, "anna"));
		assertEquals("occasion", e.violations().get(0).field());
		assertTrue(e.getMessage().contains("spara ärendet först"), e.getMessage());
	}

	@Test
	void brokenAnswersAreRefusedNamingTheItemAndNothingIsStored() {
		IsuCase c = newCase("19700101-1233", "ASV");
		Assessment a = assessments.start(c, null, "test.all", Respondent.CLIENT, "anna");
		answer(a, "D1", "45");
		answer(a, "C1", "N");
		ValidationException e = assertThrows(ValidationException.class, () -> assessments.save(a, false));
		assertEquals(List.of("D1"), e.violations().stream().map(Violation::field).toList());
		assertTrue(e.getMessage().contains("45 ligger utanför det tillåtna intervallet 0–30"), e.getMessage());
		assertEquals(0, assessments.forCase(c.getId()).size());
	}

	@Test
	void aFollowUpNeedsItsBaselineOnTheSameClientAndIsComparedWithIt() {
		String pnr = unusedPersonalIdentityNumber();
		IsuCase first = newCase(pnr, "ASV");
		Assessment followUp = assessments.start(first, null, "test.followup", Respondent.CLIENT, "anna");
		answer(followUp, "N1", "5");
		answer(followUp, "D1", "3");
		answer(followUp, "SC", "1");
		ValidationException e = assertThrows(ValidationException.class, () -> assessments.save(followUp, true));
		assertTrue(e.getMessage().contains("förutsätter en genomförd Alla typer"), e.getMessage());

		Assessment baseline = assessments.start(first, null, "test.all", Respondent.CLIENT, "anna");
		answer(baseline, "N1", "5");
		answer(baseline, "D1", "15");
		answer(baseline, "SC", "4");
		baseline.setAssessedOn(LocalDate.now().minusMonths(6));
		assessments.save(baseline, true);

		IsuCase second = newCase(pnr, "ASV"); // a new case, same client
		Assessment later = assessments.start(second, null, "test.followup", Respondent.CLIENT, "anna");
		later.getAnswers().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(followUp.getAnswers()));
		Assessment stored = assessments.save(later, true);
		Assessment found = assessments.baseline(stored).orElseThrow();
		AssessmentService.ScoreChange change = assessments.change(found, stored).get(0);
		assertEquals((15 / 30.0 + 1.0) / 2, change.before(), 1e-9);
		assertEquals((3 / 30.0 + 0.25) / 2, change.after(), 1e-9);
		assertEquals(change.after() - change.before(), change.difference(), 1e-12);
	}

	@Test
	void aFormAskedAtSeveralOccasionsIsComparedWithItsAnswerAtTheBaselineKindNeverWithItself() {
		InstrumentDefinition ladder = TestDefinitions.everyType();
		ladder.setId("test.ladder");
		ladder.setName("Stege");
		ladder.setBaselineInstrument("test.ladder");
		ladder.setBaselineOccasionKind(se.isu.model.OccasionKind.INTAKE);
		ladder.getScores().add(TestDefinitions.score("s.d", ScoreCombination.MEAN, MissingScoreRule.ANY_MISSING,
				TestDefinitions.component("D1", ComponentTransform.SCALED, 30)));
		install(ladder);
		IsuCase c = newCase(unusedPersonalIdentityNumber(), "ASV");
		for (se.isu.model.OccasionKind kind : List.of(se.isu.model.OccasionKind.INTAKE, se.isu.model.OccasionKind.DISCHARGE,
				se.isu.model.OccasionKind.FOLLOW_UP)) {
			se.isu.model.Occasion o = se.isu.model.IsuFactory.eINSTANCE.createOccasion();
			o.setKind(kind);
			o.setStatus(se.isu.model.OccasionStatus.PLANNED);
			o.setPlannedDate(LocalDate.of(2025, 2, 1).plusMonths(c.getOccasions().size() * 3L));
			c.getOccasions().add(o);
		}
		IsuCase stored = cases.saveCase(c);
		List<Assessment> done = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Assessment a = assessments.start(stored, stored.getOccasions().get(i), "test.ladder", Respondent.CLIENT, "anna");
			answer(a, "N1", "5");
			answer(a, "D1", Integer.toString(3 + 9 * i));
			answer(a, "SC", "1");
			a.setAssessedOn(LocalDate.now().minusMonths(9 - 3L * i));
			done.add(assessments.save(a, true));
		}
		assertTrue(assessments.baseline(done.get(0)).isEmpty(), "the intake answer is the baseline, it has none itself");
		assertEquals(done.get(0).getId(), assessments.baseline(done.get(1)).orElseThrow().getId(), "closure → intake");
		assertEquals(done.get(0).getId(), assessments.baseline(done.get(2)).orElseThrow().getId(),
				"follow-up → intake, not the nearer closure");
	}

	@Test
	void aScoreMissingAtBaselineGivesNoChangeInsteadOfAnError() {
		Assessment baseline = TestDefinitions.F.createAssessment();
		Score missing = TestDefinitions.F.createScore();
		missing.setScoreId("s.d");
		baseline.getScores().add(missing);
		Assessment followUp = TestDefinitions.F.createAssessment();
		Score now = TestDefinitions.F.createScore();
		now.setScoreId("s.d");
		now.setValue(0.5);
		followUp.getScores().add(now);
		AssessmentService.ScoreChange change = assessments.change(baseline, followUp).get(0);
		assertNull(change.before());
		assertNull(change.difference());
	}

	@Test
	void removingThePluginLeavesAnswersAndScoresReadableAndInstallingItBringsTheFormBack() {
		IsuCase c = newCase("19700101-1233", "ASV");
		Assessment a = assessments.start(c, null, "test.all", Respondent.CLIENT, "anna");
		answer(a, "N1", "7");
		answer(a, "D1", "6");
		answer(a, "SC", "2");
		long id = assessments.save(a, true).getId();

		InstrumentDefinition shipped = registry.find("test.all", "1").orElseThrow();
		uninstall();
		Assessment orphan = assessments.find(id).orElseThrow();
		assertEquals("Alla typer", orphan.getInstrumentName());
		assertEquals(4, orphan.getAnswers().size(), "N1, D1, SC and the computed CP");
		assertEquals((6 / 30.0 + 0.5) / 2, score(orphan, "s.d"), 1e-9);
		assertTrue(assessments.formFor(orphan).isEmpty());
		ValidationException e = assertThrows(ValidationException.class, () -> assessments.save(orphan, true));
		assertTrue(e.getMessage().contains("inte installerat"), e.getMessage());

		install(shipped);
		assertTrue(assessments.formFor(orphan).isPresent());
	}

	@Test
	void aUnitOverlayHidesAndAddsItemsWithHistoryAndTheShippedFormIsUntouched() {
		UnitOverlay overlay = TestDefinitions.F.createUnitOverlay();
		overlay.setInstrumentId("test.all");
		overlay.setUnitCode("SPA");
		overlay.getHiddenItems().add("M1");
		se.isu.model.instrument.AddedItem own = TestDefinitions.F.createAddedItem();
		own.setSectionId("S");
		own.setAfterItemId("N1");
		Item item = TestDefinitions.item("SPA_BOENDE", ItemType.YES_NO);
		item.setLabel("Har brukaren eget boende?");
		own.setItem(item);
		overlay.getAddedItems().add(own);
		UnitOverlay first = staff(() -> customisation.saveOverlay(overlay, "metodstod", "Spångens urval"));
		overlay.getHiddenItems().add("DT");
		UnitOverlay second = staff(() -> customisation.saveOverlay(overlay, "metodstod", "Datum behövs inte"));
		assertEquals(second.getRevision(), first.getRevision() + 1);

		Form unitForm = registry.form("test.all", "1", "SPA").orElseThrow();
		List<String> ids = unitForm.fields().stream().map(Form.Field::id).toList();
		assertEquals(List.of("N1", "SPA_BOENDE", "D1", "Y1"), ids.subList(0, 4));
		assertFalse(ids.contains("M1") || ids.contains("DT"));
		assertEquals(second.getRevision(), unitForm.overlayRevision());
		assertTrue(registry.form("test.all", "1", "OTHER").orElseThrow().field("M1").isPresent(), "other units see the shipped form");
		assertTrue(registry.find("test.all", "1").orElseThrow().getSections().get(0).getItems().stream()
				.anyMatch(i -> i.getId().equals("M1")), "the shipped definition is never edited");
		List<UnitOverlay> history = customisation.overlayHistory("SPA", "test.all");
		assertEquals(List.of("Datum behövs inte", "Spångens urval"), history.subList(0, 2).stream().map(UnitOverlay::getComment).toList());

		overlay.getHiddenItems().add("NOT_THERE");
		assertThrows(ValidationException.class, () -> staff(() -> customisation.saveOverlay(overlay, "metodstod", "fel")));
		overlay.getHiddenItems().remove("NOT_THERE");
		overlay.getHiddenItems().add("D1");
		ValidationException inUse = assertThrows(ValidationException.class, () -> staff(() -> customisation.saveOverlay(overlay, "metodstod", "fel")));
		assertEquals("D1 kan inte döljas: CP, s.d bygger på frågan.", inUse.violations().get(0).message());
		assertEquals(history.size(), customisation.overlayHistory("SPA", "test.all").size(), "a refused overlay is not stored");

		// the service, not only the window, keeps the comment within its column and names the author itself
		overlay.getHiddenItems().remove("D1");
		ValidationException tooLong = assertThrows(ValidationException.class,
				() -> staff(() -> customisation.saveOverlay(overlay, "metodstod", "x".repeat(1001))));
		assertEquals("comment", tooLong.violations().get(0).field());
		assertEquals(history.size(), customisation.overlayHistory("SPA", "test.all").size(), "nothing stored");
		assertTrue(history.get(0).getAuthor().startsWith("test."), "the logged-in person, not the name passed: " + history.get(0).getAuthor());
	}

	@Test
	void aUnitsOwnQuestionnaireIsOfferedToThatUnitOnly() {
		InstrumentDefinition own = TestDefinitions.F.createInstrumentDefinition();
		own.setId("nojdhet");
		own.setName("Spångens nöjdhetsenkät");
		se.isu.model.instrument.Section s = TestDefinitions.section("A", "Frågor");
		Item q = TestDefinitions.item("A1", ItemType.INTEGER);
		q.setMin(1);
		q.setMax(10);
		q.setRequired(true);
		s.getItems().add(q);
		own.getSections().add(s);
		InstrumentDefinition stored = staff(() -> customisation.saveQuestionnaire("SPA", own, "metodstod"));
		assertEquals("unit.SPA.nojdhet", stored.getId());
		assertTrue(registry.available("SPA").stream().anyMatch(d -> d.getId().equals("unit.SPA.nojdhet")));
		assertFalse(registry.available("VUX").stream().anyMatch(d -> d.getId().equals("unit.SPA.nojdhet")));

		IsuCase c = newCase("19700101-1233", "SPA");
		Assessment a = assessments.start(c, null, "unit.SPA.nojdhet", Respondent.CLIENT, "anna");
		answer(a, "A1", "8");
		assertEquals(AssessmentStatus.COMPLETE, assessments.save(a, true).getStatus());

		InstrumentDefinition broken = org.eclipse.emf.ecore.util.EcoreUtil.copy(own);
		broken.getSections().get(0).getItems().get(0).setMin(20);
		assertThrows(ValidationException.class, () -> staff(() -> customisation.saveQuestionnaire("SPA", broken, "metodstod")));
	}

	@Test
	void anImportedTextPackReplacesLabelsAndAPackNamingUnknownItemsIsRefused() {
		String pack = "N1=Licensierad ordalydelse för N1\nsection.S=Licensierat avsnitt\n";
		assertEquals(2, staff(() -> customisation.importTextPack("test.all", stream(pack), "admin")));
		Form form = registry.form("test.all", "1", null).orElseThrow();
		assertEquals("Licensierad ordalydelse för N1", form.field("N1").orElseThrow().label());
		assertEquals("Licensierat avsnitt", form.sectionLabel(form.sections().get(0)));
		assertEquals(Map.of("N1", "Licensierad ordalydelse för N1", "section.S", "Licensierat avsnitt"),
				customisation.textPack("test.all"));

		ValidationException e = assertThrows(ValidationException.class,
				() -> staff(() -> customisation.importTextPack("test.all", stream("Q77=okänd\n"), "admin")));
		assertEquals("Q77", e.violations().get(0).field());
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aStoredAssessmentKeepsTheUnitFormItWasAnsweredOn() {
		UnitOverlay first = TestDefinitions.F.createUnitOverlay();
		first.setInstrumentId("test.all");
		first.setUnitCode("REV");
		first.getHiddenItems().add("M1");
		int revision = staff(() -> customisation.saveOverlay(first, "metodstod", "utan belopp")).getRevision();
		IsuCase c = newCase("19700101-1233", "REV");
		Assessment a = assessments.start(c, null, "test.all", Respondent.CLIENT, "anna");
		answer(a, "D1", "5");
		Assessment stored = assessments.save(a, false);
		assertEquals(revision, stored.getOverlayRevision());

		answer(stored, "DT", "2026-01-02");
		stored = assessments.save(stored, false);
		UnitOverlay second = org.eclipse.emf.ecore.util.EcoreUtil.copy(first);
		second.getHiddenItems().add("DT");
		staff(() -> customisation.saveOverlay(second, "metodstod", "utan datum"));
		assertTrue(assessments.formFor(stored).orElseThrow().field("DT").isPresent(), "answered on revision " + revision);
		answer(stored, "N1", "2");
		assertEquals("2026-01-02", assessments.save(stored, false).getAnswers().stream().filter(x -> x.getItemId().equals("DT"))
				.findFirst().orElseThrow().getValue(), "re-saving keeps DT instead of calling it unknown");
		Assessment fresh = assessments.start(c, null, "test.all", Respondent.CLIENT, "anna");
		assertFalse(assessments.formFor(fresh).orElseThrow().field("DT").isPresent(), "a new one gets today's form");
	}

	/**
	 * A plugin update (p2 replaces the bundle, DS replaces its contribution): new forms start on the newest version, an
	 * assessment opens on the version it was answered on while the plugin still ships it, and its answers stay readable
	 * when an update drops that version (decision 74).
	 */
	@Test
	void afterAnUpdateNewFormsStartOnTheNewVersionAndOldAssessmentsOpenOnTheirOwn() {
		InstrumentDefinition v1 = TestDefinitions.everyType();
		v1.setId("test.versioned");
		v1.setVersion("2025.1");
		InstrumentDefinition v2 = org.eclipse.emf.ecore.util.EcoreUtil.copy(v1);
		v2.setVersion("2026.1");
		v2.getSections().get(0).getItems().add(TestDefinitions.item("NY", ItemType.INTEGER));
		ServiceRegistration<?> old = OsgiServices.context().registerService(InstrumentContribution.class,
				(InstrumentContribution) () -> TestDefinitions.urls(v1), null);
		IsuCase c = newCase(unusedPersonalIdentityNumber(), "REV");
		Assessment a = assessments.start(c, null, "test.versioned", Respondent.CLIENT, "anna");
		answer(a, "D1", "5");
		Assessment answered = assessments.save(a, false);
		assertEquals("2025.1", answered.getInstrumentVersion());

		old.unregister();
		ServiceRegistration<?> updated = OsgiServices.context().registerService(InstrumentContribution.class,
				(InstrumentContribution) () -> TestDefinitions.urls(v1, v2), null);
		try {
			Form opened = assessments.formFor(assessments.find(answered.getId()).orElseThrow()).orElseThrow();
			assertEquals("2025.1", opened.definition().getVersion(), "the old assessment opens on its own version");
			assertFalse(opened.field("NY").isPresent());
			Assessment fresh = assessments.start(c, null, "test.versioned", Respondent.CLIENT, "anna");
			assertEquals("2026.1", fresh.getInstrumentVersion());
			assertTrue(assessments.formFor(fresh).orElseThrow().field("NY").isPresent(), "a new one gets the new item");
		} finally {
			updated.unregister();
		}

		ServiceRegistration<?> dropped = OsgiServices.context().registerService(InstrumentContribution.class,
				(InstrumentContribution) () -> TestDefinitions.urls(v2), null);
		try {
			Assessment stored = assessments.find(answered.getId()).orElseThrow();
			assertTrue(assessments.formFor(stored).isEmpty(), "no form for a version the plugin no longer ships");
			assertEquals("5", stored.getAnswers().stream().filter(x -> x.getItemId().equals("D1")).findFirst()
					.orElseThrow().getValue(), "but its answers are still there");
		} finally {
			dropped.unregister();
		}
	}

	@Test
	void refusedDefinitionsAreListedWhileTheirPluginIsInstalledOnly() {
		InstrumentDefinition broken = TestDefinitions.everyType();
		broken.setId("test.broken");
		broken.getSections().get(0).getItems().get(0).setMin(100);
		InstrumentContribution unreadable = () -> {
			throw new IllegalStateException("Definition definitions/x.xmi is missing");
		};
		ServiceRegistration<?> one = OsgiServices.context().registerService(InstrumentContribution.class,
				() -> TestDefinitions.urls(broken), null);
		ServiceRegistration<?> two = OsgiServices.context().registerService(InstrumentContribution.class, unreadable, null);
		try {
			assertTrue(registry.refused().containsKey("test.broken@1"), registry.refused().toString());
			assertTrue(registry.refused().values().stream().anyMatch(p -> p.get(0).contains("definitions/x.xmi is missing")),
					registry.refused().toString());
			assertTrue(registry.find("test.broken", "1").isEmpty());
		} finally {
			one.unregister();
			two.unregister();
		}
		assertEquals(Map.of(), registry.refused());
	}
}
