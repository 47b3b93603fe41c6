package se.isu.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.ValidationException;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Provider;
import se.isu.model.ProviderKind;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.query.Measure.Subject;
import se.isu.security.AccessAction;
import se.isu.security.AccessDeniedException;
import se.isu.security.AccessLog;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/** The provider register: its rules, who may keep it, the log, and interventions compiled by provider. */
class ProviderServiceTest {

	private final ProviderService providers = OsgiServices.get(ProviderService.class);
	/** Names are unique in the register: a second run in the same test database gets names of its own. */
	private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	private static Provider provider(String name, String organisationNumber, ProviderKind kind) {
		Provider p = IsuFactory.eINSTANCE.createProvider();
		p.setName(name);
		p.setOrganisationNumber(organisationNumber);
		p.setKind(kind);
		p.setExternal(true);
		p.setActive(true);
		return p;
	}

	@Test
	void anOrganisationNumberIsStoredInOneShapeAndAWrongCheckDigitIsRefusedNamingFieldAndDigit() {
		// the check digit by hand: weights 2,1,2,… on 556036079, digit sums 1+5+3+0+6+6+0+7+9 = 37, so 10 - 7 = 3
		assertEquals("556036-0793", OrganisationNumber.normalise("5560360793"));
		assertEquals("556036-0793", OrganisationNumber.normalise(" 556036-0793 "));
		ValidationException wrong = assertThrows(ValidationException.class, () -> OrganisationNumber.normalise("556036-0794"));
		assertEquals("organisationNumber", wrong.violations().get(0).field());
		assertTrue(wrong.violations().get(0).message().contains("kontrollsiffran"), wrong.getMessage());
		assertTrue(wrong.violations().get(0).message().contains("3"), "names the digit it would be: " + wrong.getMessage());
		ValidationException shape = assertThrows(ValidationException.class, () -> OrganisationNumber.normalise("55603-0793"));
		assertTrue(shape.getMessage().contains("NNNNNN-NNNN"), shape.getMessage());
		// a personnummer (third digit 0 or 1: a month) is not an organisation number
		ValidationException person = assertThrows(ValidationException.class, () -> OrganisationNumber.normalise("701231-1239"));
		assertTrue(person.getMessage().contains("tredje siffran"), person.getMessage());
	}

	@Test
	void methodsStaffKeepTheRegisterCaseWorkersReadItAndEveryChangeIsLogged() {
		TestUsers.as(Role.CASE_WORKER, "PRV");
		assertThrows(AccessDeniedException.class, () -> providers.save(provider("Nekad HVB", null, ProviderKind.HVB)));
		TestUsers.as(Role.METHODS_STAFF, "PRV");
		Provider saved = providers.save(provider("  Solgläntans HVB " + run + "  ", "5560360793", ProviderKind.HVB));
		assertTrue(saved.getId() > 0);
		assertEquals("Solgläntans HVB " + run, saved.getName());
		assertEquals("556036-0793", saved.getOrganisationNumber());
		ValidationException twice = assertThrows(ValidationException.class,
				() -> providers.save(provider("solgläntans hvb " + run, null, ProviderKind.HVB)));
		assertEquals("name", twice.violations().get(0).field());
		ValidationException broken = assertThrows(ValidationException.class,
				() -> providers.save(provider("", "556036-0794", ProviderKind.OTHER)));
		assertEquals(List.of("name", "organisationNumber"),
				broken.violations().stream().map(ValidationException.Violation::field).toList());

		saved.setActive(false);
		providers.save(saved);
		TestUsers.as(Role.CASE_WORKER, "PRV");
		assertTrue(providers.list().stream().anyMatch(p -> p.getId() == saved.getId() && !p.isActive()));
		assertTrue(providers.active().stream().noneMatch(p -> p.getId() == saved.getId()));

		TestUsers.as(Role.UNIT_MANAGER, "PRV");
		long logged = OsgiServices.get(AccessLog.class).entries(java.time.LocalDateTime.now().minusHours(1),
				java.time.LocalDateTime.now().plusMinutes(1), null, null, 1000).stream()
				.filter(e -> AccessAction.PROVIDER_CHANGE.name().equals(e.action()) && e.detail().contains("Solgläntans HVB " + run)).count();
		assertEquals(2, logged, "added, then made inactive");
	}

	@Test
	void interventionsKeepTheirProviderAndAreCountedPerProvider() {
		TestUsers.as(Role.METHODS_STAFF, "PRV");
		Provider north = providers.save(provider("Norrgården " + run, "556036-0793", ProviderKind.HVB));
		Provider foster = providers.save(provider("Familjehemmet Ek " + run, null, ProviderKind.FOSTER_HOME));
		CaseService cases = OsgiServices.get(CaseService.class);
		// 6 placements at Norrgården; 5 cases placed in the foster home, after a first placement with no provider recorded
		for (int i = 0; i < 11; i++) {
			TestUsers.caseWorker("PRV");
			IsuCase c = cases.openCase(new NewCase(pnr(i), "Test", "Utförare", "PRV", "Utförartest", LocalDate.of(2025, 3, 1)));
			c.getInterventions().add(intervention(12, i < 6 ? north.getId() : null));
			if (i >= 6) {
				c.getInterventions().add(intervention(10, foster.getId()));
			}
			IsuCase stored = cases.saveCase(c);
			assertEquals(i < 6 ? north.getId() : null, cases.findCase(stored.getCaseNumber()).orElseThrow()
					.getInterventions().get(0).getProviderId(), "the provider survives a save and a read");
		}
		TestUsers.as(Role.ANALYST);
		CompiledTable table = OsgiServices.get(CompilationService.class).compile(new CompilationQuery(
				Measure.count(Subject.INTERVENTIONS), List.of(Dimension.provider()), List.of())
				// this run's providers: a test database used before holds other runs' rows, small ones among them
				.withFilter(Dimension.unit(), "PRV").withFilter(Dimension.provider(), north.getName(), foster.getName()));
		assertEquals("6", count(table, "Norrgården " + run));
		assertEquals("5", count(table, "Familjehemmet Ek " + run));
		CompiledTable filtered = OsgiServices.get(CompilationService.class).compile(new CompilationQuery(
				Measure.count(Subject.INTERVENTIONS), List.of(), List.of()).withFilter(Dimension.unit(), "PRV")
				.withFilter(Dimension.provider(), "Norrgården " + run));
		assertEquals("6", filtered.total().text());
	}

	/** The count in the row with this label of a table without columns. */
	private static String count(CompiledTable table, String label) {
		for (int r = 0; r < table.rows().size(); r++) {
			if (table.rows().get(r).label().equals(label)) {
				return table.cell(r, 0).text();
			}
		}
		throw new AssertionError("no row " + label + " in " + table.rows());
	}

	private static se.isu.model.Intervention intervention(int type, Long providerId) {
		se.isu.model.Intervention i = IsuFactory.eINSTANCE.createIntervention();
		i.setInterventionType(type);
		i.setStartDate(LocalDate.of(2025, 3, 10));
		i.setProviderId(providerId);
		return i;
	}

	private static String pnr(int serial) {
		LocalDate birth = LocalDate.of(1990, 4, 4);
		String nine = birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + String.format("%02d", serial) + "1";
		return birth.format(DateTimeFormatter.ofPattern("yyyyMMdd")) + "-" + nine.substring(6)
				+ PersonalIdentityNumber.luhnCheckDigit(nine);
	}
}
