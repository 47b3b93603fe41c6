package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.IsuCase;
import se.isu.store.DraftRepository;
import se.isu.store.RetentionRepository.Candidate;
import se.isu.store.RetentionRepository.Culled;
import se.isu.store.RetentionRepository.CullingLogRow;

/** The last entry of a closed case, holds, and culling a case with everything that hangs on it. */
class RetentionRepositoryTest {

	@TempDir
	Path home;

	private Database database;
	private JdbcRetentionRepository retention;

	@BeforeEach
	void open() {
		database = new Database();
		database.open(TestDatabases.home(home));
		retention = new JdbcRetentionRepository();
		retention.database = database;
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void theLastEntryIsTheLatestOfClosureAndOccasionDates() {
		IsuCase plain = StoreFixtures.store(database, "194512249876", "G", "G", LocalDate.of(2018, 1, 1),
				LocalDate.of(2019, 3, 1), null);
		IsuCase followedUp = StoreFixtures.store(database, "197001011233", "A", "A", LocalDate.of(2018, 1, 1),
				LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1));
		StoreFixtures.storeCase(database, "198002022344", "B", "B"); // open: never a candidate

		List<Candidate> candidates = retention.closedCasesWithLastEntryOnOrBefore(LocalDate.of(2019, 12, 31));
		assertEquals(List.of(plain.getCaseNumber() + " 2019-03-01", followedUp.getCaseNumber() + " 2019-09-01"),
				candidates.stream().map(c -> c.caseNumber() + " " + c.lastEntry()).toList());
		assertEquals(List.of(plain.getCaseNumber()), retention.closedCasesWithLastEntryOnOrBefore(LocalDate.of(2019, 8, 31))
				.stream().map(Candidate::caseNumber).toList(), "the later occasion keeps the other case");
	}

	@Test
	void cullingRemovesTheCaseItsChildrenAndAClientWithoutOtherCasesInOneGo() {
		IsuCase old = StoreFixtures.store(database, "197001011233", "A", "A", LocalDate.of(2015, 1, 1),
				LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 1));
		IsuCase sameClientLater = StoreFixtures.storeCase(database, "197001011233", "A", "A");
		IsuCase alone = StoreFixtures.store(database, "194512249876", "G", "G", LocalDate.of(2015, 1, 1),
				LocalDate.of(2016, 3, 1), null);
		LocalDateTime at = LocalDateTime.of(2026, 11, 22, 10, 0);
		JdbcDraftRepository drafts = new JdbcDraftRepository();
		drafts.database = database;
		java.time.Instant now = java.time.Instant.now();
		drafts.put("anna", new DraftRepository.StoredDraft("case:" + old.getCaseNumber(), old.getCaseNumber(), "A", "x", now));
		drafts.put("anna", new DraftRepository.StoredDraft("assessment:7", old.getCaseNumber(), "ASI", "B9=4", now));
		drafts.put("anna", new DraftRepository.StoredDraft("case:" + sameClientLater.getCaseNumber(),
				sameClientLater.getCaseNumber(), "A", "y", now));

		Culled culled = retention.cull(List.of(old.getId(), alone.getId()), at, "5 år", "VUX 2016: 2");
		assertEquals(List.of(sameClientLater.getCaseNumber()),
				drafts.list("anna").stream().map(DraftRepository.StoredDraft::caseNumber).toList(),
				"the culled case's drafts (its editor's and its interview's) went with it; the kept case's draft stays");

		assertEquals(new Culled(2, 1, 0), culled, "two cases; one client, the other still has a case");
		JpaCaseRepository cases = StoreFixtures.cases(database);
		assertFalse(cases.findCase(old.getCaseNumber()).isPresent());
		assertFalse(cases.findClient("194512249876").isPresent());
		assertTrue(cases.findCase(sameClientLater.getCaseNumber()).isPresent());
		assertEquals(List.of(new CullingLogRow(at, "5 år", 2, 1, 0, "VUX 2016: 2")), retention.cullingLog());
	}

	@Test
	void aHeldCaseIsListedWithItsReasonUntilReleased() {
		IsuCase c = StoreFixtures.store(database, "194512249876", "G", "G", LocalDate.of(2015, 1, 1),
				LocalDate.of(2016, 3, 1), null);
		retention.hold(c.getCaseNumber(), "Tvist i förvaltningsrätt", LocalDateTime.now());
		assertEquals("Tvist i förvaltningsrätt",
				retention.closedCasesWithLastEntryOnOrBefore(LocalDate.of(2020, 1, 1)).get(0).holdReason());
		retention.releaseHold(c.getCaseNumber());
		assertFalse(retention.closedCasesWithLastEntryOnOrBefore(LocalDate.of(2020, 1, 1)).get(0).held());
	}
}
