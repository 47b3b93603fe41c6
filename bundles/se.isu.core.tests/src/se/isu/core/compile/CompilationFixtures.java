package se.isu.core.compile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.model.IsuCase;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** Cases with known people and dates for hand-counted compilations, each fixture in a unit of its own. */
final class CompilationFixtures {

	private CompilationFixtures() {
	}

	/**
	 * A valid personnummer: born on {@code birth}, with a birth number whose last digit is odd for a man and even
	 * for a woman (SKL variable 4 is read from it), made unique by {@code serial} (0–49).
	 */
	static String pnr(LocalDate birth, boolean man, int serial) {
		String nine = birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + String.format("%02d", serial)
				+ (man ? "1" : "2");
		return birth.format(DateTimeFormatter.ofPattern("yyyyMMdd")) + "-" + nine.substring(6)
				+ PersonalIdentityNumber.luhnCheckDigit(nine);
	}

	/** Opens a case in {@code unit} as a case worker of it, applies {@code edit}, saves and returns it. */
	static IsuCase openCase(String unit, String pnr, LocalDate actualised, Consumer<IsuCase> edit) {
		CaseService cases = OsgiServices.get(CaseService.class);
		TestUsers.caseWorker(unit);
		IsuCase c = cases.openCase(new NewCase(pnr, "Test", "Sammanställning", unit, "Sammanställningstest " + unit, actualised));
		edit.accept(c);
		IsuCase saved = cases.saveCase(c);
		TestUsers.logout();
		return saved;
	}
}
