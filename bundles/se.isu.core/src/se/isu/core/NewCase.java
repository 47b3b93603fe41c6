package se.isu.core;

import java.time.LocalDate;

/** What it takes to open a case: who, where and when it was aktualiserat (SKL variables 1 and 3). */
public record NewCase(String personalIdentityNumber, String givenName, String familyName, String unitCode,
		String unitName, LocalDate actualisationDate) {
}
