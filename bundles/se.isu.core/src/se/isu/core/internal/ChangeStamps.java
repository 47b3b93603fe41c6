package se.isu.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import se.isu.store.AccountRepository;

/** How "changed by NAME at TIME" names the person and the time of the save that came first. */
final class ChangeStamps {

	private ChangeStamps() {
	}

	/** The account's display name with its user name, or the user name alone when the account is gone. */
	static String name(AccountRepository accounts, String userName) {
		return accounts == null ? userName
				: accounts.find(userName).map(a -> a.displayName() + " (" + userName + ")").orElse(userName);
	}

	/** 14:05 today, else 2026-12-01 14:05. */
	static String time(LocalDateTime at, Clock clock) {
		return at.toLocalDate().equals(LocalDate.now(clock)) ? at.format(DateTimeFormatter.ofPattern("HH:mm"))
				: at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}
}
