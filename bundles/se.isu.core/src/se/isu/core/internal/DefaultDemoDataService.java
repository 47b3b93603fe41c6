package se.isu.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.isu.core.CaseValidator;
import se.isu.core.DemoDataService;
import se.isu.core.ValidationException;
import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.FollowUp;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.ProcessStep;
import se.isu.model.Staff;
import se.isu.security.AccountService;
import se.isu.model.Unit;
import se.isu.store.AssessmentRepository;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.store.CaseRepository;
import se.isu.store.SettingsRepository;
import se.isu.instrument.api.demo.DemoInterviewer;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.instrument.Assessment;

/**
 * Synthetic cases with plausible distributions per kind of unit (adult substance abuse, youth clinic, violence in
 * close relationships): reasons, problems, interventions, durations, goal attainment, closure and occasions, done and
 * missed. Every generated case passes {@link CaseValidator}; the generator fails loudly if one does not.
 */
@Component(service = DemoDataService.class)
public class DefaultDemoDataService implements DemoDataService {

	/** Enough to fill the case list on first start without slowing it. */
	static final int FIRST_START_CASES = 60;
	private static final int BATCH = 500;

	private static final IsuFactory FACTORY = IsuFactory.eINSTANCE;

	/** One kind of unit: who it meets and what it does. Weights are relative, index 0 = code 1. */
	private record Profile(String code, String name, int minAge, int maxAge, int[] reasons, int[] problems,
			int[] interventions, List<String> instruments) {
	}

	/** The placement follow-up (seed 004): for units that place clients; the MST team's families stay at home. */
	private static final String PLACEMENT = "isu.placeringsuppfoljning";

	/**
	 * Which known instruments each demo unit uses (decision 87): a trailing {@code *} matches a family of forms. An
	 * installed instrument no profile names (a developer's new plugin) is given to every demo unit.
	 */
	private static final List<String> ADULT_INSTRUMENTS = List.of("isu.klientfragor", "asi.*", "dok.*", "speldok.*",
			"boendedok.*", "audit", "dudit", PLACEMENT);
	private static final List<String> YOUTH_INSTRUMENTS = List.of("isu.klientfragor", "ungdok.*", "audit", "dudit", PLACEMENT);
	private static final List<String> VIOLENCE_INSTRUMENTS = List.of("isu.klientfragor", "suv.*", "freda.*", PLACEMENT);
	/** The MST team (seed 000 §2.1.2): families with a youth 12–17, the MST plugin's forms. */
	private static final List<String> MST_INSTRUMENTS = List.of("isu.klientfragor", "mst.*");
	/** The MST team's code: its cases follow MST's course (treatment of about four months, follow-ups at 6 and 12). */
	static final String MST = "MST";

	private static final List<Profile> PROFILES = List.of(
			new Profile("VUX", "Vuxenenheten (demo)", 18, 80,
					new int[] { 0, 2, 1, 2, 1, 12, 3, 60, 6, 10, 8, 0, 0, 2 },
					new int[] { 1, 4, 2, 6, 2, 25, 5, 60, 12, 15, 10, 0, 0, 3 },
					weights(35, Map.of(29, 40, 12, 12, 23, 5, 6, 15, 31, 10, 11, 8, 2, 5, 18, 5)), ADULT_INSTRUMENTS),
			new Profile("UNG", "Ungdomsmottagningen (demo)", 13, 21,
					new int[] { 8, 5, 4, 1, 1, 10, 4, 45, 15, 0, 1, 25, 2, 3 },
					new int[] { 10, 8, 6, 2, 1, 25, 8, 55, 20, 1, 2, 35, 2, 4 },
					weights(35, Map.of(29, 45, 18, 15, 17, 8, 10, 5, 12, 7, 1, 2, 2, 5, 30, 3)), YOUTH_INSTRUMENTS),
			new Profile("VNR", "Våld i nära relationer (demo)", 18, 75,
					new int[] { 2, 70, 15, 1, 1, 6, 1, 3, 2, 2, 4, 0, 0, 3 },
					new int[] { 4, 75, 18, 4, 2, 25, 2, 8, 4, 6, 8, 0, 0, 4 },
					weights(35, Map.of(29, 35, 28, 25, 34, 15, 16, 10, 2, 10, 18, 5)), VIOLENCE_INSTRUMENTS),
			// MST is a structured outpatient programme (intervention 29) for youth with behaviour problems
			new Profile(MST, "MST-teamet (demo)", 12, 17,
					new int[] { 10, 4, 3, 1, 1, 6, 4, 30, 10, 0, 1, 45, 2, 3 },
					new int[] { 12, 6, 4, 2, 1, 20, 6, 40, 15, 1, 2, 50, 2, 4 },
					weights(35, Map.of(29, 1)), MST_INSTRUMENTS));

