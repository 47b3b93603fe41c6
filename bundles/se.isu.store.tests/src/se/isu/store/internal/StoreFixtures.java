package se.isu.store.internal;

import java.time.LocalDate;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;

/** Cases stored through the real repository, for the data-protection tests. */
final class StoreFixtures {

	private StoreFixtures() {
	}

	static JpaCaseRepository cases(Database database) {
		JpaCaseRepository cases = new JpaCaseRepository();
		cases.database = database;
		return cases;
	}

	static IsuCase storeCase(Database database, String pnr, String givenName, String familyName) {
		return store(database, pnr, givenName, familyName, LocalDate.of(2026, 1, 5), null, null);
	}

	/**
	 * A case of unit VUX; closed on {@code closed} when given, with one discharge occasion done on
	 * {@code occasionDone} when given.
	 */
	static IsuCase store(Database database, String pnr, String givenName, String familyName, LocalDate actualised,
			LocalDate closed, LocalDate occasionDone) {
		JpaCaseRepository cases = cases(database);
		Unit unit = cases.ensureUnit("VUX", "Vuxenenheten");
		Client client = cases.findClient(pnr).orElseGet(() -> {
			Client created = IsuFactory.eINSTANCE.createClient();
			created.setPersonalIdentityNumber(pnr);
			created.setGivenName(givenName);
			created.setFamilyName(familyName);
			return created;
		});
		IsuCase c = IsuFactory.eINSTANCE.createIsuCase();
		c.setClient(client);
		c.setUnit(unit);
		c.setStatus(closed == null ? CaseStatus.OPEN : CaseStatus.CLOSED);
		c.setCurrentStep(closed == null ? ProcessStep.AKTUALISERA : ProcessStep.AVSLUTA);
		c.setActualisationDate(actualised);
		c.setClosureDate(closed);
		c.setCaseNumber(cases.nextCaseNumber("VUX", actualised.getYear()));
		if (occasionDone != null) {
			Occasion o = IsuFactory.eINSTANCE.createOccasion();
			o.setKind(OccasionKind.DISCHARGE);
			o.setPlannedDate(occasionDone);
			o.setDoneDate(occasionDone);
			o.setStatus(OccasionStatus.DONE);
			c.getOccasions().add(o);
		}
		return cases.createCase(c);
	}
}
