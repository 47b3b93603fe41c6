package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;
import se.isu.store.StoreException;

/** Real Derby files and real EclipseLink, in a fresh folder per test. */
class CaseRepositoryRoundTripTest {

	@TempDir
	Path home;

	private Database database;
	private JpaCaseRepository repository;

	@BeforeEach
	void open() {
		openDatabase();
	}

	@AfterEach
	void close() {
		database.close();
	}

	private void openDatabase() {
		database = new Database();
		database.open(TestDatabases.home(home));
		repository = new JpaCaseRepository();
		repository.database = database;
	}

	@Test
	void everyFieldOfClientAndCaseSurvivesSaveAndReloadAfterRestart() {
		Unit unit = repository.ensureUnit("VUX", "Vuxenenheten");
		IsuCase stored = repository.createCase(newCase(unit, "19811218-9876", LocalDate.of(2026, 1, 5)));

		database.close();
		openDatabase();

		IsuCase loaded = repository.findCase(stored.getCaseNumber()).orElseThrow();
		assertEquals(stored.getId(), loaded.getId());
		assertEquals("VUX-2026-00001", loaded.getCaseNumber());
		assertEquals(CaseStatus.CLOSED, loaded.getStatus());
		assertEquals(ProcessStep.FOLJA_UPP, loaded.getCurrentStep());
		assertEquals(LocalDate.of(2026, 1, 5), loaded.getActualisationDate());
		assertEquals(LocalDate.of(2026, 6, 30), loaded.getClosureDate());
		assertTrue(loaded.getVersion() >= 1, "version is set by optimistic locking");
		Client client = loaded.getClient();
		assertEquals("19811218-9876", client.getPersonalIdentityNumber());
		assertEquals("Åsa", client.getGivenName());
		assertEquals("Öberg-Ängström", client.getFamilyName());
		assertEquals(LocalDate.of(1981, 12, 18), client.getBirthDate());
		assertEquals("VUX", loaded.getUnit().getCode());
		assertEquals("Vuxenenheten", loaded.getUnit().getName());
	}

	@Test
	void aSecondCaseForTheSamePersonnummerReusesTheClientRow() {
		Unit unit = repository.ensureUnit("VUX", "Vuxenenheten");
		IsuCase first = repository.createCase(newCase(unit, "19811218-9876", LocalDate.of(2025, 1, 5)));
		IsuCase second = repository.createCase(newCase(unit, "19811218-9876", LocalDate.of(2026, 1, 5)));
		assertNotEquals(first.getId(), second.getId());
		assertEquals(first.getClient().getId(), second.getClient().getId());
	}

	@Test
	void searchMatchesCaseNumberPersonnummerAndNameAndOrdersNewestFirst() {
		Unit unit = repository.ensureUnit("VUX", "Vuxenenheten");
		repository.createCase(newCase(unit, "19811218-9876", LocalDate.of(2025, 1, 5)));
		repository.createCase(newCase(unit, "19121212-1212", LocalDate.of(2026, 3, 1)));
		assertEquals(2, repository.findCases(CaseFilter.all()).size());
		assertEquals("19121212-1212", repository.findCases(CaseFilter.all()).get(0).getClient().getPersonalIdentityNumber());
		assertEquals(1, repository.findCases(CaseFilter.text("1212-1212")).size());
		assertEquals(2, repository.findCases(CaseFilter.text("öBERG")).size());
		assertEquals(1, repository.findCases(CaseFilter.text("VUX-2026")).size());
		assertEquals(0, repository.findCases(new CaseFilter(null, CaseStatus.OPEN, null, null, 10)).size());
	}

	@Test
	void aBatchReusesStoredClientsAndMakesOneClientPerNewPersonnummerEvenWhenItRepeatsInTheBatch() {
		Unit unit = repository.ensureUnit("VUX", "Vuxenenheten");
		IsuCase earlier = repository.createCase(newCase(unit, "19811218-9876", LocalDate.of(2024, 1, 5)));
		IsuCase again = newCase(unit, "19811218-9876", LocalDate.of(2025, 1, 5));
		IsuCase newPerson = newCase(unit, "19121212-1212", LocalDate.of(2025, 2, 5));
		IsuCase newPersonAgain = newCase(unit, "19121212-1212", LocalDate.of(2025, 3, 5));
		// numbers are handed out before a batch is stored (the demo generator counts them itself)
		newPerson.setCaseNumber("VUX-2025-00002");
		newPersonAgain.setCaseNumber("VUX-2025-00003");

		assertEquals(3, repository.createCases(List.of(again, newPerson, newPersonAgain)));

		List<IsuCase> stored = repository.findCases(CaseFilter.all());
		assertEquals(4, stored.size());
		assertEquals(2, stored.stream().map(c -> c.getClient().getId()).distinct().count(), "one client row per person");
		assertEquals(earlier.getClient().getId(), repository.findCase(again.getCaseNumber()).orElseThrow().getClient().getId());
		assertEquals(2, repository.findCases(CaseFilter.text("1212-1212")).size(), "search terms written for the batch");
	}

