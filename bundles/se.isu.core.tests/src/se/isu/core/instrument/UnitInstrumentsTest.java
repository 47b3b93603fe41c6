package se.isu.core.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import se.isu.core.ValidationException;
import se.isu.instrument.api.InstrumentContribution;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.security.AccessDeniedException;
import se.isu.security.Role;
import se.isu.store.AccessLogRepository;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** A unit is offered the instruments it chose (decision 87), and only methods staff choose them. */
class UnitInstrumentsTest {

	private static final String UNIT = "UIV";
	private static final String OTHER_UNIT = "UIW";

	private final UnitInstruments units = OsgiServices.get(UnitInstruments.class);
	private final InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);
	private ServiceRegistration<?> first;
	private ServiceRegistration<?> second;

	@BeforeEach
	void install() {
		first = install("uiv.a", "Enhetsval A");
		second = install("uiv.b", "Enhetsval B");
		TestUsers.as(Role.METHODS_STAFF);
	}

	private static ServiceRegistration<?> install(String id, String name) {
		InstrumentDefinition d = TestDefinitions.everyType();
		d.setId(id);
		d.setName(name);
		InstrumentContribution contribution = () -> TestDefinitions.urls(d);
		return OsgiServices.context().registerService(InstrumentContribution.class, contribution, null);
	}

	@AfterEach
	void uninstall() {
		units.offerAll(UNIT);
		first.unregister();
		if (second != null) {
			second.unregister();
		}
		TestUsers.logout();
	}

	private List<String> offered(String unit) {
		return registry.available(unit).stream().map(InstrumentDefinition::getId).filter(id -> id.startsWith("uiv.")).toList();
	}

	/** The UNIT_INSTRUMENTS entries of a user since yesterday, newest first (as the log lists them). */
	private static List<String> logged(String userName) {
		return OsgiServices.get(AccessLogRepository.class)
				.find(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusMinutes(1), userName, null, 100_000).stream()
				.filter(r -> r.action().equals("UNIT_INSTRUMENTS")).map(AccessLogRepository.LogRow::detail).toList();
	}

	@Test
	void aUnitThatNeverChoseIsOfferedEveryInstalledInstrument() {
		assertFalse(units.hasChosen(UNIT));
		assertEquals(List.of("uiv.a", "uiv.b"), offered(UNIT));
		assertTrue(units.choices(UNIT).stream().filter(c -> c.instrumentId().startsWith("uiv.")).allMatch(UnitInstruments.Choice::used));
	}

	@Test
	void aUnitIsOfferedOnlyWhatItChoseAndOtherUnitsAreNotAffected() {
		units.choose(UNIT, Set.of("uiv.a"));

		assertTrue(units.hasChosen(UNIT));
		assertEquals(List.of("uiv.a"), offered(UNIT));
		assertEquals(List.of("uiv.a", "uiv.b"), offered(OTHER_UNIT));
		assertEquals(List.of("uiv.a true", "uiv.b false"), units.choices(UNIT).stream()
				.filter(c -> c.instrumentId().startsWith("uiv.")).map(c -> c.instrumentId() + " " + c.used()).toList());
		// what was answered stays findable: choosing is about what is offered, not about stored assessments
		assertTrue(registry.find("uiv.b", "1").isPresent());
	}

	@Test
	void aChosenInstrumentThatIsRemovedAndReinstalledIsOfferedAgain() {
		units.choose(UNIT, Set.of("uiv.a", "uiv.b"));
		second.unregister();
		second = null;
		// methods staff change the choice while uiv.b is not installed: it must stay chosen
		units.choose(UNIT, Set.of("uiv.a"));
		assertEquals(List.of("uiv.a"), offered(UNIT));

		second = install("uiv.b", "Enhetsval B");

		assertEquals(List.of("uiv.a", "uiv.b"), offered(UNIT));
	}

	@Test
	void choosingAnInstrumentThatIsNotInstalledIsRefusedNamingItAndChangesNothing() {
		ValidationException refused = assertThrows(ValidationException.class,
				() -> units.choose(UNIT, Set.of("uiv.a", "uiv.saknas")));

		assertEquals("uiv.saknas", refused.violations().get(0).field());
		assertTrue(refused.violations().get(0).message().contains("uiv.saknas"), refused.getMessage());
		assertFalse(units.hasChosen(UNIT));
		assertEquals(List.of("uiv.a", "uiv.b"), offered(UNIT));
	}

	@Test
	void onlyMethodsStaffChooseAndEveryChoiceIsLogged() {
		String methods = TestUsers.as(Role.METHODS_STAFF).userName();
		List<String> before = logged(methods);
		units.choose(UNIT, Set.of("uiv.b"));
		units.offerAll(UNIT);

		List<String> after = logged(methods);
		assertEquals(List.of("enhet / unit UIV: alla installerade / all installed", "enhet / unit UIV: uiv.b"),
				after.subList(0, after.size() - before.size()));

		TestUsers.caseWorker(UNIT);
		assertThrows(AccessDeniedException.class, () -> units.choose(UNIT, Set.of("uiv.a")));
		assertThrows(AccessDeniedException.class, () -> units.offerAll(UNIT));
		assertFalse(units.hasChosen(UNIT));
		TestUsers.as(Role.METHODS_STAFF);
	}
}
