package se.isu.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer in the 12-digit form ÅÅÅÅMMDD-NNNN (SKL variable 3).
 *
 * <p>Rules (Skatteverket): the date part is a real date, for a samordningsnummer with 60 added to the day;
 * the last digit is the Luhn check digit over the ten digits ÅÅMMDDNNN; the four-digit year states the century;
 * the ninth digit (third of NNNN) is odd for men and even for women (legal sex, SKL variable 4).
 */
public record PersonalIdentityNumber(String value, LocalDate birthDate, boolean coordinationNumber, boolean male) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-?(\\d{3})(\\d)");

	/**
	 * Parses and checks a number; accepts it with or without the hyphen and returns it normalised with one.
	 *
	 * @param today numbers with a birth date after this day are refused
	 * @throws ValidationException naming field {@code personnummer} and the rule broken
	 */
	public static PersonalIdentityNumber parse(String input, LocalDate today) {
		String text = input == null ? "" : input.strip();
		Matcher m = FORMAT.matcher(text);
		if (!m.matches()) {
			throw invalid(Messages.pnrFormat);
		}
		int year = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		int day = Integer.parseInt(m.group(3));
		boolean coordination = day > 60;
		if (year < 1850) {
			throw invalid(Messages.pnrCentury);
		}
		LocalDate birthDate;
		try {
			birthDate = LocalDate.of(year, month, coordination ? day - 60 : day);
		} catch (DateTimeException e) {
			throw invalid(coordination ? Messages.pnrCoordinationDate : Messages.pnrDate);
		}
		if (birthDate.isAfter(today)) {
			throw invalid(Messages.pnrFuture);
		}
		String tenDigits = text.replace("-", "").substring(2);
		if (luhnCheckDigit(tenDigits.substring(0, 9)) != tenDigits.charAt(9) - '0') {
			throw invalid(Messages.pnrChecksum);
		}
		String normalised = m.group(1) + m.group(2) + m.group(3) + "-" + m.group(4) + m.group(5);
		boolean male = (m.group(4).charAt(2) - '0') % 2 == 1;
		return new PersonalIdentityNumber(normalised, birthDate, coordination, male);
	}

	/**
	 * The personnummer ÅÅÅÅMMDD-NNSK of a birth date, a two-digit serial NN and the ninth digit S (odd for a man, even
	 * for a woman), with its check digit K: how demo data and test fixtures make valid numbers of their own.
	 */
	public static String compose(LocalDate born, int serial, int sexDigit) {
		if (serial < 0 || serial > 99 || sexDigit < 0 || sexDigit > 9) {
			throw new IllegalArgumentException("serial 0-99 and sex digit 0-9, were " + serial + " and " + sexDigit);
		}
		String nine = String.format("%02d%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
				serial, sexDigit);
		return String.format("%04d%02d%02d-%02d%d%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(), serial,
				sexDigit, luhnCheckDigit(nine));
	}

	/** The Luhn check digit for nine digits, weights 2,1,2,1,… from the left. */
	public static int luhnCheckDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < nineDigits.length(); i++) {
			int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += product > 9 ? product - 9 : product;
		}
		return (10 - sum % 10) % 10;
	}

	private static ValidationException invalid(String rule) {
		return new ValidationException(FIELD, rule);
	}

	/** Field id used in validation messages. */
	public static final String FIELD = "personnummer";
}