	/**
	 * How the demo's cases are spread over the profiles, in their order. The MST team gets a share large enough that a
	 * demo of a hundred or two cases gives its PIR (n of at least 10 per figure) something to judge.
	 */
	private static final int[] PROFILE_WEIGHTS = { 40, 26, 20, 14 };

	private static final int[] ORIGIN = { 58, 12, 11, 16, 3 };
	private static final int[] HOUSEHOLD_ADULT = { 38, 14, 3, 14, 14, 4, 8, 3, 2 };
	private static final int[] HOUSEHOLD_YOUNG = { 4, 0, 0, 1, 0, 0, 30, 60, 5 };
	private static final int[] PREVIOUS_CONTACT = { 32, 34, 26, 8 };
	private static final int[] COOPERATION = { 30, 2, 12, 3, 6, 8, 2, 2, 4, 15, 6, 10 };
	private static final int[] SIP = { 22, 18, 60 };
	private static final int[] PARALLEL = { 30, 62, 8 };
	private static final int[] GOAL = { 24, 30, 5, 18, 9, 14 };
	private static final int[] IMPLEMENTATION = { 55, 33, 12 };
	private static final int[] CLOSURE_REASON = { 42, 9, 8, 22, 3, 6, 1, 5, 4 };
	private static final int[] NOT_DONE_REASON = { 30, 38, 10, 8, 6, 3, 5 };

	@Reference
	CaseRepository repository;

	@Reference
	Session session;

	@Reference
	InstrumentRegistry instruments;

	@Reference
	AssessmentRepository assessments;

	@Reference
	SettingsRepository settings;

	/** Plugins that answer their own forms coherently (API 1.2); read when a demo run starts. */
	private final List<DemoInterviewer> interviewers = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addInterviewer(DemoInterviewer interviewer) {
		interviewers.add(interviewer);
	}

	void removeInterviewer(DemoInterviewer interviewer) {
		interviewers.remove(interviewer);
	}

	@Reference
	se.isu.store.ProviderRepository providers;

	/** The demo's providers (issue 17): name, organisation number, kind, external. */
	private static final List<Object[]> DEMO_PROVIDERS = List.of(
			new Object[] { "Norrgårdens HVB (demo)", "556036-0793", se.isu.model.ProviderKind.HVB, true },
			new Object[] { "Solbackens behandlingshem (demo)", null, se.isu.model.ProviderKind.HVB, true },
			new Object[] { "Kommunens stödboende (demo)", null, se.isu.model.ProviderKind.SUPPORTED_HOUSING, false },
			new Object[] { "Familjehemmet Eken (demo)", null, se.isu.model.ProviderKind.FOSTER_HOME, true });
	/** SKL variable 12 codes of placements and the kind of provider that carries them out. */
	private static final Map<Integer, se.isu.model.ProviderKind> PLACEMENT_KINDS = Map.of(1, se.isu.model.ProviderKind.HVB,
			12, se.isu.model.ProviderKind.HVB, 23, se.isu.model.ProviderKind.HVB, 31, se.isu.model.ProviderKind.SUPPORTED_HOUSING,
			10, se.isu.model.ProviderKind.FOSTER_HOME, 16, se.isu.model.ProviderKind.FOSTER_HOME);

