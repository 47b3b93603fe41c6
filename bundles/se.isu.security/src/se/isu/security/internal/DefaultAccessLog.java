package se.isu.security.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AccessLogChain;
import se.isu.store.AccessLogRepository;
import se.isu.store.AccessLogRepository.Activity;
import se.isu.store.AccessLogRepository.LogRow;

@Component(service = AccessLog.class)
public class DefaultAccessLog implements AccessLog {

	@Reference
	AccessLogRepository repository;

	@Reference
	Session session;

	Clock clock = Clock.systemDefaultZone();

	@Override
	public void record(User user, AccessAction action, String caseNumber, String detail) {
		repository.append(LocalDateTime.now(clock), user.userName(), action.name(), caseNumber, detail);
	}

	@Override
	public void recordAnonymous(String userName, AccessAction action, String detail) {
		// Whatever was typed as a user name: the column holds 64 characters, and a failed login must still be logged.
		String name = userName == null || userName.isBlank() ? "?" : userName.strip();
		repository.append(LocalDateTime.now(clock), name.length() > 64 ? name.substring(0, 63) + "…" : name, action.name(),
				null, detail);
	}

	@Override
	public ChainCheck verify() {
		User reviewer = session.require(Permission.LOG_REVIEW);
		ChainWalk walk = new ChainWalk();
		repository.forEach(walk::accept);
		ChainCheck check = walk.result();
		record(reviewer, AccessAction.LOG_REVIEW, null, "kontroll av kedjan: " + (check.intact() ? "hel" : "bruten vid " + check.firstBrokenSeq()));
		return check;
	}

	@Override
	public List<LogRow> entries(LocalDateTime from, LocalDateTime to, String userName, String caseNumber, int limit) {
		User reviewer = session.require(Permission.LOG_REVIEW);
		List<LogRow> rows = repository.find(from, to, userName, caseNumber, limit);
		record(reviewer, AccessAction.LOG_REVIEW, null, "poster " + from + "–" + to
				+ (userName == null ? "" : " användare " + userName) + (caseNumber == null ? "" : " ärende " + caseNumber));
		return rows;
	}

	@Override
	public List<Activity> activity(LocalDateTime from, LocalDateTime to) {
		User reviewer = session.require(Permission.LOG_REVIEW);
		List<Activity> activity = repository.activity(from, to);
		record(reviewer, AccessAction.LOG_REVIEW, null, "aktivitet " + from + "–" + to);
		return activity;
	}

	/** Recomputes each entry's hash and link in sequence; remembers the first break. */
	static final class ChainWalk {
		private long entries;
		private long expectedSeq = 1;
		private String previous = AccessLogChain.GENESIS;
		private long brokenAt;
		private String problem;

		void accept(LogRow row) {
			entries++;
			if (problem != null) {
				return;
			}
			if (row.seq() != expectedSeq) {
				fail(row.seq(), "post " + expectedSeq + " saknas (nästa är " + row.seq() + ") / entry missing");
			} else if (!row.previousHash().equals(previous)) {
				fail(row.seq(), "länken till föregående post stämmer inte / link to the previous entry broken");
			} else if (!row.entryHash().equals(AccessLogChain.hash(previous, row.seq(), row.loggedAt(), row.userName(),
					row.action(), row.caseNumber(), row.detail()))) {
				fail(row.seq(), "postens innehåll har ändrats / the entry was altered");
			}
			expectedSeq = row.seq() + 1;
			previous = row.entryHash();
		}

		private void fail(long seq, String what) {
			brokenAt = seq;
			problem = what;
		}

		ChainCheck result() {
			return new ChainCheck(entries, problem == null, brokenAt, problem, previous);
		}
	}
}
