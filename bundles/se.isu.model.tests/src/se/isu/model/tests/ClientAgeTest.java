package se.isu.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.isu.model.Client;
import se.isu.model.IsuFactory;
import se.isu.model.IsuPackage;

class ClientAgeTest {

	private final Client client = IsuFactory.eINSTANCE.createClient();

	@Test
	void ageCountsWholeYearsAndChangesOnTheBirthday() {
		client.setBirthDate(LocalDate.of(2008, 3, 15));
		assertEquals(17, client.ageAt(LocalDate.of(2026, 3, 14)));
		assertEquals(18, client.ageAt(LocalDate.of(2026, 3, 15)));
	}

	@Test
	void ageOfLeapDayChildIsCountedOnTheFirstOfMarchInOtherYears() {
		client.setBirthDate(LocalDate.of(2004, 2, 29));
		assertEquals(21, client.ageAt(LocalDate.of(2026, 2, 28)));
		assertEquals(22, client.ageAt(LocalDate.of(2026, 3, 1)));
	}

	@Test
	void ageIsUnknownWithoutBirthDate() {
		assertEquals(-1, client.ageAt(LocalDate.of(2026, 1, 1)));
	}

	@Test
	void localDateRoundTripsThroughTheEmfFactory() {
		LocalDate date = LocalDate.of(1999, 12, 31);
		String text = IsuFactory.eINSTANCE.convertToString(IsuPackage.Literals.LOCAL_DATE, date);
		assertEquals("1999-12-31", text);
		assertEquals(date, IsuFactory.eINSTANCE.createFromString(IsuPackage.Literals.LOCAL_DATE, text));
	}
}
