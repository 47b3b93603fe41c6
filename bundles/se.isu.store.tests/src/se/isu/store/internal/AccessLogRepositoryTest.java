package se.isu.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.AccessLogChain;
import se.isu.store.AccessLogRepository.Activity;
import se.isu.store.AccessLogRepository.LogRow;

/** Appends are chained by hash in sequence; activity is counted per user and action. */
class AccessLogRepositoryTest {

	@TempDir
	Path home;

	private Database database;
	private JdbcAccessLogRepository log;

	@BeforeEach
	void open() {
		database = new Database();
		database.open(TestDatabases.home(home));
		log = new JdbcAccessLogRepository();
		log.database = database;
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void eachEntryIsChainedToThePreviousAndSurvivesARestart() {
		LocalDateTime t = LocalDateTime.of(2026, 11, 22, 9, 15, 30, 123_456_789);
		log.append(t, "anna", "CASE_READ", "VUX-2026-00001", null);
		log.append(t.plusSeconds(1), "anna", "CASE_WRITE", "VUX-2026-00001", "sparat");
		database.close();
		open();
		log.append(t.plusSeconds(2), "bo", "CASE_READ", "VUX-2026-00002", null);

		List<LogRow> rows = new ArrayList<>();
		log.forEach(rows::add);
		assertEquals(List.of(1L, 2L, 3L), rows.stream().map(LogRow::seq).toList());
		String previous = AccessLogChain.GENESIS;
		for (LogRow row : rows) {
			assertEquals(previous, row.previousHash());
			assertEquals(AccessLogChain.hash(previous, row.seq(), row.loggedAt(), row.userName(), row.action(),
					row.caseNumber(), row.detail()), row.entryHash(), "the stored fields hash to the stored hash");
			previous = row.entryHash();
		}
	}

	@Test
	void activityCountsEntriesAndDistinctCasesPerUserAndAction() {
		LocalDateTime t = LocalDateTime.of(2026, 11, 1, 8, 0);
		log.append(t, "anna", "CASE_READ", "A", null);
		log.append(t, "anna", "CASE_READ", "A", null);
		log.append(t, "anna", "CASE_READ", "B", null);
		log.append(t, "bo", "CASE_WRITE", "C", null);
		log.append(t.plusMonths(1), "bo", "CASE_WRITE", "D", null);

		assertEquals(List.of(new Activity("anna", "CASE_READ", 3, 2), new Activity("bo", "CASE_WRITE", 1, 1)),
				log.activity(t, t.plusDays(30)));
		assertEquals(List.of("D"), log.find(t, t.plusMonths(2), "bo", null, 1).stream().map(LogRow::caseNumber).toList(),
				"newest first, limited");
	}
}
