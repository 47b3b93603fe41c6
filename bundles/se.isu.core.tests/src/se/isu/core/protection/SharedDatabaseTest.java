package se.isu.core.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseChangedException;
import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.model.IsuCase;
import se.isu.security.User;
import se.isu.store.AccessLogRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * What several people on one database are told, and what the access log keeps, through the real services. Runs on
 * embedded Derby and again on PostgreSQL (./isu test), where the two saves may come from two workbenches.
 */
class SharedDatabaseTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AccessLogRepository log = OsgiServices.get(AccessLogRepository.class);

	@Test
	void theSecondSaveOfACaseIsToldWhoChangedItAndWhenAndKeepsTheFirst() {
		User anna = TestUsers.caseWorkerOfTestUnits();
		IsuCase opened = cases.openCase(new NewCase("19700101-1233", "Delad", "Databas", "CST", null, LocalDate.of(2026, 2, 3)));
		IsuCase first = cases.findCase(opened.getCaseNumber()).orElseThrow();
		IsuCase second = EcoreUtil.copy(first);

		first.setOrigin(1);
		cases.saveCase(first);
		second.setHouseholdType(2);
		CaseChangedException told = assertThrows(CaseChangedException.class, () -> cases.saveCase(second));
		assertTrue(told.getMessage().contains("har ändrats av " + anna.displayName() + " (" + anna.userName() + ") kl. "),
				told.getMessage());
		assertTrue(told.getMessage().matches("(?s).* kl\\. \\d\\d:\\d\\d .*"), "the time of the first save: " + told.getMessage());
		IsuCase stored = cases.findCase(opened.getCaseNumber()).orElseThrow();
		assertEquals(1, stored.getOrigin(), "the first save is kept");
		assertEquals(null, stored.getHouseholdType(), "the refused one changed nothing");
	}

	@Test
	void theAccessLogHoldsCaseNumbersButNoPersonnummerOrName() {
		TestUsers.caseWorkerOfTestUnits();
		IsuCase opened = cases.openCase(new NewCase("19121212-1212", "Tolvan", "Loggsson", "CST", null, LocalDate.of(2026, 2, 4)));
		cases.findCase(opened.getCaseNumber());
		cases.findCases(se.isu.model.query.CaseFilter.text("Loggsson"));
		List<String> fields = new ArrayList<>();
		log.forEach(row -> {
			fields.add(row.userName());
			fields.add(row.action());
			fields.add(row.caseNumber());
			fields.add(row.detail());
		});
		String all = String.join("|", fields.stream().map(String::valueOf).toList());
		assertTrue(all.contains(opened.getCaseNumber()), "the case is logged by its number");
		assertFalse(all.contains("19121212") || all.contains("121212-1212") || all.contains("Loggsson")
				|| all.contains("Tolvan"), "no personnummer or name in the access log");
	}
}
