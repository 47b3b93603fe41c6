package se.isu.core.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.model.query.CompilationQuery;
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.query.Measure.Subject;
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Compilations against a hand-counted fixture in unit AGG (23 cases):
 * <pre>
 *                     n  born        aktualiserad  ursprung  problematik  beslut efter
 * kvinnor 30 år       7  1994-01-10  2024-02-15    1         1, 2         10 dagar
 * kvinnor 50 år       3  1974-03-01  2024-05-10    2         2            –
 * män 20 år          12  2004-01-05  2024-08-01    1         1            1, 2, … 12 dagar
 * man 30 år           1  1994-06-01  2025-01-15    3         3            –
 * </pre>
 */
class CompilationServiceTest {

	private static final String UNIT = "AGG";
	private final CompilationService compilations = OsgiServices.get(CompilationService.class);

	@BeforeAll
	static void fixture() {
		TestUsers.as(Role.ANALYST);
		boolean present = !"0".equals(OsgiServices.get(CompilationService.class)
				.compile(count().withFilter(Dimension.unit(), UNIT)).total().text());
		TestUsers.logout();
		if (present) {
			return; // a second run in the same test database
		}
		for (int i = 0; i < 7; i++) {
			CompilationFixtures.openCase(UNIT, CompilationFixtures.pnr(LocalDate.of(1994, 1, 10), false, i),
					LocalDate.of(2024, 2, 15), c -> {
						c.setOrigin(1);
						c.getProblems().addAll(List.of(1, 2));
						c.setDecisionDate(LocalDate.of(2024, 2, 25));
					});
		}
		for (int i = 0; i < 3; i++) {
			CompilationFixtures.openCase(UNIT, CompilationFixtures.pnr(LocalDate.of(1974, 3, 1), false, i),
					LocalDate.of(2024, 5, 10), c -> {
						c.setOrigin(2);
						c.getProblems().add(2);
					});
		}
		for (int i = 0; i < 12; i++) {
			int days = i + 1;
			CompilationFixtures.openCase(UNIT, CompilationFixtures.pnr(LocalDate.of(2004, 1, 5), true, i),
					LocalDate.of(2024, 8, 1), c -> {
						c.setOrigin(1);
						c.getProblems().add(1);
						c.setDecisionDate(LocalDate.of(2024, 8, 1).plusDays(days));
					});
		}
		CompilationFixtures.openCase(UNIT, CompilationFixtures.pnr(LocalDate.of(1994, 6, 1), true, 0),
				LocalDate.of(2025, 1, 15), c -> {
					c.setOrigin(3);
					c.getProblems().add(3);
				});
	}

	@BeforeEach
	void analyst() {
		TestUsers.as(Role.ANALYST);
	}

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private static CompilationQuery count() {
		return new CompilationQuery(Measure.count(Subject.CASES), List.of(), List.of());
	}

	private CompiledTable compile(Measure measure, List<Dimension> rows, List<Dimension> columns) {
		return compilations.compile(new CompilationQuery(measure, rows, columns).withFilter(Dimension.unit(), UNIT));
	}

	@Test
	void casesBySexAndAgeGroupAreCountedAndSuppressedAsWorkedOutByHand() {
		CompiledTable table = compile(Measure.count(Subject.CASES), List.of(Dimension.sex()), List.of(Dimension.ageGroup()));
		assertEquals(List.of("Flicka/Kvinna", "Pojke/Man"), table.rows().stream().map(CompiledTable.Header::label).toList());
		assertEquals(List.of("18–24", "25–44", "45–64"), table.columns().stream().map(CompiledTable.Header::label).toList());
		// women 0 / 7 / 3, men 12 / 1 / 0: the 3 and the 1 are small, 7 and 12 hidden so they cannot be subtracted
		assertEquals("0", table.cell("Flicka/Kvinna", "18–24").text());
		assertEquals("x", table.cell("Flicka/Kvinna", "25–44").text());
		assertEquals("<5", table.cell("Flicka/Kvinna", "45–64").text());
		assertEquals("x", table.cell("Pojke/Man", "18–24").text());
		assertEquals("<5", table.cell("Pojke/Man", "25–44").text());
		assertEquals("10", table.rowTotal("Flicka/Kvinna").text());
		assertEquals("13", table.rowTotal("Pojke/Man").text());
		assertEquals("x", table.columnTotal("18–24").text());
		assertEquals("x", table.columnTotal("25–44").text(), "7 + 1 = 8 would narrow the 1 down");
		assertEquals("<5", table.columnTotal("45–64").text());
		assertEquals(23L, table.total().n());
		assertNull(table.cell("Flicka/Kvinna", "25–44").n(), "a hidden figure carries no number");
	}