	@Test
	void aFailedBatchStoresNothing() {
		Unit unit = repository.ensureUnit("VUX", "Vuxenenheten");
		IsuCase good = newCase(unit, "19811218-9876", LocalDate.of(2025, 1, 5));
		IsuCase duplicateNumber = newCase(unit, "19121212-1212", LocalDate.of(2025, 2, 5));
		duplicateNumber.setCaseNumber(good.getCaseNumber());
		assertThrows(RuntimeException.class, () -> repository.createCases(List.of(good, duplicateNumber)));
		assertEquals(0, repository.countCases());
	}

	@Test
	void countsPerUnitAndStatusAreComputedInTheDatabase() {
		Unit vux = repository.ensureUnit("VUX", "Vuxenenheten");
		Unit ung = repository.ensureUnit("UNG", "Ungdomsmottagningen");
		repository.createCase(newCase(vux, "19811218-9876", LocalDate.of(2025, 1, 5)));
		repository.createCase(newCase(vux, "19121212-1212", LocalDate.of(2025, 1, 6)));
		repository.createCase(newCase(ung, "20121212-1212", LocalDate.of(2025, 1, 7)));
		var counts = repository.countByUnitAndStatus();
		assertEquals(2, counts.size());
		assertEquals("UNG", counts.get(0).unitCode());
		assertEquals(1, counts.get(0).count());
		assertEquals(2, counts.get(1).count());
	}

	@Test
	void aCaseForAMissingUnitIsRefused() {
		Unit ghost = IsuFactory.eINSTANCE.createUnit();
		ghost.setId(999);
		ghost.setCode("NONE");
		assertThrows(StoreException.class, () -> repository.createCase(newCase(ghost, "19811218-9876", LocalDate.of(2025, 1, 5))));
	}

	@Test
	void theProtectionMarkChangesOnlyThroughItsDecisionsAndACaseSaveNeverTouchesIt() {
		Unit unit = repository.ensureUnit("VNR", "Våld i nära relation");
		IsuCase stored = repository.createCase(newCase(unit, "19811218-9876", LocalDate.of(2026, 1, 5)));
		String number = stored.getCaseNumber();
		java.time.Instant at = java.time.Instant.parse("2026-12-02T10:15:00Z");
		assertTrue(repository.changeIdentityProtection(number, true, "handlaggare", at, "Skyddad folkbokföring"));
		assertEquals(false, repository.changeIdentityProtection(number, true, "handlaggare", at, "igen"),
				"already protected: nothing written");
		IsuCase loaded = repository.findCase(number).orElseThrow();
		assertTrue(loaded.getClient().isProtectedIdentity());
		assertTrue(repository.findKey(number).orElseThrow().protectedIdentity());

		// an editor that holds the client as unprotected (or a forged flag) saves: the mark stays as decided
		loaded.getClient().setProtectedIdentity(false);
		loaded.setOrigin(2);
		repository.updateCase(loaded);
		assertTrue(repository.findCase(number).orElseThrow().getClient().isProtectedIdentity());

		assertTrue(repository.changeIdentityProtection(number, false, "chef", at.plusSeconds(60), "Beslut 2026/1"));
		assertEquals(false, repository.findCase(number).orElseThrow().getClient().isProtectedIdentity());
		List<se.isu.store.CaseRepository.IdentityProtectionChange> history = repository.identityProtectionHistory(number);
		assertEquals(List.of(true, false), history.stream().map(c -> c.protect()).toList());
		assertEquals("chef", history.get(1).decidedBy());
		assertEquals(at.plusSeconds(60), history.get(1).decidedAt());
		assertEquals("Beslut 2026/1", history.get(1).reason());
	}

	private IsuCase newCase(Unit unit, String pnr, LocalDate actualised) {
		Client client = IsuFactory.eINSTANCE.createClient();
		client.setPersonalIdentityNumber(pnr);
		client.setGivenName("Åsa");
		client.setFamilyName("Öberg-Ängström");
		client.setBirthDate(LocalDate.parse(pnr.substring(0, 4) + "-" + pnr.substring(4, 6) + "-" + pnr.substring(6, 8)));
		IsuCase isuCase = IsuFactory.eINSTANCE.createIsuCase();
		isuCase.setClient(client);
		isuCase.setUnit(unit);
		isuCase.setStatus(CaseStatus.CLOSED);
		isuCase.setCurrentStep(ProcessStep.FOLJA_UPP);
		isuCase.setActualisationDate(actualised);
		isuCase.setClosureDate(LocalDate.of(2026, 6, 30));
		isuCase.setCaseNumber(repository.nextCaseNumber(unit.getCode(), actualised.getYear()));
		return isuCase;
	}
}
