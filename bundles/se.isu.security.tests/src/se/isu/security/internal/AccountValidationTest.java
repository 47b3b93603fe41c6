package se.isu.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.isu.security.AccountException;
import se.isu.security.AccountService;
import se.isu.security.NewAccount;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Issue 12: what an administrator types for an account is checked in the service, naming the field and the rule. */
class AccountValidationTest {

	private final AccountService accounts = OsgiServices.get(AccountService.class);

	@BeforeEach
	void asAdministrator() {
		TestUsers.as(Role.SYSTEM_ADMIN);
		accounts.addUnit("VUX", "Vuxenenheten");
	}

	@AfterEach
	void logOut() {
		TestUsers.logout();
	}

	private AccountException refused(NewAccount account) {
		AccountException e = assertThrows(AccountException.class, () -> accounts.createAccount(account));
		assertTrue(accounts.accounts().stream().noneMatch(u -> u.userName().equals(account.userName())), "nothing stored");
		return e;
	}

	private static String unique(String prefix) {
		return prefix + System.nanoTime() % 1_000_000;
	}

	@Test
	void aUnitThatDoesNotExistIsRefusedNamingIt() {
		AccountException e = refused(new NewAccount(unique("no.unit"), "Ny Person", Role.CASE_WORKER, Set.of("VUX", "XYZ"),
				"långt-lösenord"));
		assertEquals("units", e.field());
		assertTrue(e.getMessage().contains("XYZ") && !e.getMessage().contains("VUX"), e.getMessage());
	}

	@Test
	void aTenThousandCharacterNameIsRefusedWithItsMaximumNotASqlError() {
		AccountException e = refused(new NewAccount(unique("long.name"), "N".repeat(10_000), Role.ANALYST, Set.of(),
				"långt-lösenord"));
		assertEquals("displayName", e.field());
		assertTrue(e.getMessage().contains("200") && e.getMessage().contains("10000"), e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "adm\u202Enimda", "a\u200Bdmin", "tab\tname", "line\nbreak", "bidi\u2066isolate" })
	void controlAndFormatCharactersAreRefusedInDisplayNames(String displayName) {
		AccountException e = refused(new NewAccount(unique("hidden"), displayName, Role.ANALYST, Set.of(), "långt-lösenord"));
		assertEquals("displayName", e.field());
	}

	@ParameterizedTest
	@ValueSource(strings = { "adm\u202Enimda", "Admin", "a", "name with space", "namn.åäö", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
	void userNamesAreAnAllowlist(String userName) {
		AccountException e = refused(new NewAccount(userName, "Ny Person", Role.ANALYST, Set.of(), "långt-lösenord"));
		assertEquals("userName", e.field());
	}

	@Test
	void ordinaryNamesWithAccentsAndHyphensAreAccepted() {
		String name = unique("anna-lena.ostrom_");
		accounts.createAccount(new NewAccount(name, "Anna-Lena Öström d'Été", Role.CASE_WORKER, Set.of("VUX"), "långt-lösenord"));
		assertTrue(accounts.accounts().stream().anyMatch(u -> u.userName().equals(name)));
	}

	@Test
	void unitCodesAndNamesAreCheckedWhenAUnitIsAdded() {
		assertEquals("code", assertThrows(AccountException.class, () -> accounts.addUnit("x y", "Namn")).field());
		assertEquals("name", assertThrows(AccountException.class, () -> accounts.addUnit("OKKOD", "ab\u202Ecd")).field());
		accounts.addUnit("NYENHET", "Ny enhet");
		assertEquals("Ny enhet", accounts.units().get("NYENHET"));
	}
}
