package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.store.AccessLogChain;
import se.isu.store.AccessLogRepository.LogRow;
import se.isu.store.StaleDataException;

/**
 * Ten writers, each a client of its own (an EclipseLink factory with its own connections), save additions to 20 shared
 * cases for a minute (ISU_BENCHMARK_SECONDS) and log each save, the way ten workbenches would: throughput, stale
 * saves refused and redone, and at the end nothing lost (interventions stored = saves that succeeded) and an access-log
 * chain that verifies. Not part of the suite (the name ends in Benchmark); run on PostgreSQL as docs/building.md says.
 */
class ConcurrentWritersBenchmark {

	@TempDir
	Path home;

	@Test
	void tenWritersForAMinute() throws Exception {
		int writers = 10;
		long seconds = Long.getLong("isu.benchmark.seconds", 60);
		TestDatabases.home(home);
		List<Database> clients = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			Database client = new Database();
			client.open(home);
			clients.add(client);
		}
		try {
			List<String> cases = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				cases.add(StoreFixtures.storeCase(clients.get(0), personnummer(i), "Bänk", "Mark" + i).getCaseNumber());
			}
			AtomicLong saved = new AtomicLong();
			AtomicLong refused = new AtomicLong();
			long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
			ExecutorService pool = Executors.newFixedThreadPool(writers);
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				Database client = clients.get(w);
				String user = "writer" + w;
				done.add(pool.submit(() -> {
					JpaCaseRepository repository = StoreFixtures.cases(client);
					JdbcAccessLogRepository log = new JdbcAccessLogRepository();
					log.database = client;
					while (System.nanoTime() < end) {
						String number = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
						while (true) {
							IsuCase c = repository.findCase(number).orElseThrow();
							Intervention added = IsuFactory.eINSTANCE.createIntervention();
							added.setInterventionType(1);
							added.setDecisionDate(LocalDate.of(2026, 1, 5));
							c.getInterventions().add(added);
							try {
								repository.updateCase(EcoreUtil.copy(c), user);
								log.append(LocalDateTime.now(), user, "CASE_WRITE", number, null);
								saved.incrementAndGet();
								break;
							} catch (StaleDataException e) {
								refused.incrementAndGet();
							}
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			pool.shutdown();
			long stored = 0;
			for (String number : cases) {
				stored += StoreFixtures.cases(clients.get(1)).findCase(number).orElseThrow().getInterventions().size();
			}
			List<LogRow> rows = new ArrayList<>();
			JdbcAccessLogRepository log = new JdbcAccessLogRepository();
			log.database = clients.get(2);
			log.forEach(rows::add);
			String previous = AccessLogChain.GENESIS;
			for (LogRow row : rows) {
				assertEquals(previous, row.previousHash().strip());
				previous = AccessLogChain.hash(previous, row.seq(), row.loggedAt(), row.userName(), row.action(),
						row.caseNumber(), row.detail());
				assertEquals(previous, row.entryHash().strip(), "entry " + row.seq());
			}
			String report = String.format("%s, %d writers, %d s: %d saves (%.1f/s), %d stale saves refused and redone,"
					+ " %d interventions stored (= saves), %d log entries, chain verified%n", clients.get(0).dialect(),
					writers, seconds, saved.get(), saved.get() / (double) seconds, refused.get(), stored, rows.size());
			System.out.print(report);
			Path out = Path.of("target", "benchmarks", "concurrent-writers.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			assertEquals(saved.get(), stored, "nothing lost");
			assertEquals(saved.get(), rows.size(), "one log entry per save");
		} finally {
			clients.forEach(Database::close);
		}
	}

	/** Valid personnummer (Luhn) for 1980-01-01 and serials 001… . */
	private static String personnummer(int i) {
		String digits = String.format("800101%03d", 100 + i);
		int sum = 0;
		for (int k = 0; k < 9; k++) {
			int d = (digits.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
			sum += d > 9 ? d - 9 : d;
		}
		return "19" + digits.substring(0, 6) + "-" + digits.substring(6) + ((10 - sum % 10) % 10);
	}
}
