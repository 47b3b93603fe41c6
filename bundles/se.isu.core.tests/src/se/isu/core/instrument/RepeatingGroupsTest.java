package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.instrument.api.Answers;
import se.isu.instrument.api.FormView;
import se.isu.instrument.api.InstrumentContribution;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.RowAggregate;
import se.isu.model.instrument.ComponentTransform;
import se.isu.model.valueset.ValueSets;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Repeating groups (per substance) and grids (FREDA-like behaviours) stored as ordinary answers under row-qualified
 * ids: validated by the definition validator, checked per row, scored over rows, saved to and read back from the
 * real Derby database through the assessment service.
 */
class RepeatingGroupsTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
	private final DefinitionValidator validator = new DefinitionValidator(ValueSets.standard()::find);

	@BeforeEach
	void install() {
		TestUsers.caseWorkerOfTestUnits();
		InstrumentDefinition d = GroupDefinitions.substancesAndBehaviours();
		InstrumentContribution contribution = () -> TestDefinitions.urls(d);
		registrations.add(OsgiServices.context().registerService(InstrumentContribution.class, contribution, null));
	}

	@AfterEach
	void uninstall() {
		registrations.forEach(ServiceRegistration::unregister);
		registrations.clear();
	}

	private static void answer(Assessment a, String item, String value) {
		TestDefinitions.answer(a, item, value);
	}

	private static Double score(Assessment a, String id) {
		return TestDefinitions.score(a, id);
	}

	private static Map<String, String> answers(Assessment a) {
		return a.getAnswers().stream().collect(Collectors.toMap(Answer::getItemId,
				x -> x.getValue() != null ? x.getValue() : x.getMissingCode(), (x, y) -> x, TreeMap::new));
	}

	@Test
	void theShippedShapeIsValid() {
		assertEquals(List.of(), validator.problems(GroupDefinitions.substancesAndBehaviours()));
	}

	@Test
	void validationNamesTheGroupAndTheRule() {
		InstrumentDefinition d = GroupDefinitions.substancesAndBehaviours();
		ItemGroup drug = d.getSections().get(0).getGroups().get(0);
		ItemGroup freda = d.getSections().get(1).getGroups().get(0);
		drug.setMaxRows(0);
		freda.setChoiceSet(null);
		List<String> problems = validator.problems(d);
		assertTrue(problems.contains("group drug: maxRows must be 1 or more"), problems.toString());
		assertTrue(problems.contains("group freda: a grid needs a choice set"), problems.toString());

		d = GroupDefinitions.substancesAndBehaviours();
		// a plain item between the members, a rule outside the group reading a row's item, a row item scored without saying how
		d.getSections().get(0).getItems().add(2, TestDefinitions.item("F2", ItemType.INTEGER));
		se.isu.model.instrument.Item after = TestDefinitions.item("G0", ItemType.INTEGER);
		after.setVisibleWhen("days > 3");
		d.getSections().get(1).getItems().add(0, after);
		d.getScores().add(TestDefinitions.score("plain", se.isu.model.instrument.ScoreCombination.SUM,
				se.isu.model.instrument.MissingScoreRule.ANY_MISSING, TestDefinitions.component("days", ComponentTransform.VALUE, 0)));
		d.getScores().add(GroupDefinitions.over("wrong", "F1", ComponentTransform.VALUE, RowAggregate.SUM, null));
		problems = validator.problems(d);
		assertTrue(problems.contains("group drug: its items must stand together in section F"), problems.toString());
		assertTrue(problems.contains("item G0: expression refers to days of repeating group drug; only items of that group read it (in their own row)"),
				problems.toString());
		assertTrue(problems.contains("score plain: component days is an item of repeating group drug; say how its rows are read (over ROWS, COUNT, SUM, MAX or ANY)"),
				problems.toString());
		assertTrue(problems.contains("score wrong: component F1 reads SUM over rows but is neither an item of a repeating group nor a grid"),
				problems.toString());

		d = GroupDefinitions.substancesAndBehaviours();
		d.getSections().get(0).getGroups().get(0).setId("substances_used_in_the_last_thirty_days_by_the_client");
		d.getSections().get(0).getItems().stream().filter(i -> "drug".equals(i.getGroup()))
				.forEach(i -> i.setGroup("substances_used_in_the_last_thirty_days_by_the_client"));
		problems = validator.problems(d);
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("group substances_used_in_the_last_thirty_days_by_the_client: the stored id "
				+ "substances_used_in_the_last_thirty_days_by_the_client[20].substance is 67 characters, at most 64 fit")), problems.toString());

		d = GroupDefinitions.substancesAndBehaviours();
		d.getSections().get(1).getItems().get(0).setType(ItemType.INTEGER);
		d.getSections().get(0).getItems().get(1).setGroup("nosuch");
		problems = validator.problems(d);
		assertTrue(problems.contains("group freda: row B1 is INTEGER; a grid's rows are SINGLE_CHOICE"), problems.toString());
		assertTrue(problems.contains("item substance: group nosuch is not a group of section F"), problems.toString());
	}

	@Test
	void threeRowsAreSavedReloadedAndScored() {
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Test", "Grupp", "ASV", "Enhet ASV", LocalDate.of(2025, 1, 10)));
		Assessment a = assessments.start(c, null, "test.groups", Respondent.CLIENT, "anna");
		answer(a, "F1", "1");
		String[][] rows = { { "2", "20", "14", "1", "1" }, { "1", "8", "13", "2", "0" }, { "3", "3", "16", "3", "0" } };
		for (int r = 0; r < rows.length; r++) {
			String p = "drug[" + (r + 1) + "].";
			answer(a, p + "substance", rows[r][0]);
			answer(a, p + "days", rows[r][1]);
			answer(a, p + "debut", rows[r][2]);
			answer(a, p + "route", rows[r][3]);
			answer(a, p + "primary", rows[r][4]);
		}
		answer(a, "drug[3].needle", "1");
		answer(a, "drug[2].needle", "1"); // row 2 was smoked: the question was not asked there
		for (String[] b : new String[][] { { "B1", "1" }, { "B2", "2" }, { "B3", "1" }, { "B4", "9" }, { "B5", "1" } }) {
			answer(a, b[0], b[1]);
		}
		Assessment saved = assessments.save(a, true);
		assertEquals(AssessmentStatus.COMPLETE, saved.getStatus());

		Assessment reloaded = assessments.find(saved.getId()).orElseThrow();
		Map<String, String> stored = answers(reloaded);
		assertEquals("2", stored.get("drug[1].substance"));
		assertEquals("8", stored.get("drug[2].days"));
		assertEquals("16", stored.get("drug[3].debut"));
		assertEquals("1", stored.get("drug[3].needle"), "row 3 was injected: the needle question is asked there");
		assertFalse(stored.containsKey("drug[2].needle"), "the skip rule read row 2's own route and cleared its answer");
		assertEquals(22, stored.size(), "F1, 3 rows of 5 items, one needle answer and five behaviours");

		assertEquals(3.0, score(reloaded, "drug.rows"));
		assertEquals(20.0, score(reloaded, "drug.maxdays"));
		assertEquals(31.0, score(reloaded, "drug.sumdays"));
		assertEquals(1.0, score(reloaded, "drug.cannabis"));
		assertEquals(1.0, score(reloaded, "drug.primary"));
		assertEquals(3.0, score(reloaded, "freda.ja"), "three behaviours answered ja");
		assertEquals(score(reloaded, "freda.ja"), score(reloaded, "freda.sum"), "the grid count equals MATCHES + SUM");

		exportedLongAndWide(reloaded);

		// the plugin's view: rows and groups through the API
		Form form = assessments.formFor(reloaded).orElseThrow();
		Answers view = ApiViews.answers(AnswerSheet.of(form, reloaded.getAnswers()));
		assertEquals(3, view.rows("drug"));
		assertEquals("3", view.answer("drug", 3, "route").orElseThrow().value());
		FormView formView = ApiViews.form(form);
		assertEquals(List.of("drug", "freda"), formView.groups().stream().map(FormView.Group::id).toList());
		assertEquals(List.of("substance", "days", "debut", "route", "needle", "primary"), formView.groups().get(0).itemIds());
		assertTrue(formView.groups().get(0).isRepeating());
		assertEquals("drug", formView.groupOf("days").orElseThrow().id());
		assertEquals("Ja", formView.item("B1").orElseThrow().optionLabel("1"), "a grid row is answered on the grid's choices");
	}

	/**
	 * The pseudonymised export of the group: long (one line per row) and wide (columns per row index up to the
	 * group's 20 rows). Other tests' assessments of the same form may be in the database: ours are found by their rows.
	 */
	private void exportedLongAndWide(Assessment ours) {
		se.isu.core.protection.PseudonymisedExport export = OsgiServices.get(se.isu.core.protection.PseudonymisedExport.class);
		java.nio.file.Path key;
		String longCsv;
		String wideCsv;
		try {
			key = java.nio.file.Files.createTempDirectory("groups-export").resolve("pseudonym.key");
			TestUsers.as(se.isu.security.Role.SYSTEM_ADMIN);
			java.io.StringWriter longOut = new java.io.StringWriter();
			export.exportGroup(key, "test.groups", "drug", se.isu.core.protection.PseudonymisedExport.Layout.LONG, longOut);
			java.io.StringWriter wideOut = new java.io.StringWriter();
			export.exportGroup(key, "test.groups", "drug", se.isu.core.protection.PseudonymisedExport.Layout.WIDE, wideOut);
			longCsv = longOut.toString();
			wideCsv = wideOut.toString();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
		String month = ours.getAssessedOn() == null ? "" : ours.getAssessedOn().toString().substring(0, 7);
		List<String> longLines = longCsv.lines().toList();
		assertEquals("pseudonym,instrument,version,manad,bedomning,rad,substance,days,debut,route,needle,primary", longLines.get(0));
		List<String> rows = longLines.stream().filter(l -> l.matches("[0-9a-f]{32},test\\.groups,1," + month + ",\\d+,.*")).map(l -> l.substring(l.indexOf(",test.groups")))
				.filter(l -> l.endsWith(",1,2,20,14,1,,1") || l.endsWith(",2,1,8,13,2,,0") || l.endsWith(",3,3,3,16,3,1,0")).toList();
		assertEquals(3, rows.size(), longCsv);
		assertEquals(1, rows.stream().map(l -> l.split(",")[4]).distinct().count(), "one assessment: one running number");
		assertFalse(longCsv.contains("19700101"), "no personnummer");

		List<String> wideLines = wideCsv.lines().toList();
		String[] header = wideLines.get(0).split(",");
		assertEquals(5 + 20 * 6, header.length, "the assessment's columns and 6 items for each of the 20 rows");
		assertEquals("substance_1", header[5]);
		assertEquals("primary_20", header[header.length - 1]);
		String emptyRows = ",".repeat(17 * 6);
		assertTrue(wideLines.stream().anyMatch(l -> l.endsWith(",2,20,14,1,,1,1,8,13,2,,0,3,3,16,3,1,0" + emptyRows)), wideCsv);
	}

	/** A valid personnummer no earlier test used: a client of its own. */
	private static String unusedPersonalIdentityNumber() {
		java.util.Random random = new java.util.Random();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 40));
		String digits = born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + (100 + random.nextInt(899));
		return digits.substring(0, 8) + "-" + digits.substring(8)
				+ se.isu.core.PersonalIdentityNumber.luhnCheckDigit(digits.substring(2));
	}

	@Test
	void aCompilationCountsClientsPerAnswerOverTheRows() {
		TestUsers.caseWorker("GRP");
		for (int i = 1; i <= 6; i++) {
			IsuCase c = cases.openCase(new NewCase(unusedPersonalIdentityNumber(), "Klient", "Grupp" + i, "GRP", "Gruppenheten",
					LocalDate.of(2025, 3, i)));
			Assessment a = assessments.start(c, null, "test.groups", Respondent.CLIENT, "anna");
			answer(a, "drug[1].substance", "2");
			answer(a, "drug[1].days", "10");
			if (i <= 5) {
				answer(a, "drug[2].substance", "1");
				answer(a, "drug[2].days", "3");
			} else {
				answer(a, "drug[2].substance", "2"); // cannabis named twice: still one client
				answer(a, "drug[2].days", "1");
			}
			assessments.save(a, true);
		}
		TestUsers.as(se.isu.security.Role.ANALYST);
		try {
			se.isu.core.compile.CompiledTable table = OsgiServices.get(se.isu.core.compile.CompilationService.class).compile(
					new se.isu.model.query.CompilationQuery(se.isu.model.query.Measure.count(se.isu.model.query.Measure.Subject.CLIENTS),
							List.of(new se.isu.model.query.Dimension(se.isu.model.query.Dimension.Kind.ITEM, "test.groups/drug[*].substance")),
							List.of()).withFilter(se.isu.model.query.Dimension.unit(), "GRP"));
			Map<String, String> byAnswer = new TreeMap<>();
			for (int row = 0; row < table.rows().size(); row++) {
				byAnswer.put(table.rows().get(row).label(), table.cell(row, 0).text());
			}
			assertEquals(2, byAnswer.size(), byAnswer.toString());
			assertEquals(List.of("5", "6"), byAnswer.values().stream().sorted().toList(),
					"alcohol named by 5 clients, cannabis by 6 (one of them in two rows): " + byAnswer);
			assertEquals("6", table.total().text(), "six clients, not eleven rows");
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
	}

	/**
	 * Clients by the substance of the row marked primary × legal sex (decision 133). Hand-made, in unit GRQ:
	 * 7 men name alcohol (row 1) and cannabis, primary (row 2); 5 men name cannabis (row 1) and alcohol, primary
	 * (row 2); 6 women name cannabis, primary (row 1) and substance 3 (row 2); 1 woman names substance 3 and marks no
	 * row primary. By hand: cannabis 7 men and 6 women, alcohol 5 men and 0 women; the woman without a primary row is
	 * in no row. Any row instead would give cannabis 12 men.
	 */
	@Test
	void aCompilationCountsClientsByTheSubstanceOfTheirPrimaryRowAndSex() {
		TestUsers.caseWorker("GRQ");
		if (cases.findCases(new se.isu.model.query.CaseFilter(null, null, "GRQ", null, 50, null)).isEmpty()) {
			int n = 0;
			n = primaryFixture(n, 7, true, new String[] { "1", "0", "2", "1" });
			n = primaryFixture(n, 5, true, new String[] { "2", "0", "1", "1" });
			n = primaryFixture(n, 6, false, new String[] { "2", "1", "3", "0" });
			primaryFixture(n, 1, false, new String[] { "3", "0" });
		}
		TestUsers.as(se.isu.security.Role.ANALYST);
		try {
			Map<String, String> primary = bySubstanceAndSex("test.groups/drug[primary=1].substance");
			assertEquals("7", primary.get("2|Pojke/Man"), primary.toString());
			assertEquals("6", primary.get("2|Flicka/Kvinna"), primary.toString());
			assertEquals("5", primary.get("1|Pojke/Man"), primary.toString());
			assertEquals("0", primary.get("1|Flicka/Kvinna"), primary.toString());
			assertEquals(Map.of("2", "13", "1", "5"), Map.of("2", primary.get("2|"), "1", primary.get("1|")), "row totals");
			assertEquals("18", primary.get("|"), "the woman without a primary row is not counted: " + primary);
			assertFalse(primary.keySet().stream().anyMatch(k -> k.startsWith("3|")), "substance 3 is never primary: " + primary);

			Map<String, String> any = bySubstanceAndSex("test.groups/drug[*].substance");
			assertEquals("12", any.get("2|Pojke/Man"), "any row: both groups of men name cannabis " + any);

			// the same dimension as a filter, in the text form the CLI and saved compilations use
			se.isu.core.compile.CompiledTable cannabis = OsgiServices.get(se.isu.core.compile.CompilationService.class)
					.compile(se.isu.core.compile.CompilationText.parse(
							"measure=count subject=clients rows=sex filter=unit=GRQ filter=item:test.groups/drug[primary=1].substance=2"));
			assertEquals("13", cannabis.total().text(), "clients with cannabis as primary substance");
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
	}

	/** {@code count} clients of one sex, each with the rows given as substance, primary pairs. */
	private int primaryFixture(int serial, int count, boolean man, String[] rows) {
		for (int i = 0; i < count; i++, serial++) {
			String pnr = se.isu.core.PersonalIdentityNumber.compose(LocalDate.of(1961, 1, 1).plusDays(serial), 47, man ? 3 : 4);
			IsuCase c = cases.openCase(new NewCase(pnr, "Klient", "Primär" + serial, "GRQ", "Primärenheten", LocalDate.of(2025, 4, 2)));
			Assessment a = assessments.start(c, null, "test.groups", Respondent.CLIENT, "anna");
			for (int row = 0; row < rows.length / 2; row++) {
				answer(a, "drug[" + (row + 1) + "].substance", rows[2 * row]);
				answer(a, "drug[" + (row + 1) + "].days", "5");
				answer(a, "drug[" + (row + 1) + "].primary", rows[2 * row + 1]);
			}
			assessments.save(a, true);
		}
		return serial;
	}

	/** "answer|sex" → the cell's text, "answer|" the row's total, "|" the table's, of the unit GRQ's clients. */
	private static Map<String, String> bySubstanceAndSex(String item) {
		se.isu.core.compile.CompiledTable table = OsgiServices.get(se.isu.core.compile.CompilationService.class).compile(
				new se.isu.model.query.CompilationQuery(se.isu.model.query.Measure.count(se.isu.model.query.Measure.Subject.CLIENTS),
						List.of(new se.isu.model.query.Dimension(se.isu.model.query.Dimension.Kind.ITEM, item)),
						List.of(se.isu.model.query.Dimension.sex())).withFilter(se.isu.model.query.Dimension.unit(), "GRQ"));
		Map<String, String> cells = new TreeMap<>();
		for (int row = 0; row < table.rows().size(); row++) {
			String answer = table.rows().get(row).label();
			for (int col = 0; col < table.columns().size(); col++) {
				cells.put(answer + "|" + table.columns().get(col).label(), table.cell(row, col).text());
			}
			cells.put(answer + "|", table.rowTotals().get(row).text());
		}
		cells.put("|", table.total().text());
		return cells;
	}

	@Test
	void aRequiredItemIsRequiredInEveryRowAndNamedByItsRow() {
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Test", "Grupp", "ASV", "Enhet ASV", LocalDate.of(2025, 1, 10)));
		Assessment a = assessments.start(c, null, "test.groups", Respondent.CLIENT, "anna");
		answer(a, "drug[1].substance", "2");
		answer(a, "drug[1].days", "4");
		answer(a, "drug[2].substance", "1");
		ValidationException e = assertThrows(ValidationException.class, () -> assessments.save(a, true));
		assertEquals(List.of("drug[2].days"), e.violations().stream().map(Violation::field).toList());
		assertTrue(e.getMessage().contains("Substans 2"), e.getMessage());
		answer(a, "drug[2].days", "X");
		assertEquals(AssessmentStatus.COMPLETE, assessments.save(a, true).getStatus(), "a missing code answers it");
	}

	@Test
	void rowsBeyondTheMostAndAnswersWithoutARowAreRefusedNamingTheGroup() {
		Form form = TestDefinitions.form(GroupDefinitions.substancesAndBehaviours());
		AnswerSheet sheet = form.newSheet();
		sheet.put("drug[21].days", "3");
		sheet.put("days", "3");
		sheet.put("nosuch[1].days", "3");
		List<Violation> violations = form.check(sheet, false);
		assertEquals(List.of("drug[21].days", "days", "nosuch[1].days"), violations.stream().map(Violation::field).toList());
		assertTrue(violations.get(0).message().contains("drug Substanser") && violations.get(0).message().contains("20"),
				violations.get(0).message());
		assertTrue(violations.get(1).message().contains("per rad"), violations.get(1).message());

		ItemGroup drug = form.definition().getSections().get(0).getGroups().get(0);
		drug.setMinRows(2);
		Form atLeastTwo = TestDefinitions.form(form.definition());
		AnswerSheet one = atLeastTwo.newSheet();
		one.put("drug[1].substance", "2");
		one.put("drug[1].days", "2");
		List<Violation> tooFew = atLeastTwo.check(one, true);
		assertEquals(List.of("drug"), tooFew.stream().map(Violation::field).toList());
		assertTrue(tooFew.get(0).message().contains("minst 2"), tooFew.get(0).message());
	}

	@Test
	void aSkipRuleInsideARowReadsThatRow() {
		Form form = TestDefinitions.form(GroupDefinitions.substancesAndBehaviours());
		Form.Field needle = form.field("needle").orElseThrow();
		AnswerSheet sheet = form.newSheet();
		sheet.put("drug[1].route", "3");
		sheet.put("drug[2].route", "1");
		assertTrue(form.isVisible(needle, 1, sheet));
		assertFalse(form.isVisible(needle, 2, sheet));
		sheet.put("drug[1].needle", "1");
		sheet.put("drug[2].needle", "1");
		assertEquals(java.util.Set.of("drug[2].needle"), form.settle(sheet));
		assertTrue(sheet.isAnswered("drug[1].needle"));
		assertEquals(needle, form.field("drug[7].needle").orElseThrow(), "a row's id finds its item");
	}

	@Test
	void removingARowMovesTheRowsAfterItUp() {
		Form form = TestDefinitions.form(GroupDefinitions.substancesAndBehaviours());
		AnswerSheet sheet = form.newSheet();
		for (int r = 1; r <= 3; r++) {
			sheet.put("drug[" + r + "].days", Integer.toString(r * 10));
		}
		sheet.putMissing("drug[3].debut", "X");
		assertTrue(sheet.removeRow("drug", 2));
		assertEquals("10", sheet.get("drug[1].days").orElseThrow().value());
		assertEquals("30", sheet.get("drug[2].days").orElseThrow().value());
		assertEquals("X", sheet.get("drug[2].debut").orElseThrow().missingCode());
		assertFalse(sheet.get("drug[3].days").isPresent());
		assertEquals(2, form.group("drug").orElseThrow().rows(sheet));
	}

	@Test
	void scoresOverNoRowsAreZeroButAnUnansweredGridIsMissing() {
		Form form = TestDefinitions.form(GroupDefinitions.substancesAndBehaviours());
		AnswerSheet sheet = form.newSheet();
		List<se.isu.model.instrument.Score> scores = DeclarativeScoring.score(form, sheet);
		Map<String, Double> byId = new TreeMap<>();
		scores.forEach(s -> byId.put(s.getScoreId(), s.getValue()));
		assertEquals(0.0, byId.get("drug.rows"));
		assertEquals(0.0, byId.get("drug.cannabis"));
		assertNull(byId.get("drug.maxdays"), "the largest of nothing is not zero");
		assertNull(byId.get("freda.ja"), "an unanswered grid is not a count of zero");
		sheet.put("B1", "1");
		sheet.putMissing("B2", "X");
		assertNull(DeclarativeScoring.value(form.definition().getScores().stream().filter(s -> s.getId().equals("freda.ja")).findFirst().orElseThrow(), sheet),
				"a behaviour answered X makes the count missing, never silently smaller");
	}

	@Test
	void aGridRowAndARepeatingItemAreSeenByKind() {
		Form form = TestDefinitions.form(GroupDefinitions.substancesAndBehaviours());
		assertEquals(GroupKind.GRID, form.field("B3").orElseThrow().group().orElseThrow().group().getKind());
		assertTrue(form.field("days").orElseThrow().inRows());
		assertFalse(form.field("B3").orElseThrow().inRows());
		assertEquals("drug[2].days", form.field("days").orElseThrow().answerId(2));
		assertEquals("Substans 2", form.group("drug").orElseThrow().rowTitle(2));
		assertEquals(List.of("Ja", "Nej", "Vet ej"), form.field("B3").orElseThrow().options().stream().map(Form.Option::label).toList());
	}
}
