package se.isu.core.internal;

import java.time.LocalDate;
import java.util.Random;

import se.isu.core.DemoDataService;
import se.isu.core.PersonalIdentityNumber;

/** Invents people that cannot be mistaken for real ones: serial numbers 980–999 and a "(demo)" family name. */
final class SyntheticPeople {

	private static final String[] WOMEN = { "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kristina",
			"Elin", "Ida", "Hanna", "Linnea", "Fatima", "Amina", "Sofia", "Aisha" };
	private static final String[] MEN = { "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Oskar",
			"Ali", "Mohammed", "Jonas", "Emil", "Hugo", "Liam", "Ahmed", "Nils" };
	private static final String[] FAMILY = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
			"Olsson", "Persson", "Svensson", "Gustafsson", "Hassan", "Ali", "Lindberg", "Berg", "Holm", "Ek" };

	record Person(String personalIdentityNumber, String givenName, String familyName, LocalDate birthDate) {
	}

	private final Random random;

	SyntheticPeople(long seed) {
		this.random = new Random(seed);
	}

	/** A person born between {@code from} and {@code to}; odd ninth digit for men, even for women. */
	Person next(LocalDate from, LocalDate to, boolean male) {
		long days = to.toEpochDay() - from.toEpochDay();
		LocalDate birth = LocalDate.ofEpochDay(from.toEpochDay() + (long) (random.nextDouble() * days));
		int tens = 8 + random.nextInt(2); // serial 98x or 99x: the synthetic mark
		int sexDigit = random.nextInt(5) * 2 + (male ? 1 : 0);
		String pnr = PersonalIdentityNumber.compose(birth, 90 + tens, sexDigit);
		String given = male ? MEN[random.nextInt(MEN.length)] : WOMEN[random.nextInt(WOMEN.length)];
		String family = FAMILY[random.nextInt(FAMILY.length)] + " " + DemoDataService.DEMO_MARK;
		return new Person(pnr, given, family, birth);
	}

	/** True for numbers this class makes: serial 980–999. */
	static boolean isSynthetic(String personalIdentityNumber) {
		return personalIdentityNumber != null && personalIdentityNumber.matches("\\d{8}-9[89]\\d{2}");
	}

	Random random() {
		return random;
	}
}