	Clock clock = Clock.systemDefaultZone();

	@Override
	public int seedIfEmpty() {
		// Demo mode at start-up, before anyone logs in: the only way in without a user, and only into an empty database.
		return repository.countCases() == 0 ? create(FIRST_START_CASES, 1L, true) : 0;
	}

	@Override
	public int generate(int cases, long seed) {
		session.require(Permission.DEMO_DATA);
		// more demo cases for a benchmark or a test: the units keep whatever instruments they have
		return create(cases, seed, false);
	}

	private int create(int cases, long seed, boolean chooseInstruments) {
		if (cases < 0) {
			throw new IllegalArgumentException("cases must be zero or more, was " + cases);
		}
		SyntheticPeople people = new SyntheticPeople(seed);
		Random random = people.random();
		LocalDate today = LocalDate.now(clock);
		Map<String, Unit> units = new HashMap<>();
		Map<String, List<Staff>> staff = new HashMap<>();
		for (Profile profile : PROFILES) {
			Unit unit = repository.ensureUnit(profile.code(), profile.name());
			units.put(profile.code(), unit);
			if (chooseInstruments) {
				chooseInstruments(profile);
			}
			List<Staff> workers = new ArrayList<>();
			// the demo login "handlaggare" is one of each unit's workers, so "Bara mina ärenden" shows cases for them
			workers.add(repository.ensureStaff(AccountService.DEMO_CASE_WORKER, AccountService.DEMO_CASE_WORKER_NAME, unit));
			for (int i = 2; i <= 4; i++) {
				workers.add(repository.ensureStaff(profile.code().toLowerCase() + "-demo-" + i,
						"Handläggare " + i + " " + profile.code() + " (demo)", unit));
			}
			staff.put(profile.code(), workers);
		}
		List<se.isu.model.Provider> demoProviders = demoProviders();
		// a random of its own, so the rest of the demo data stays what it was before providers existed
		Random providerPicks = new Random(seed ^ 0x5eed);
		CaseValidator validator = new CaseValidator();
		Set<String> used = new HashSet<>();
		CaseNumbers caseNumbers = new CaseNumbers();
		DemoAssessments answers = new DemoAssessments(instruments, random, cases <= DemoAssessments.LONG_FORMS_UP_TO, interviewers);
		List<IsuCase> batch = new ArrayList<>(BATCH);
		List<IsuCase> violence = new ArrayList<>();
		int stored = 0;
		for (int i = 0; i < cases; i++) {
			Profile profile = PROFILES.get(pick(random, PROFILE_WEIGHTS) - 1);
			IsuCase c = newCase(profile, people, random, today, used);
			c.setUnit(units.get(profile.code()));
			List<Staff> workers = staff.get(profile.code());
			c.setResponsibleStaff(workers.get(random.nextInt(workers.size())));
			c.setCaseNumber(caseNumbers.next(profile.code(), c.getActualisationDate().getYear()));
			List<ValidationException.Violation> violations = validator.validate(c, today);
			if (!violations.isEmpty()) {
				throw new IllegalStateException("Demo case breaks a rule (generator bug): " + violations);
			}
			for (Intervention intervention : c.getInterventions()) {
				se.isu.model.ProviderKind kind = PLACEMENT_KINDS.get(intervention.getInterventionType());
				List<se.isu.model.Provider> fitting = demoProviders.stream().filter(p -> p.getKind() == kind).toList();
				if (kind != null && !fitting.isEmpty()) {
					intervention.setProviderId(fitting.get(providerPicks.nextInt(fitting.size())).getId());
				}
			}
			answers.bindForms(c);
			batch.add(c);
			if (profile.code().equals("VNR")) {
				violence.add(c);
			}
			if (batch.size() == BATCH) {
				stored += store(batch, answers);
			}
		}
		if (!batch.isEmpty()) {
			stored += store(batch, answers);
		}
		if (chooseInstruments) {
			protectSome(violence);
		}
		return stored;
	}

