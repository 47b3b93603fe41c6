package se.isu.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.isu.core.internal.DefaultUnitInstruments.StoredChoice;

/** How a unit's stored choice reads (decision 87): ids from methods staff, a family rule from the demo. */
class StoredChoiceTest {

	@Test
	void theDemoRuleOffersEverythingButTheOtherUnitsFamiliesAlsoWhatIsInstalledLater() {
		StoredChoice adult = StoredChoice.parse("*, !ungdok.*,!suv.*,!freda.*");

		assertTrue(adult.offers("asi.grund"));
		assertTrue(adult.offers("audit"));
		assertTrue(adult.offers("placement.uppfoljning"), "an instrument no demo unit names goes to every unit");
		assertFalse(adult.offers("ungdok.inskrivning"));
		assertFalse(adult.offers("suv.utsatt"));
		assertTrue(adult.offers("suvx"), "a family is its prefix with the dot, not any id that starts alike");
		assertEquals(Set.of(), adult.ids(), "a rule holds no chosen ids");
	}

	@Test
	void idsChosenByMethodsStaffOfferExactlyThose() {
		StoredChoice chosen = StoredChoice.parse("asi.grund,isu.klientfragor,");

		assertTrue(chosen.offers("asi.grund"));
		assertFalse(chosen.offers("asi.uppfoljning"));
		assertFalse(chosen.offers("asi"));
		assertEquals(Set.of("asi.grund", "isu.klientfragor"), chosen.ids());
		assertFalse(StoredChoice.parse("").offers("asi.grund"), "an empty choice offers nothing");
	}
}
