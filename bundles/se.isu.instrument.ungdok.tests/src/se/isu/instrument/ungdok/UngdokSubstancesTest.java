package se.isu.instrument.ungdok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.core.protection.PseudonymisedExport;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.Respondent;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * UngDOK's substance rows (section F) through the real services on Derby: stored under row ids and read back, scored,
 * compiled as clients per substance × legal sex, and exported one line per row.
 */
class UngdokSubstancesTest {

	/** A unit of this test's own, so other tests' interviews do not count. */
	private static final String UNIT = "UNG";
	/** The compilation test's unit: only its fixture's clients. */
	private static final String COMPILE_UNIT = "USX";

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);

	@BeforeEach
	void caseWorker() {
		TestUsers.caseWorkerOfTestUnits();
	}

	private Assessment intake(IsuCase c, Map<String, String> answers) {
		Assessment a = assessments.start(c, null, UngdokContribution.INSKRIVNING, Respondent.CLIENT, "anna");
		a.setAssessedOn(LocalDate.now().minusDays(2));
		Form form = assessments.formFor(a).orElseThrow();
		a.getAnswers().addAll(UngdokAnswers.complete(form, answers).toAnswers());
		return assessments.save(a, true);
	}

	private static String answer(Assessment a, String id) {
		return a.getAnswers().stream().filter(x -> x.getItemId().equals(id)).map(Answer::getValue).findFirst().orElse(null);
	}

	private static Double score(Assessment a, String id) {
		return a.getScores().stream().filter(s -> s.getScoreId().equals(id)).findFirst().orElseThrow().getValue();
	}

	@Test
	void substanceRowsRoundTripAndAreScored() {
		IsuCase c = UngdokAnswers.newCase(cases, LocalDate.now().minusYears(17), true, UNIT);
		Assessment saved = intake(c, UngdokAnswers.rows("droger_anvant30", "1",
				"substanser[1].substans", "2", "substanser[1].dagar30", "20", "substanser[1].debutalder", "14",
				"substanser[1].intag", "1", "substanser[1].primar", "1",
				"substanser[2].substans", "1", "substanser[2].dagar30", "4", "substanser[2].debutalder", "13",
				"substanser[2].intag", "2", "substanser[2].primar", "0"));
		Assessment read = assessments.find(saved.getId()).orElseThrow();
		assertEquals("2", answer(read, "substanser[1].substans"));
		assertEquals("20", answer(read, "substanser[1].dagar30"));
		assertEquals("14", answer(read, "substanser[1].debutalder"));
		assertEquals("1", answer(read, "substanser[1].primar"));
		assertEquals("1", answer(read, "substanser[2].substans"));
		assertEquals("0", answer(read, "substanser[2].primar"));
		assertEquals(2.0, score(read, "ungdok.substanser"), "two rows");
		assertEquals(1.0, score(read, "ungdok.cannabis"), "cannabis (code 2) in a row");
	}

	@Test
	void clientsAreCompiledPerSubstanceAndLegalSexCountingEachClientOncePerSubstance() {
		compileFixture();
		Map<String, String> cells = compileBySubstanceAndSex();
		// 6 boys name cannabis (2; one of them in both rows: still one client), 5 of them alcohol (1) too;
		// 5 girls name alcohol and cannabis. Every cell is 5 or more, so none is suppressed. The rows of a group
		// item are headed by their codes.
		assertEquals("6", cells.get("2|Pojke/Man"), cells.toString());
		assertEquals("5", cells.get("1|Pojke/Man"), cells.toString());
		assertEquals("5", cells.get("1|Flicka/Kvinna"), cells.toString());
		assertEquals("5", cells.get("2|Flicka/Kvinna"), cells.toString());
		assertEquals(4, cells.size(), "no other substance: " + cells);
	}

	/** The compilation's own unit, filled once per database (the test database outlives a run). */
	private void compileFixture() {
		TestUsers.caseWorker(COMPILE_UNIT);
		try {
			if (!cases.findCases(new se.isu.model.query.CaseFilter(null, null, COMPILE_UNIT, null, 50, null)).isEmpty()) {
				return;
			}
			for (int i = 0; i < 6; i++) {
				IsuCase c = UngdokAnswers.newCase(cases, LocalDate.now().minusYears(16), true, COMPILE_UNIT);
				Map<String, String> rows = UngdokAnswers.rows("substanser[1].substans", "2", "substanser[1].dagar30", "10",
						"substanser[1].debutalder", "14", "substanser[1].intag", "1", "substanser[1].primar", "1");
				rows.putAll(UngdokAnswers.rows("substanser[2].substans", i < 5 ? "1" : "2", "substanser[2].dagar30", "2",
						"substanser[2].debutalder", "15", "substanser[2].intag", "2", "substanser[2].primar", "0"));
				intake(c, rows);
			}
			for (int i = 0; i < 5; i++) {
				IsuCase c = UngdokAnswers.newCase(cases, LocalDate.now().minusYears(18), false, COMPILE_UNIT);
				intake(c, UngdokAnswers.rows("substanser[1].substans", "1", "substanser[1].dagar30", "6",
						"substanser[1].debutalder", "15", "substanser[1].intag", "2", "substanser[1].primar", "1",
						"substanser[2].substans", "2", "substanser[2].dagar30", "1",
						"substanser[2].debutalder", "17", "substanser[2].intag", "1", "substanser[2].primar", "0"));
			}
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
	}

	/** Clients of the unit per substance (any row) and legal sex, "Substance|Sex" → count. */
	private Map<String, String> compileBySubstanceAndSex() {
		TestUsers.as(Role.ANALYST);
		try {
			CompiledTable table = OsgiServices.get(CompilationService.class).compile(new CompilationQuery(
					Measure.count(Measure.Subject.CLIENTS),
					List.of(new Dimension(Dimension.Kind.ITEM, UngdokContribution.INSKRIVNING + "/substanser[*].substans")),
					List.of(Dimension.sex())).withFilter(Dimension.unit(), COMPILE_UNIT));
			Map<String, String> cells = new TreeMap<>();
			for (int row = 0; row < table.rows().size(); row++) {
				for (int col = 0; col < table.columns().size(); col++) {
					cells.put(table.rows().get(row).label() + "|" + table.columns().get(col).label(), table.cell(row, col).text());
				}
			}
			return cells;
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
	}

	@Test
	void theSubstanceRowsAreExportedOneLinePerRowWithoutThePersonnummer() throws Exception {
		IsuCase c = UngdokAnswers.newCase(cases, LocalDate.now().minusYears(19), false, UNIT);
		intake(c, UngdokAnswers.rows("substanser[1].substans", "6", "substanser[1].dagar30", "12",
				"substanser[1].debutalder", "16", "substanser[1].intag", "2", "substanser[1].primar", "1",
				"substanser[2].substans", "7", "substanser[2].dagar30", "3",
				"substanser[2].debutalder", "17", "substanser[2].intag", "1", "substanser[2].primar", "0"));
		java.nio.file.Path key = java.nio.file.Files.createTempDirectory("ungdok-export").resolve("pseudonym.key");
		java.io.StringWriter out = new java.io.StringWriter();
		TestUsers.as(Role.SYSTEM_ADMIN);
		try {
			OsgiServices.get(PseudonymisedExport.class).exportGroup(key, UngdokContribution.INSKRIVNING, "substanser",
					PseudonymisedExport.Layout.LONG, out);
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
		List<String> lines = out.toString().lines().toList();
		assertEquals("pseudonym,instrument,version,manad,bedomning,rad,substans,dagar30,debutalder,intag,primar", lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.endsWith(",1,6,12,16,2,1")), out.toString());
		assertTrue(lines.stream().anyMatch(l -> l.endsWith(",2,7,3,17,1,0")), out.toString());
		assertTrue(lines.stream().noneMatch(l -> l.contains(c.getClient().getPersonalIdentityNumber().substring(0, 8))), "no personnummer");
	}
}