	/**
	 * A fresh demo has clients with skyddade personuppgifter in the violence unit (decision 89): one the demo login
	 * "handlaggare" is responsible for (they see the name and a warning) and one of a colleague's (masked, opened with a
	 * reason), so a newcomer sees both sides.
	 */
	private void protectSome(List<IsuCase> violence) {
		java.time.Instant now = clock.instant();
		java.util.function.Predicate<IsuCase> mine = c -> AccountService.DEMO_CASE_WORKER
				.equals(c.getResponsibleStaff().getUserName());
		for (java.util.function.Predicate<IsuCase> which : List.of(mine, mine.negate())) {
			violence.stream().filter(which).findFirst().ifPresent(c -> repository.changeIdentityProtection(
					c.getCaseNumber(), true, c.getResponsibleStaff().getUserName(), now,
					"Skyddad folkbokföring enligt Skatteverket (demo)"));
		}
	}

	/** The demo providers, added to the register when missing (by name). */
	private List<se.isu.model.Provider> demoProviders() {
		List<se.isu.model.Provider> existing = providers.list();
		List<se.isu.model.Provider> demo = new ArrayList<>();
		for (Object[] p : DEMO_PROVIDERS) {
			se.isu.model.Provider found = existing.stream().filter(e -> e.getName().equals(p[0])).findFirst().orElseGet(() -> {
				se.isu.model.Provider made = FACTORY.createProvider();
				made.setName((String) p[0]);
				made.setOrganisationNumber((String) p[1]);
				made.setKind((se.isu.model.ProviderKind) p[2]);
				made.setExternal((Boolean) p[3]);
				made.setActive(true);
				return providers.save(made);
			});
			demo.add(found);
		}
		return demo;
	}

	/**
	 * Gives a demo unit the instruments of its kind, on the demo installation's first start: a unit whose choice is
	 * stored (by the demo or by methods staff) keeps it. The demo stores a rule, not a list (decision 87): the unit's
	 * families are offered, the other demo units' families are not, and any other instrument — one installed later,
	 * a developer's new plugin — is offered to every demo unit.
	 */
	private void chooseInstruments(Profile profile) {
		if (DefaultUnitInstruments.chosen(settings, profile.code()).isPresent()) {
			return;
		}
		Set<String> rule = new LinkedHashSet<>();
		rule.add("*");
		for (Profile other : PROFILES) {
			other.instruments().stream().filter(p -> !profile.instruments().contains(p)).forEach(p -> rule.add("!" + p));
		}
		settings.put(DefaultUnitInstruments.key(profile.code()), String.join(",", rule));
	}

	/** Stores the cases, then assessments at their done occasions (they need the generated ids). */
	private int store(List<IsuCase> batch, DemoAssessments answers) {
		int stored = repository.createCases(batch);
		List<Assessment> forms = new ArrayList<>();
		for (IsuCase c : batch) {
			forms.addAll(answers.forCase(c));
		}
		if (!forms.isEmpty()) {
			assessments.insertAll(forms);
		}
		batch.clear();
		return stored;
	}