	@Test
	void aCaseWithSeveralProblemsCountsOnceInTheTotal() {
		CompiledTable table = compile(Measure.count(Subject.CASES), List.of(Dimension.variable("skl.problematik")), List.of());
		// problem 1: 7 + 12 = 19, problem 2: 7 + 3 = 10, problem 3: 1; 23 cases, not 30
		assertEquals(3, table.rows().size());
		assertEquals("19", table.cell(0, 0).text());
		assertEquals("x", table.cell(1, 0).text(), "hidden with the 1: cautious, as totals of several-valued variables are not sums");
		assertEquals("<5", table.cell(2, 0).text());
		assertEquals("23", table.columnTotals().get(0).text());
	}

	@Test
	void periodsAreQuartersOfTheAktualisering() {
		CompiledTable table = compile(Measure.count(Subject.CASES), List.of(Dimension.period("QUARTER")), List.of());
		assertEquals(List.of("2024 kv 1", "2024 kv 2", "2024 kv 3", "2025 kv 1"),
				table.rows().stream().map(CompiledTable.Header::label).toList());
		// 3 + 1 hidden add up to 4, less than 2 × 5 - 1: the 7 is hidden with them
		assertEquals(List.of("x", "<5", "12", "<5"), table.cells().stream().map(line -> line.get(0).text()).toList());
	}

