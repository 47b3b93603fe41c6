package se.isu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.isu.core.DateText;

/** Dates as typed: a day that is not in the calendar is told so, a text of another shape is told the shape. */
class DateTextTest {

	@Test
	void aWellFormedDayIsParsedAndEmptyMeansNone() {
		assertEquals(LocalDate.of(2024, 2, 29), DateText.parse(" 2024-02-29 ", "Beslut"));
		assertNull(DateText.parse("  ", "Beslut"));
	}

	@Test
	void aDayThatDoesNotExistIsNamedAsSuch() {
		assertEquals("Beslut: 2025-02-30 finns inte i kalendern.",
				assertThrows(IllegalArgumentException.class, () -> DateText.parse("2025-02-30", "Beslut")).getMessage());
		assertEquals("Beslut: 2025-13-01 finns inte i kalendern.",
				assertThrows(IllegalArgumentException.class, () -> DateText.parse("2025-13-01", "Beslut")).getMessage());
	}

	@Test
	void anotherShapeIsToldTheShape() {
		assertEquals("Beslut: ”30/2 2025” är inget datum; skriv ÅÅÅÅ-MM-DD.",
				assertThrows(IllegalArgumentException.class, () -> DateText.parse("30/2 2025", "Beslut")).getMessage());
	}
}