	private IsuCase newCase(Profile profile, SyntheticPeople people, Random random, LocalDate today, Set<String> used) {
		boolean male = random.nextInt(100) < (profile.code().equals("VNR") ? 12 : 62);
		SyntheticPeople.Person person;
		do {
			person = people.next(today.minusYears(profile.maxAge()), today.minusYears(profile.minAge()), male);
		} while (!used.add(person.personalIdentityNumber()));
		Client client = FACTORY.createClient();
		client.setPersonalIdentityNumber(person.personalIdentityNumber());
		client.setGivenName(person.givenName());
		client.setFamilyName(person.familyName());
		client.setBirthDate(person.birthDate());
		client.setLegalSex(male ? 2 : 1);

		IsuCase c = FACTORY.createIsuCase();
		c.setClient(client);
		// Aktualiseringar over three years, a little heavier in spring and autumn.
		LocalDate actualised;
		do {
			actualised = today.minusDays(random.nextInt(3 * 365));
		} while (actualised.getMonthValue() == 7 && random.nextInt(100) < 45);
		c.setActualisationDate(actualised);
		c.getActualisationReasons().addAll(picks(random, profile.reasons(), 1 + (random.nextInt(100) < 25 ? 1 : 0)));
		if (profile.code().equals(MST)) {
			mstCourse(c, profile, random, today);
			return c;
		}

		// How far the case has come depends on its age: most old cases are closed.
		long age = today.toEpochDay() - actualised.toEpochDay();
		ProcessStep reached = age < 14 ? ProcessStep.get(1 + random.nextInt(2))
				: age < 45 ? ProcessStep.get(2 + random.nextInt(2))
						: age < 120 ? (random.nextBoolean() ? ProcessStep.GENOMFORA : ProcessStep.FOLJA_UPP)
								: random.nextInt(100) < 78 ? ProcessStep.AVSLUTA
										: (random.nextBoolean() ? ProcessStep.GENOMFORA : ProcessStep.FOLJA_UPP);
		c.setCurrentStep(reached);
		c.setStatus(reached == ProcessStep.AVSLUTA ? CaseStatus.CLOSED : CaseStatus.OPEN);
		if (reached.getValue() >= ProcessStep.UTREDA.getValue()) {
			c.setOrigin(pick(random, ORIGIN));
			c.setHouseholdType(pick(random, profile.minAge() < 18 ? HOUSEHOLD_YOUNG : HOUSEHOLD_ADULT));
			c.setPreviousContact(pick(random, PREVIOUS_CONTACT));
			c.getProblems().addAll(picks(random, profile.problems(), 1 + random.nextInt(3)));
		}
		LocalDate last = actualised;
		if (reached.getValue() >= ProcessStep.BESLUTA.getValue() && age >= 5) {
			LocalDate decided = before(today, actualised.plusDays(5 + random.nextInt(40)));
			c.setDecisionDate(decided);
			last = decided;
		}
		if (reached.getValue() > ProcessStep.BESLUTA.getValue()) {
			if (c.getDecisionDate() == null) {
				c.setDecisionDate(actualised);
			}
			int count = random.nextInt(100) < 80 ? 1 : 2;
			for (int n = 0; n < count; n++) {
				Intervention intervention = FACTORY.createIntervention();
				intervention.setInterventionType(pick(random, profile.interventions()));
				intervention.setDecisionDate(c.getDecisionDate());
				LocalDate start = before(today, c.getDecisionDate().plusDays(random.nextInt(25)));
				intervention.setStartDate(start);
				c.getInterventions().add(intervention);
				last = max(last, start);
			}
		}
		if (reached.getValue() >= ProcessStep.FOLJA_UPP.getValue()) {
			FollowUp followUp = FACTORY.createFollowUp();
			LocalDate date = before(today, last.plusDays(40 + random.nextInt(110)));
			followUp.setDate(date);
			followUp.getCooperation().addAll(picks(random, COOPERATION, 1 + (random.nextInt(100) < 30 ? 1 : 0)));
			if (followUp.getCooperation().contains(11) || followUp.getCooperation().contains(12)) {
				// "No cooperation" excludes the actors.
				followUp.getCooperation().retainAll(List.of(followUp.getCooperation().contains(11) ? 11 : 12));
			}
			followUp.setCoordinatedPlan(pick(random, SIP));
			followUp.setParallelInterventions(pick(random, PARALLEL));
			followUp.setGoalAttainment(pick(random, GOAL));
			c.getFollowUps().add(followUp);
			last = max(last, date);
		}
		if (c.getStatus() == CaseStatus.CLOSED) {
			LocalDate closed = before(today, last.plusDays(10 + random.nextInt(120)));
			c.setClosureDate(closed);
			c.setImplementationVsPlan(pick(random, IMPLEMENTATION));
			c.setClosureReason(pick(random, CLOSURE_REASON));
			for (Intervention intervention : c.getInterventions()) {
				intervention.setEndDate(closed);
			}
		}
		occasions(c, random, today);
		return c;
	}