	@Test
	void aPeriodLimitsTheCasesToThoseActualisedInIt() {
		CompiledTable table = compilations.compile(count().withFilter(Dimension.unit(), UNIT)
				.withPeriod(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31)));
		assertEquals(13L, table.total().n());
	}

	@Test
	void aCompilationThatFindsNothingHasNoLinesAndZeroTotals() {
		// issue 12 (reports): a small unit in a half year without cases made the durations report throw
		LocalDate from = LocalDate.of(2030, 1, 1);
		LocalDate to = LocalDate.of(2030, 6, 30);
		CompiledTable byUnit = compilations.compile(new CompilationQuery(Measure.count(Subject.CASES), List.of(Dimension.unit()),
				List.of()).withFilter(Dimension.unit(), UNIT).withPeriod(from, to));
		assertEquals(List.of(), byUnit.rows());
		assertEquals(0L, byUnit.columnTotals().get(0).n());
		CompiledTable crossed = compilations.compile(new CompilationQuery(Measure.count(Subject.CASES), List.of(Dimension.sex()),
				List.of(Dimension.ageGroup())).withFilter(Dimension.unit(), UNIT).withPeriod(from, to));
		assertEquals(List.of(), crossed.rows());
		assertEquals(List.of(), crossed.columns());
		assertEquals(0L, crossed.total().n());
	}

	@Test
	void filtersOnAValueSetVariableKeepOnlyThoseCodes() {
		CompiledTable table = compilations.compile(new CompilationQuery(Measure.count(Subject.CASES), List.of(Dimension.sex()),
				List.of()).withFilter(Dimension.unit(), UNIT).withFilter(Dimension.origin(), "1"));
		assertEquals("7", table.cell("Flicka/Kvinna", table.columns().get(0).label()).text());
		assertEquals("12", table.cell("Pojke/Man", table.columns().get(0).label()).text());
		assertEquals(19L, table.columnTotals().get(0).n());
	}

	@Test
	void sharesAreOfTheRowAndShownFromTenCases() {
		CompiledTable bySex = compile(Measure.share(Subject.CASES), List.of(Dimension.sex()), List.of());
		assertEquals("43,5 %", bySex.cell(0, 0).text()); // 10 of 23
		assertEquals("56,5 %", bySex.cell(1, 0).text()); // 13 of 23
		CompiledTable fewer = compilations.compile(new CompilationQuery(Measure.share(Subject.CASES),
				List.of(Dimension.sex()), List.of()).withFilter(Dimension.unit(), UNIT).withFilter(Dimension.origin(), "2", "3"));
		// 3 women and 1 man: every figure is small
		assertEquals("<5", fewer.cell(0, 0).text());
		assertEquals("<5", fewer.cell(1, 0).text());
	}

	@Test
	void meansAndMediansOfADurationAreShownFromTenValues() {
		Measure.Value days = Measure.Value.duration(DateVariable.ACTUALISATION, DateVariable.DECISION);
		CompiledTable mean = compile(Measure.mean(Subject.CASES, days), List.of(Dimension.sex()), List.of());
		assertEquals("–", mean.cell("Flicka/Kvinna", mean.columns().get(0).label()).text(), "7 values: too few");
		assertEquals(7L, mean.cell("Flicka/Kvinna", mean.columns().get(0).label()).n());
		assertEquals("6,50", mean.cell("Pojke/Man", mean.columns().get(0).label()).text()); // (1 + … + 12) / 12
		assertEquals(7.789, mean.columnTotals().get(0).value(), 0.001); // (78 + 70) / 19
		CompiledTable median = compile(Measure.median(Subject.CASES, days), List.of(Dimension.sex()), List.of());
		assertEquals("6,50", median.cell("Pojke/Man", median.columns().get(0).label()).text());
		assertEquals("10,0", median.columnTotals().get(0).text()); // the 10th of 1..9, 10 ×8, 11, 12
	}

	@Test
	void meanAgeAtAktualiseringIsInWholeYears() {
		CompiledTable table = compile(Measure.mean(Subject.CASES, Measure.Value.age()), List.of(), List.of());
		// (7 × 30 + 3 × 50 + 12 × 20 + 30) / 23
		assertEquals((7 * 30 + 3 * 50 + 12 * 20 + 30) / 23.0, table.cell(0, 0).value(), 1e-9);
	}

	@Test
	void clientsAreCountedOncePerPerson() {
		CompiledTable cases = compile(Measure.count(Subject.CASES), List.of(), List.of());
		CompiledTable clients = compile(Measure.count(Subject.CLIENTS), List.of(), List.of());
		assertEquals(23L, cases.cell(0, 0).n());
		assertEquals(23L, clients.cell(0, 0).n());
	}

	@Test
	void aCompilationIsRefusedToThoseWithoutTheRight() {
		TestUsers.as(Role.SYSTEM_ADMIN);
		assertThrows(AccessDeniedException.class, () -> compile(Measure.count(Subject.CASES), List.of(), List.of()));
	}

	@Test
	void anUnknownVariableIsNamedInTheRefusal() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> compile(Measure.count(Subject.CASES), List.of(Dimension.variable("skl.finnsInte")), List.of()));
		assertTrue(e.getMessage().contains("skl.finnsInte"), e.getMessage());
	}

	@Test
	void savedCompilationsComeBackAsTheyWereSaved() {
		CompilationQuery query = new CompilationQuery(Measure.count(Subject.CASES), List.of(Dimension.unit(), Dimension.sex()),
				List.of(new Dimension(Dimension.Kind.AGE_GROUP, "18,25,45,65"))).withFilter(Dimension.origin(), "1", "2")
				.withPeriod(LocalDate.of(2024, 1, 1), null);
		compilations.save("Kön och ålder per enhet", query);
		assertEquals(query, compilations.saved("Kön och ålder per enhet").orElseThrow().query());
		assertTrue(compilations.saved().stream().anyMatch(s -> s.name().equals("Kön och ålder per enhet")));
		compilations.deleteSaved("Kön och ålder per enhet");
		assertTrue(compilations.saved("Kön och ålder per enhet").isEmpty());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compilations.save(" ", query));
		assertTrue(e.getMessage().startsWith("Namn:"), e.getMessage());
	}

	@Test
	void onlyAnAdministratorChangesTheSuppressionRuleAndItTakesEffect() {
		assertThrows(AccessDeniedException.class, () -> compilations.changeRule(new SmallCellRule(3, 10)));
		TestUsers.as(Role.SYSTEM_ADMIN);
		compilations.changeRule(new SmallCellRule(3, 10));
		try {
			TestUsers.as(Role.ANALYST);
			CompiledTable three = compilations.compile(count().withFilter(Dimension.unit(), UNIT).withFilter(Dimension.origin(), "2"));
			assertEquals("3", three.total().text(), "3 is shown when the threshold is 3");
			CompiledTable one = compilations.compile(count().withFilter(Dimension.unit(), UNIT).withFilter(Dimension.origin(), "3"));
			assertEquals("<3", one.total().text());
		} finally {
			TestUsers.as(Role.SYSTEM_ADMIN);
			compilations.changeRule(SmallCellRule.DEFAULT);
		}
	}

	@Test
	void theCsvHasTheHeadersTheCellsTheTotalsAndTheNotes() {
		String csv = compile(Measure.count(Subject.CASES), List.of(Dimension.sex()), List.of(Dimension.ageGroup())).toCsv();
		List<String> lines = csv.lines().toList();
		assertEquals("Juridiskt kön,18–24,25–44,45–64,Totalt", lines.get(0));
		assertEquals("Flicka/Kvinna,0,x,<5,10", lines.get(1));
		assertEquals("Pojke/Man,x,<5,0,13", lines.get(2));
		assertEquals("Totalt,x,x,<5,23", lines.get(3));
		assertTrue(lines.get(4).startsWith("<5 = färre än 5"), lines.get(4));
	}
}
