package se.isu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.isu.core.Messages;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.ValidationException;

/** The corpus uses numbers published as examples by Skatteverket and others, not numbers made by the code under test. */
class PersonalIdentityNumberTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@ParameterizedTest(name = "{0} is valid")
	@CsvSource({
			// number, birth date, coordination number, male
			"19811218-9876, 1981-12-18, false, true",
			"198112189876, 1981-12-18, false, true",
			"19121212-1212, 1912-12-12, false, true",
			"20121212-1212, 2012-12-12, false, true",
			"19701063-2391, 1970-10-03, true, true",
			"20000229-1235, 2000-02-29, false, true" })
	void validNumbersAreAccepted(String input, LocalDate birth, boolean coordination, boolean male) {
		PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(input, TODAY);
		assertEquals(birth, pnr.birthDate());
		assertEquals(coordination, pnr.coordinationNumber());
		assertEquals(male, pnr.male());
		assertTrue(pnr.value().matches("\\d{8}-\\d{4}"), "normalised with hyphen: " + pnr.value());
	}

	@Test
	void evenNinthDigitMeansWoman() {
		// 19900630-4563: serial 456, ninth digit 6 (even); check digit 3 by Luhn over 900630456.
		assertFalse(PersonalIdentityNumber.parse("19900630-4563", TODAY).male());
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource({
			"19811218-9875, checksum",
			"811218-9876, format",
			"1981-12-18-9876, format",
			"19811218-98761, format",
			"'', format",
			"19810229-1234, date",
			"19811318-9876, date",
			"19811200-9876, date",
			"19701092-2391, coordinationDate",
			"17991231-1234, century",
			"20301218-9876, future" })
	void invalidNumbersAreRefusedNamingFieldAndRule(String input, String rule) {
		ValidationException e = assertThrows(ValidationException.class, () -> PersonalIdentityNumber.parse(input, TODAY));
		assertEquals(1, e.violations().size());
		assertEquals(PersonalIdentityNumber.FIELD, e.violations().get(0).field());
		String expected = switch (rule) {
		case "checksum" -> Messages.pnrChecksum;
		case "format" -> Messages.pnrFormat;
		case "date" -> Messages.pnrDate;
		case "coordinationDate" -> Messages.pnrCoordinationDate;
		case "century" -> Messages.pnrCentury;
		case "future" -> Messages.pnrFuture;
		default -> throw new IllegalArgumentException(rule);
		};
		assertEquals(expected, e.violations().get(0).message());
	}

	@Test
	void luhnCheckDigitMatchesSkatteverketsExample() {
		assertEquals(6, PersonalIdentityNumber.luhnCheckDigit("811218987"));
	}

	@Test
	void composeWritesSkatteverketsExampleAndRefusesWhatIsNoSerialOrSexDigit() {
		assertEquals("19811218-9876", PersonalIdentityNumber.compose(java.time.LocalDate.of(1981, 12, 18), 98, 7));
		assertEquals("20080303-0113", PersonalIdentityNumber.compose(java.time.LocalDate.of(2008, 3, 3), 1, 1),
				"serial 01, a man's ninth digit, the check digit of 080303011");
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> PersonalIdentityNumber.compose(java.time.LocalDate.of(2008, 3, 3), 100, 1));
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> PersonalIdentityNumber.compose(java.time.LocalDate.of(2008, 3, 3), 1, 10));
	}
}