	/**
	 * An MST family's course (seed 000 §2.1.2): a decision within weeks, treatment starting soon after and lasting
	 * about four months (the PIR's target is a mean of 100–140 days; a few families end early), closed when that time
	 * has passed. Occasions: the family's start rating when treatment starts, a monthly TAM-R visit by the follow-up
	 * person during treatment, the end, and follow-ups 6 and 12 months after the end, of which about a fifth are not
	 * reached (seed 000: "bortfallet … ungefär 20 %").
	 */
	private void mstCourse(IsuCase c, Profile profile, Random random, LocalDate today) {
		LocalDate decided = c.getActualisationDate().plusDays(7 + random.nextInt(21));
		LocalDate start = decided.plusDays(random.nextInt(15));
		int stay = random.nextInt(100) < 12 ? 30 + random.nextInt(60)
				: (int) Math.round(Math.max(80, Math.min(200, 122 + random.nextGaussian() * 22)));
		LocalDate closed = start.plusDays(stay);
		ProcessStep reached = !decided.isBefore(today) ? ProcessStep.UTREDA
				: !start.isBefore(today) ? ProcessStep.BESLUTA
						: !closed.isBefore(today) ? ProcessStep.GENOMFORA : ProcessStep.AVSLUTA;
		c.setCurrentStep(reached);
		c.setStatus(reached == ProcessStep.AVSLUTA ? CaseStatus.CLOSED : CaseStatus.OPEN);
		c.setOrigin(pick(random, ORIGIN));
		c.setHouseholdType(pick(random, HOUSEHOLD_YOUNG));
		c.setPreviousContact(pick(random, PREVIOUS_CONTACT));
		c.getProblems().addAll(picks(random, profile.problems(), 1 + random.nextInt(3)));
		if (reached.getValue() >= ProcessStep.BESLUTA.getValue()) {
			c.setDecisionDate(decided);
		}
		if (reached.getValue() >= ProcessStep.GENOMFORA.getValue()) {
			Intervention mst = FACTORY.createIntervention();
			mst.setInterventionType(29);
			mst.setDecisionDate(decided);
			mst.setStartDate(start);
			c.getInterventions().add(mst);
		}
		if (reached == ProcessStep.AVSLUTA) {
			FollowUp followUp = FACTORY.createFollowUp();
			followUp.setDate(start.plusDays(stay * 2L / 3));
			followUp.getCooperation().addAll(picks(random, COOPERATION, 1));
			followUp.setCoordinatedPlan(pick(random, SIP));
			followUp.setParallelInterventions(pick(random, PARALLEL));
			followUp.setGoalAttainment(pick(random, GOAL));
			c.getFollowUps().add(followUp);
			c.setClosureDate(closed);
			c.setImplementationVsPlan(pick(random, IMPLEMENTATION));
			c.setClosureReason(pick(random, CLOSURE_REASON));
			c.getInterventions().forEach(i -> i.setEndDate(closed));
		}
		Occasion intake = occasion(OccasionKind.INTAKE, reached.getValue() >= ProcessStep.GENOMFORA.getValue() ? start
				: c.getActualisationDate());
		intake.setStatus(OccasionStatus.DONE);
		intake.setDoneDate(before(today, intake.getPlannedDate().plusDays(random.nextInt(5))));
		c.getOccasions().add(intake);
		if (reached.getValue() >= ProcessStep.GENOMFORA.getValue()) {
			LocalDate end = c.getClosureDate() == null ? today : c.getClosureDate();
			for (LocalDate month = start.plusMonths(1); month.isBefore(end.minusDays(7)); month = month.plusMonths(1)) {
				Occasion visit = occasion(OccasionKind.INTERIM, month);
				outcome(visit, random, today, 90);
				c.getOccasions().add(visit);
			}
		}
		if (c.getClosureDate() == null) {
			return;
		}
		Occasion discharge = occasion(OccasionKind.DISCHARGE, c.getClosureDate());
		outcome(discharge, random, today, 92);
		c.getOccasions().add(discharge);
		for (int months : new int[] { 6, 12 }) {
			Occasion followUp = occasion(OccasionKind.FOLLOW_UP, c.getClosureDate().plusMonths(months));
			outcome(followUp, random, today, 80);
			c.getOccasions().add(followUp);
		}
	}

