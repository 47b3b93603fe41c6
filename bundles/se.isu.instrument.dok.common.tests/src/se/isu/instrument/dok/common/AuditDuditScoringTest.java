package se.isu.instrument.dok.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.ClientFacts;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.Score;
import se.isu.testkit.OsgiServices;

/**
 * AUDIT and DUDIT scored by their definitions alone (decision 101): each worked example below is computed by hand
 * from the published rules (DOMAIN.md §2.5): AUDIT items 1–8 score 0–4 and items 9–10 0/2/4, total 0–40, AUDIT-C =
 * items 1–3; zone cut-off 8 for men, 6 for women, 7 for men over 65; 8–15 risky use, 16–20 harmful use, 21+ probable
 * dependence. DUDIT items 1–9 score 0–4 and items 10–11 0/2/4, total 0–44; probable drug-related problems from 6 for
 * men and 2 for women, at ages 16–25 from 7 and 3; 25+ probable heavy dependence. Legal sex: 1 woman, 2 man.
 */
class AuditDuditScoringTest {

	private static final int WOMAN = 1;
	private static final int MAN = 2;

	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);

	@BeforeEach
	void caseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	/** The scores of answers given item by item ("X" = not answered), for a client of this sex and age. */
	private List<Score> scored(String instrument, String answers, ClientFacts client) {
		Form form = registry.form(instrument, "2026.1", null).orElseThrow();
		AnswerSheet sheet = form.newSheet();
		String[] values = answers.split(",");
		for (int i = 0; i < values.length; i++) {
			String item = instrument + (i + 1);
			if (values[i].equals("X")) {
				sheet.putMissing(item, "X");
			} else {
				sheet.put(item, values[i]);
			}
		}
		return registry.scorer(instrument).score(form, sheet, client);
	}

	private static Double score(List<Score> scores, String id) {
		return scores.stream().filter(s -> s.getScoreId().equals(id)).findFirst().orElseThrow().getValue();
	}

	@Test
	void bothFormsAreInstalledAndValid() {
		for (String id : List.of(DokCommonContribution.AUDIT, DokCommonContribution.DUDIT)) {
			assertTrue(registry.find(id, "2026.1").isPresent(), registry.refused().toString());
		}
		assertFalse(registry.refused().keySet().stream().anyMatch(k -> k.startsWith("audit") || k.startsWith("dudit")),
				registry.refused().toString());
	}

	@Test
	void auditWorkedExamples() {
		// 1. Man, 30: 2+2+1+1+0+0+1+0+0+2 = 9; AUDIT-C 2+2+1 = 5; men from 8 → 1 risky use
		List<Score> s = scored("audit", "2,2,1,1,0,0,1,0,0,2", new ClientFacts(MAN, 30));
		assertEquals(9.0, score(s, "audit.total"));
		assertEquals(5.0, score(s, "audit.c"));
		assertEquals(1.0, score(s, "audit.zon"));

		// 2. Both sexes at 6: 1+1+1+1+0+0+0+0+0+2 = 6; AUDIT-C 3; a woman is at her cut-off (1), a man below (0)
		assertEquals(6.0, score(scored("audit", "1,1,1,1,0,0,0,0,0,2", new ClientFacts(WOMAN, 30)), "audit.total"));
		assertEquals(3.0, score(scored("audit", "1,1,1,1,0,0,0,0,0,2", new ClientFacts(WOMAN, 30)), "audit.c"));
		assertEquals(1.0, score(scored("audit", "1,1,1,1,0,0,0,0,0,2", new ClientFacts(WOMAN, 30)), "audit.zon"));
		assertEquals(0.0, score(scored("audit", "1,1,1,1,0,0,0,0,0,2", new ClientFacts(MAN, 30)), "audit.zon"));
		// a woman of 70 keeps the women's cut-off of 6 (7 is the men's over 65)
		assertEquals(1.0, score(scored("audit", "1,1,1,1,0,0,0,0,0,2", new ClientFacts(WOMAN, 70)), "audit.zon"));

		// 3. Age at the threshold: 2+1+1+1+0+0+0+0+0+2 = 7; a man of 65 is below (0), of 66 over 65 → 1
		assertEquals(7.0, score(scored("audit", "2,1,1,1,0,0,0,0,0,2", new ClientFacts(MAN, 65)), "audit.total"));
		assertEquals(0.0, score(scored("audit", "2,1,1,1,0,0,0,0,0,2", new ClientFacts(MAN, 65)), "audit.zon"));
		assertEquals(1.0, score(scored("audit", "2,1,1,1,0,0,0,0,0,2", new ClientFacts(MAN, 66)), "audit.zon"));

		// 4. Harmful use ends at 20: 4+4+4+2+2+0+0+0+0+4 = 20 → 2; one more point (item 6 = 1) = 21 → 3 dependence
		assertEquals(20.0, score(scored("audit", "4,4,4,2,2,0,0,0,0,4", new ClientFacts(MAN, 40)), "audit.total"));
		assertEquals(2.0, score(scored("audit", "4,4,4,2,2,0,0,0,0,4", new ClientFacts(MAN, 40)), "audit.zon"));
		assertEquals(3.0, score(scored("audit", "4,4,4,2,2,1,0,0,0,4", new ClientFacts(MAN, 40)), "audit.zon"));
		// risky use ends at 15: 3+3+3+2+2+0+0+0+2+0 = 15 → 1, 16 → 2
		assertEquals(1.0, score(scored("audit", "3,3,3,2,2,0,0,0,2,0", new ClientFacts(WOMAN, 19)), "audit.zon"));
		assertEquals(2.0, score(scored("audit", "3,3,3,2,2,1,0,0,2,0", new ClientFacts(WOMAN, 19)), "audit.zon"));

		// 5. Edge values: all highest = 8×4 + 4 + 4 = 40, AUDIT-C 12 → 3; all lowest = 0 → 0
		List<Score> max = scored("audit", "4,4,4,4,4,4,4,4,4,4", new ClientFacts(WOMAN, 17));
		assertEquals(40.0, score(max, "audit.total"));
		assertEquals(12.0, score(max, "audit.c"));
		assertEquals(3.0, score(max, "audit.zon"));
		assertEquals(0.0, score(scored("audit", "0,0,0,0,0,0,0,0,0,0", new ClientFacts(MAN, 17)), "audit.zon"));

		// 6. A missing answer (item 5 X): ANY_MISSING makes the total and its zone missing, never a lower sum;
		// AUDIT-C (items 1–3, all answered) is still 2+2+1 = 5
		List<Score> missing = scored("audit", "2,2,1,1,X,0,1,0,0,2", new ClientFacts(MAN, 30));
		assertNull(score(missing, "audit.total"));
		assertNull(score(missing, "audit.zon"));
		assertEquals(5.0, score(missing, "audit.c"));

		// 7. Unknown legal sex: the total stands (9), the zone is not guessed
		List<Score> unknown = scored("audit", "2,2,1,1,0,0,1,0,0,2", ClientFacts.UNKNOWN);
		assertEquals(9.0, score(unknown, "audit.total"));
		assertNull(score(unknown, "audit.zon"));
	}

	@Test
	void duditWorkedExamples() {
		// 1. 1+1+1+1+1+1+0+0+0+0+0 = 6: a man of 30 is at the cut-off 6 → 1; at 16–25 the cut-off is 7 → 0
		assertEquals(6.0, score(scored("dudit", "1,1,1,1,1,1,0,0,0,0,0", new ClientFacts(MAN, 30)), "dudit.total"));
		assertEquals(1.0, score(scored("dudit", "1,1,1,1,1,1,0,0,0,0,0", new ClientFacts(MAN, 30)), "dudit.zon"));
		assertEquals(0.0, score(scored("dudit", "1,1,1,1,1,1,0,0,0,0,0", new ClientFacts(MAN, 25)), "dudit.zon"));
		assertEquals(1.0, score(scored("dudit", "1,1,1,1,1,1,0,0,0,0,0", new ClientFacts(MAN, 26)), "dudit.zon"));
		// 7 (item 7 = 1) reaches the young men's cut-off
		assertEquals(1.0, score(scored("dudit", "1,1,1,1,1,1,1,0,0,0,0", new ClientFacts(MAN, 16)), "dudit.zon"));

		// 2. 1+0+1+0+0+0+0+0+0+0+0 = 2: a woman of 30 → 1; of 16 (young women from 3) → 0; of 15 (below the age
		// range, the general cut-off) → 1; a man of 30 → 0
		assertEquals(2.0, score(scored("dudit", "1,0,1,0,0,0,0,0,0,0,0", new ClientFacts(WOMAN, 30)), "dudit.total"));
		assertEquals(1.0, score(scored("dudit", "1,0,1,0,0,0,0,0,0,0,0", new ClientFacts(WOMAN, 30)), "dudit.zon"));
		assertEquals(0.0, score(scored("dudit", "1,0,1,0,0,0,0,0,0,0,0", new ClientFacts(WOMAN, 16)), "dudit.zon"));
		assertEquals(1.0, score(scored("dudit", "1,0,1,0,0,0,0,0,0,0,0", new ClientFacts(WOMAN, 15)), "dudit.zon"));
		assertEquals(0.0, score(scored("dudit", "1,0,1,0,0,0,0,0,0,0,0", new ClientFacts(MAN, 30)), "dudit.zon"));

		// 3. Items 10–11 count 0/2/4: 1+0+1+0+0+0+0+0+0+2+0 = 4 → a woman of 22 (from 3) → 1
		assertEquals(4.0, score(scored("dudit", "1,0,1,0,0,0,0,0,0,2,0", new ClientFacts(WOMAN, 22)), "dudit.total"));
		assertEquals(1.0, score(scored("dudit", "1,0,1,0,0,0,0,0,0,2,0", new ClientFacts(WOMAN, 22)), "dudit.zon"));

		// 4. Heavy dependence from 25: 4+4+4+4+2+2+0+0+0+2+2 = 24 → 1; item 7 = 1 makes 25 → 2
		assertEquals(24.0, score(scored("dudit", "4,4,4,4,2,2,0,0,0,2,2", new ClientFacts(MAN, 40)), "dudit.total"));
		assertEquals(1.0, score(scored("dudit", "4,4,4,4,2,2,0,0,0,2,2", new ClientFacts(MAN, 40)), "dudit.zon"));
		assertEquals(2.0, score(scored("dudit", "4,4,4,4,2,2,1,0,0,2,2", new ClientFacts(WOMAN, 19)), "dudit.zon"));

		// 5. Edge values: all highest = 9×4 + 4 + 4 = 44 → 2; all lowest = 0 → 0 for a woman
		assertEquals(44.0, score(scored("dudit", "4,4,4,4,4,4,4,4,4,4,4", new ClientFacts(MAN, 20)), "dudit.total"));
		assertEquals(2.0, score(scored("dudit", "4,4,4,4,4,4,4,4,4,4,4", new ClientFacts(MAN, 20)), "dudit.zon"));
		assertEquals(0.0, score(scored("dudit", "0,0,0,0,0,0,0,0,0,0,0", new ClientFacts(WOMAN, 40)), "dudit.zon"));

		// 6. A missing answer (item 10 X): the total and zone are missing, not 2 points lower
		List<Score> missing = scored("dudit", "1,0,1,0,0,0,0,0,0,X,0", new ClientFacts(WOMAN, 30));
		assertNull(score(missing, "dudit.total"));
		assertNull(score(missing, "dudit.zon"));

		// 7. Unknown age: a man's general bands need no age (6 → 1), the young men's are passed over
		assertEquals(1.0, score(scored("dudit", "1,1,1,1,1,1,0,0,0,0,0", new ClientFacts(MAN, null)), "dudit.zon"));
	}
}
