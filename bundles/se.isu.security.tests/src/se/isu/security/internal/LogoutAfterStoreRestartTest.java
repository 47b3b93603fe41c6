package se.isu.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.isu.security.AccessLog;
import se.isu.security.Role;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AccessLogRepository.LogRow;
import se.isu.testkit.Components;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * When DS restarts the store while someone is logged in, the services above it are replaced. Logging out must then
 * write through the new access log (the workbench's Logga ut failed with "The database is closed", and the person
 * stayed logged in).
 */
class LogoutAfterStoreRestartTest {

	@Test
	void aLogoutAfterTheStoreRestartedEndsTheSessionAndIsLogged() throws Exception {
		User worker = TestUsers.caseWorker("VUX");
		LocalDateTime before = LocalDateTime.now().minusSeconds(1);
		Components.restart(Components.DATABASE);

		Session session = OsgiServices.get(Session.class);
		session.logout();

		assertTrue(session.current().isEmpty(), "logged out");
		TestUsers.as(Role.UNIT_MANAGER, "VUX");
		List<LogRow> rows = OsgiServices.get(AccessLog.class).entries(before, LocalDateTime.now().plusSeconds(1),
				worker.userName(), null, 10);
		TestUsers.logout();
		assertEquals("LOGOUT", rows.get(0).action(), rows.toString());
	}
}