	/** Intake at aktualisering; discharge at closure; a follow-up three months after discharge. */
	private void occasions(IsuCase c, Random random, LocalDate today) {
		Occasion intake = occasion(OccasionKind.INTAKE, c.getActualisationDate());
		intake.setStatus(OccasionStatus.DONE);
		intake.setDoneDate(before(today, c.getActualisationDate().plusDays(random.nextInt(8))));
		c.getOccasions().add(intake);
		if (c.getClosureDate() == null) {
			return;
		}
		Occasion discharge = occasion(OccasionKind.DISCHARGE, c.getClosureDate());
		outcome(discharge, random, today, 82);
		c.getOccasions().add(discharge);
		Occasion followUp = occasion(OccasionKind.FOLLOW_UP, c.getClosureDate().plusMonths(3));
		outcome(followUp, random, today, 48);
		c.getOccasions().add(followUp);
	}

	private static Occasion occasion(OccasionKind kind, LocalDate planned) {
		Occasion o = FACTORY.createOccasion();
		o.setKind(kind);
		o.setPlannedDate(planned);
		o.setStatus(OccasionStatus.PLANNED);
		return o;
	}

	/** Past occasions are done with the given chance, else missed with a reason; future ones stay planned. */
	private void outcome(Occasion o, Random random, LocalDate today, int donePercent) {
		if (o.getPlannedDate().isAfter(today.minusDays(7))) {
			return;
		}
		if (random.nextInt(100) < donePercent) {
			o.setStatus(OccasionStatus.DONE);
			o.setDoneDate(before(today, o.getPlannedDate().plusDays(random.nextInt(14))));
		} else {
			o.setStatus(OccasionStatus.NOT_DONE);
			o.setNotDoneReason(pick(random, NOT_DONE_REASON));
		}
	}

	/** A code drawn by weight (index 0 = code 1). */
	static int pick(Random random, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i + 1;
			}
		}
		throw new IllegalStateException();
	}

	private static List<Integer> picks(Random random, int[] weights, int count) {
		Set<Integer> codes = new LinkedHashSet<>();
		for (int attempt = 0; codes.size() < count && attempt < 20; attempt++) {
			codes.add(pick(random, weights));
		}
		return codes.stream().sorted().toList();
	}

	private static int[] weights(int size, Map<Integer, Integer> byCode) {
		int[] weights = new int[size];
		byCode.forEach((code, weight) -> weights[code - 1] = weight);
		return weights;
	}

	private static LocalDate before(LocalDate limit, LocalDate date) {
		return date.isAfter(limit) ? limit : date;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/** Hands out case numbers per unit and year, continuing after those already stored. */
	private final class CaseNumbers {
		private final Map<String, Integer> next = new HashMap<>();

		String next(String unitCode, int year) {
			String key = unitCode + "-" + year + "-";
			int number = next.computeIfAbsent(key,
					k -> Integer.parseInt(repository.nextCaseNumber(unitCode, year).substring(k.length())));
			next.put(key, number + 1);
			return key + String.format("%05d", number);
		}
	}
}
