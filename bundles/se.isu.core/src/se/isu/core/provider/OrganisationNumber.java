package se.isu.core.provider;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import se.isu.core.Messages;
import se.isu.core.PersonalIdentityNumber;

/**
 * A Swedish organisation number: ten digits NNNNNN-NNNN, the last the Luhn check digit over the first nine (as in a
 * personnummer), the third digit at least 2 so it cannot be read as a birth month. Stored as NNNNNN-NNNN.
 */
public final class OrganisationNumber {

	/** The field a refusal names. */
	public static final String FIELD = "organisationNumber";

	private static final Pattern FORMAT = Pattern.compile("(\\d{6})-?(\\d{4})");

	private OrganisationNumber() {
	}

	/** The number in its stored shape, or the rule it breaks (Swedish, for the person). */
	public static String normalise(String input) {
		String text = input == null ? "" : input.strip().replace(" ", "");
		Matcher m = FORMAT.matcher(text);
		if (!m.matches()) {
			throw new se.isu.core.ValidationException(FIELD, NLS.bind(Messages.orgNumberFormat, text));
		}
		String digits = m.group(1) + m.group(2);
		if (digits.charAt(2) < '2') {
			throw new se.isu.core.ValidationException(FIELD, NLS.bind(Messages.orgNumberThirdDigit, text));
		}
		int expected = PersonalIdentityNumber.luhnCheckDigit(digits.substring(0, 9));
		if (expected != digits.charAt(9) - '0') {
			throw new se.isu.core.ValidationException(FIELD, NLS.bind(Messages.orgNumberCheckDigit, text, expected));
		}
		return digits.substring(0, 6) + "-" + digits.substring(6);
	}

	/** Empty when the text is blank (a foster home has no organisation number). */
	public static Optional<String> optional(String input) {
		return input == null || input.isBlank() ? Optional.empty() : Optional.of(normalise(input));
	}
}
