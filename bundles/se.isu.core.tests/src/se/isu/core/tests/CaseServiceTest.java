package se.isu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.model.CaseStatus;
import se.isu.model.IsuCase;
import se.isu.model.ProcessStep;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Through the real DS service, on the embedded Derby database of this test run. */
class CaseServiceTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);

	@org.junit.jupiter.api.BeforeEach
	void logIn() {
		TestUsers.caseWorkerOfTestUnits();
	}

	@Test
	void openingACaseStoresClientAndCaseWithAGeneratedNumber() {
		IsuCase opened = cases.openCase(new NewCase("19121212-1212", "Tolvan", "Tolvansson", "CST", "Testenheten",
				LocalDate.of(2026, 2, 3)));
		assertTrue(opened.getCaseNumber().matches("CST-2026-\\d{5}"), opened.getCaseNumber());
		assertEquals(CaseStatus.OPEN, opened.getStatus());
		assertEquals(ProcessStep.AKTUALISERA, opened.getCurrentStep());
		assertEquals(LocalDate.of(1912, 12, 12), opened.getClient().getBirthDate());
		List<IsuCase> found = cases.findCases(CaseFilter.text(opened.getCaseNumber()));
		assertEquals(1, found.size());
		assertEquals("Tolvansson", found.get(0).getClient().getFamilyName());
	}

	@Test
	void aSecondCaseForTheSamePersonReusesTheClient() {
		IsuCase first = cases.openCase(new NewCase("19811218-9876", "Sven", "Svensson", "CST", null, LocalDate.of(2025, 1, 10)));
		IsuCase second = cases.openCase(new NewCase("198112189876", "Other", "Name", "CST", null, LocalDate.of(2026, 1, 10)));
		assertEquals(first.getClient().getId(), second.getClient().getId());
		assertEquals("Sven", second.getClient().getGivenName());
	}

	@Test
	void invalidInputIsRefusedWithEveryBrokenRuleAndNothingIsStored() {
		long before = cases.countCases();
		ValidationException e = assertThrows(ValidationException.class,
				() -> cases.openCase(new NewCase("19811218-9875", null, null, " ", null, null)));
		assertEquals(List.of("personnummer", "unit", "actualisationDate"), e.violations().stream().map(Violation::field).toList());
		assertEquals(before, cases.countCases());
	}

	@Test
	void actualisationBeforeBirthIsRefused() {
		ValidationException e = assertThrows(ValidationException.class,
				() -> cases.openCase(new NewCase("20121212-1212", "Tolvan", "Tolvansson", "CST", null, LocalDate.of(2011, 1, 1))));
		assertEquals("actualisationDate", e.violations().get(0).field());
	}
}
