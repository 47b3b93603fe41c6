package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.store.AccessLogChain;
import se.isu.store.AccessLogRepository.LogRow;
import se.isu.store.StaleDataException;

/**
 * Two workbenches on one database, as two EclipseLink factories with connections of their own (on PostgreSQL, two
 * clients of the server, each without a shared cache): the second save of a case is refused naming who saved first
 * and when, nothing is lost when writers race, and the access-log chain stays whole under concurrent appends.
 * Embedded Derby serves one program at a time (and one factory per process, whose cache is then always current), so
 * this runs in the PostgreSQL run only.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = TestDatabases.PROPERTY, matches = "postgresql")
class TwoClientsTest {

	@TempDir
	Path home;

	private Database first;
	private Database second;

	@BeforeEach
	void open() {
		TestDatabases.home(home);
		first = new Database();
		first.open(home);
		second = new Database();
		second.open(home);
	}

	@AfterEach
	void close() {
		second.close();
		first.close();
	}

	@Test
	void theSecondSaveOfTheSameCaseNamesWhoSavedFirstAndLosesNothingAfterAReload() {
		IsuCase created = StoreFixtures.storeCase(first, "19811218-9876", "Åsa", "Öberg");
		JpaCaseRepository anna = StoreFixtures.cases(first);
		JpaCaseRepository bertil = StoreFixtures.cases(second);
		IsuCase annasCopy = anna.findCase(created.getCaseNumber()).orElseThrow();
		IsuCase bertilsCopy = bertil.findCase(created.getCaseNumber()).orElseThrow();

		annasCopy.setOrigin(1);
		anna.updateCase(annasCopy, "anna");
		bertilsCopy.setHouseholdType(2);
		LocalDateTime before = LocalDateTime.now().minusMinutes(1);
		StaleDataException refused = assertThrows(StaleDataException.class, () -> bertil.updateCase(bertilsCopy, "bertil"));
		assertEquals("anna", refused.changedBy().orElseThrow());
		assertTrue(refused.changedAt().orElseThrow().isAfter(before), refused.changedAt().toString());
		IsuCase stored = bertil.findCase(created.getCaseNumber()).orElseThrow();
		assertEquals(1, stored.getOrigin(), "Anna's change is there");
		assertEquals(null, stored.getHouseholdType(), "Bertil's refused change is not");

		// Bertil reloads, redoes his change and saves: both changes are kept.
		stored.setHouseholdType(2);
		bertil.updateCase(stored, "bertil");
		IsuCase both = anna.findCase(created.getCaseNumber()).orElseThrow();
		assertEquals(1, both.getOrigin());
		assertEquals(2, both.getHouseholdType());
	}

	@Test
	void writersRacingOnOneCaseLoseNoUpdate() throws Exception {
		IsuCase created = StoreFixtures.storeCase(first, "19811218-9876", "Åsa", "Öberg");
		int writers = 4;
		int additionsEach = 5;
		AtomicInteger refusals = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				JpaCaseRepository client = StoreFixtures.cases(w % 2 == 0 ? first : second);
				String user = "writer" + w;
				done.add(pool.submit(() -> {
					for (int i = 0; i < additionsEach; i++) {
						while (true) { // what a person does when told: reload, redo, save
							IsuCase c = client.findCase(created.getCaseNumber()).orElseThrow();
							Intervention added = IsuFactory.eINSTANCE.createIntervention();
							added.setInterventionType(1);
							added.setDecisionDate(LocalDate.of(2026, 1, 5));
							c.getInterventions().add(added);
							try {
								client.updateCase(EcoreUtil.copy(c), user);
								break;
							} catch (StaleDataException e) {
								refusals.incrementAndGet();
							}
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
		IsuCase result = StoreFixtures.cases(second).findCase(created.getCaseNumber()).orElseThrow();
		assertEquals(writers * additionsEach, result.getInterventions().size(),
				"every saved addition is there (" + refusals.get() + " stale saves were refused and redone)");
	}

	@Test
	void concurrentAppendsFromTwoClientsKeepTheAccessLogChainWhole() throws Exception {
		JdbcAccessLogRepository[] logs = { new JdbcAccessLogRepository(), new JdbcAccessLogRepository() };
		logs[0].database = first;
		logs[1].database = second;
		int threads = 4;
		int each = 25;
		Set<Long> sequences = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				JdbcAccessLogRepository log = logs[t % 2];
				String user = "user" + t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						sequences.add(log.append(LocalDateTime.now(), user, "CASE_READ", "VUX-2026-00001", "#" + i).seq());
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(threads * each, sequences.size(), "each append got a sequence number of its own");
		List<LogRow> rows = new ArrayList<>();
		logs[1].forEach(rows::add);
		assertEquals(threads * each, rows.size());
		String previous = AccessLogChain.GENESIS;
		TreeSet<Long> seen = new TreeSet<>();
		for (LogRow row : rows) {
			assertEquals(previous, row.previousHash(), "entry " + row.seq() + " follows the one before it");
			assertEquals(AccessLogChain.hash(previous, row.seq(), row.loggedAt(), row.userName(), row.action(),
					row.caseNumber(), row.detail()), row.entryHash(), "entry " + row.seq() + " hashes to what is stored");
			previous = row.entryHash();
			seen.add(row.seq());
		}
		assertEquals(1L, seen.first());
		assertEquals((long) threads * each, seen.last(), "no gaps");
	}

	// --- issue 18: lockout and the second factor across clients ---------------------------------------------

	private static JdbcAccountRepository accounts(Database database) {
		JdbcAccountRepository repository = new JdbcAccountRepository();
		repository.database = database;
		return repository;
	}

	@Test
	void failedLoginsThroughTwoClientsAtOnceAllCountAndTheLockHoldsForBoth() throws Exception {
		JdbcAccountRepository[] clients = { accounts(first), accounts(second) };
		clients[0].create(new se.isu.store.AccountRepository.StoredAccount(0, "laura", "Laura Låst", "CASE_WORKER",
				List.of("VUX"), "$argon2id$not-a-real-hash", null, false, 0, null, true, LocalDateTime.now().withNano(0)));
		LocalDateTime until = LocalDateTime.now().plusMinutes(15).withNano(0);
		int lockAt = 50;
		int threads = 6;
		int each = 8; // 48 failures, two short of the lock
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				JdbcAccountRepository client = clients[t % 2];
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						client.countFailedLogin("laura", lockAt, until);
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(threads * each, clients[1].find("laura").orElseThrow().failedLogins(),
				"every failure counted, whichever client it came through");
		assertEquals(null, clients[0].find("laura").orElseThrow().lockedUntil());
		clients[0].countFailedLogin("laura", lockAt, until);
		se.isu.store.AccountRepository.StoredAccount locked = clients[1].countFailedLogin("laura", lockAt, until);
		assertEquals(until, locked.lockedUntil(), "the 50th failure locks");
		assertEquals(until, clients[0].find("laura").orElseThrow().lockedUntil(), "the other client sees the lock");

		// a login that succeeded through one client (read before the lock) does not lift a lock set through the other
		clients[0].clearFailedLogins("laura", LocalDateTime.now());
		assertEquals(until, clients[1].find("laura").orElseThrow().lockedUntil(), "a lock still running stays");
		clients[0].clearFailedLogins("laura", until.plusSeconds(1));
		assertEquals(null, clients[1].find("laura").orElseThrow().lockedUntil(), "an expired lock is cleared");
	}

	@Test
	void aSecondFactorTurnedOnThroughOneClientIsRequiredByTheOtherAndALoginDoesNotUndoAnAdministratorsChange() {
		JdbcAccountRepository[] clients = { accounts(first), accounts(second) };
		se.isu.store.AccountRepository.StoredAccount created = clients[0].create(new se.isu.store.AccountRepository.StoredAccount(
				0, "tove", "Tove Tvåsteg", "CASE_WORKER", List.of("VUX"), "$argon2id$not-a-real-hash", null, false, 2, null,
				true, LocalDateTime.now().withNano(0)));
		se.isu.store.AccountRepository.StoredAccount readBySecond = clients[1].find("tove").orElseThrow();
		// the administrator, at the first client, turns the second factor on and deactivates the account
		clients[0].update(new se.isu.store.AccountRepository.StoredAccount(created.id(), "tove", "Tove Tvåsteg", "CASE_WORKER",
				List.of("VUX"), created.passwordHash(), "JBSWY3DPEHPK3PXP", true, 2, null, false, created.createdAt()));
		// meanwhile a login at the second client, which read the account before, succeeds and clears its count
		assertEquals(2, readBySecond.failedLogins());
		clients[1].clearFailedLogins("tove", LocalDateTime.now());
		se.isu.store.AccountRepository.StoredAccount now = clients[1].find("tove").orElseThrow();
		assertEquals(0, now.failedLogins());
		assertTrue(now.totpRequired(), "the second factor stands");
		assertEquals("JBSWY3DPEHPK3PXP", now.totpSecret());
		assertEquals(false, now.active(), "the deactivation stands");
	}
}
