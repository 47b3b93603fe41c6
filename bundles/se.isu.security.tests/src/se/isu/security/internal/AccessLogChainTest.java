package se.isu.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.security.AccessAction;
import se.isu.security.AccessDeniedException;
import se.isu.security.AccessLog;
import se.isu.security.AccessLog.ChainCheck;
import se.isu.security.Role;
import se.isu.security.User;
import se.isu.store.IsuHome;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The check command finds an entry altered or removed behind the application's back, the way someone with direct
 * access to the database files would do it.
 */
class AccessLogChainTest {

	private final AccessLog log = OsgiServices.get(AccessLog.class);

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	private static Connection database() throws SQLException {
		EmbeddedDataSource source = new EmbeddedDataSource();
		source.setDatabaseName(IsuHome.resolve().resolve("db").toString()); // booted already by the store: no key needed
		return source.getConnection();
	}

	private long appendThree() {
		User worker = TestUsers.caseWorker("VUX");
		log.record(worker, AccessAction.CASE_READ, "VUX-2026-00001", null);
		log.record(worker, AccessAction.CASE_WRITE, "VUX-2026-00001", "sparat");
		log.record(worker, AccessAction.CASE_READ, "VUX-2026-00002", null);
		TestUsers.as(Role.UNIT_MANAGER, "VUX");
		ChainCheck check = log.verify();
		assertTrue(check.intact(), check.problem());
		return check.entries();
	}

	@Test
	void anAlteredEntryIsFoundAndNamed() throws SQLException {
		appendThree();
		long seq;
		String original;
		try (Connection c = database(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("SELECT SEQ, CASE_NUMBER FROM ISU_ACCESS_LOG WHERE ACTION = 'CASE_WRITE'"
						+ " ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY")) {
			rows.next();
			seq = rows.getLong(1);
			original = rows.getString(2);
			s.executeUpdate("UPDATE ISU_ACCESS_LOG SET CASE_NUMBER = 'VUX-2026-09999' WHERE SEQ = " + seq);
		}
		try {
			ChainCheck check = log.verify();
			assertFalse(check.intact());
			assertEquals(seq, check.firstBrokenSeq());
			assertTrue(check.problem().contains("ändrats"), check.problem());
		} finally {
			try (Connection c = database(); PreparedStatement s = c.prepareStatement(
					"UPDATE ISU_ACCESS_LOG SET CASE_NUMBER = ? WHERE SEQ = ?")) {
				s.setString(1, original);
				s.setLong(2, seq);
				s.executeUpdate();
			}
		}
		assertTrue(log.verify().intact(), "intact again once the entry is as it was");
	}

	@Test
	void aRemovedEntryIsFound() throws SQLException {
		appendThree();
		long seq;
		try (Connection c = database(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("SELECT MAX(SEQ) - 1 FROM ISU_ACCESS_LOG")) {
			rows.next();
			seq = rows.getLong(1);
		}
		try (Connection c = database(); Statement s = c.createStatement()) {
			s.executeUpdate("CREATE TABLE KEPT_ENTRY AS SELECT * FROM ISU_ACCESS_LOG WITH NO DATA");
			s.executeUpdate("INSERT INTO KEPT_ENTRY SELECT * FROM ISU_ACCESS_LOG WHERE SEQ = " + seq);
			s.executeUpdate("DELETE FROM ISU_ACCESS_LOG WHERE SEQ = " + seq);
		}
		try {
			ChainCheck check = log.verify();
			assertFalse(check.intact());
			assertEquals(seq + 1, check.firstBrokenSeq());
			assertTrue(check.problem().contains("saknas"), check.problem());
		} finally {
			try (Connection c = database(); Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO ISU_ACCESS_LOG SELECT * FROM KEPT_ENTRY");
				s.executeUpdate("DROP TABLE KEPT_ENTRY");
			}
		}
		assertTrue(log.verify().intact());
	}

	@Test
	void onlyManagersAndAdministratorsReadOrCheckTheLog() {
		TestUsers.caseWorker("VUX");
		assertThrows(AccessDeniedException.class, log::verify);
		TestUsers.as(Role.ANALYST);
		assertThrows(AccessDeniedException.class, log::verify);
		TestUsers.as(Role.METHODS_STAFF);
		assertThrows(AccessDeniedException.class, () -> log.activity(java.time.LocalDateTime.MIN, java.time.LocalDateTime.MAX));
		TestUsers.as(Role.SYSTEM_ADMIN);
		assertTrue(log.verify().entries() > 0);
	}
}
