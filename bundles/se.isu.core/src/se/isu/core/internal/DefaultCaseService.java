package se.isu.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.CaseChangedException;
import se.isu.core.CaseService;
import se.isu.core.CaseValidator;
import se.isu.core.Messages;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.ProcessStep;
import se.isu.model.Staff;
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;
import se.isu.security.AccessAction;
import se.isu.security.AccessDeniedException;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AccountRepository;
import se.isu.store.CaseRepository;
import se.isu.store.StaleDataException;

@Component(service = CaseService.class)
public class DefaultCaseService implements CaseService {

	/** Codes of SKL variable 4 (value set skl.juridisktKon). */
	static final int LEGAL_SEX_FEMALE = 1;
	static final int LEGAL_SEX_MALE = 2;

	@Reference
	CaseRepository repository;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	@Reference
	AccountRepository accounts;

	@Reference
	IdentityGuard identities;

	/** The role that holds the case-writing permission, as the account store spells it. */
	private static final String CASE_WORKER_ROLE = se.isu.security.Role.CASE_WORKER.name();

	Clock clock = Clock.systemDefaultZone();

	@Override
	public List<IsuCase> findCases(CaseFilter filter) {
		User user = session.require(Permission.CASE_READ);
		List<IsuCase> found = repository.findCases(filter.within(user.units())).stream()
				.filter(c -> IdentityGuard.reveals(user, c) || matchesCaseNumber(c, filter.text()))
				.map(c -> IdentityGuard.forViewer(user, c)).toList();
		// The search text may be a personnummer or a name: the log says that there was one, never what it was.
		log.record(user, AccessAction.CASE_LIST, null, (filter.text() == null ? "" : "fritext, ")
				+ (filter.unitCode() == null ? "" : "verksamhet " + filter.unitCode() + ", ")
				+ (filter.status() == null ? "" : filter.status() + ", ") + found.size() + " ärenden");
		return found;
	}

	/**
	 * A protected client is found by a free-text search only through the case number, unless the searcher is
	 * responsible: a hit on a typed name or personnummer would tell who the client is.
	 */
	private static boolean matchesCaseNumber(IsuCase c, String text) {
		return text == null || text.isBlank()
				|| c.getCaseNumber().toLowerCase(java.util.Locale.ROOT).contains(text.strip().toLowerCase(java.util.Locale.ROOT));
	}

	@Override
	public Optional<Client> findClient(String personalIdentityNumber) {
		User user = session.require(Permission.CASE_WRITE);
		PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(personalIdentityNumber, LocalDate.now(clock));
		Optional<Client> client = repository.findClient(pnr.value());
		log.record(user, AccessAction.CLIENT_LOOKUP, null, client.isPresent() ? "känd klient" : "ny klient");
		// a protected client is known by the number typed, never named back (decision 89)
		return client.map(c -> c.isProtectedIdentity() ? IdentityGuard.masked(c) : c);
	}

	@Override
	public IsuCase openCase(NewCase request) {
		session.require(Permission.CASE_WRITE);
		List<Violation> violations = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		PersonalIdentityNumber pnr = null;
		try {
			pnr = PersonalIdentityNumber.parse(request.personalIdentityNumber(), today);
		} catch (ValidationException e) {
			violations.addAll(e.violations());
		}
		Optional<Client> known = pnr == null ? Optional.empty() : repository.findClient(pnr.value());
		if (pnr != null && known.isEmpty()) {
			violations.addAll(new CaseValidator().newClient(request.givenName(), request.familyName()));
		}
		if (isBlank(request.unitCode())) {
			violations.add(new Violation("unit", NLS.bind(Messages.required, "Verksamhet")));
		}
		if (request.actualisationDate() == null) {
			violations.add(new Violation("actualisationDate", NLS.bind(Messages.required, "Datum för aktualisering")));
		} else if (pnr != null && request.actualisationDate().isBefore(pnr.birthDate())) {
			violations.add(new Violation("actualisationDate",
					NLS.bind(Messages.dateOrder, "Datum för aktualisering", "födelsedatum")));
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		User user = session.require(Permission.CASE_WRITE, request.unitCode().strip());
		Client client = known.orElseGet(IsuFactory.eINSTANCE::createClient);
		if (client.getId() == 0) {
			client.setPersonalIdentityNumber(pnr.value());
			client.setBirthDate(pnr.birthDate());
			client.setLegalSex(pnr.male() ? LEGAL_SEX_MALE : LEGAL_SEX_FEMALE);
			client.setGivenName(strip(request.givenName()));
			client.setFamilyName(strip(request.familyName()));
		}
		Unit unit = repository.ensureUnit(request.unitCode().strip(),
				isBlank(request.unitName()) ? request.unitCode().strip() : request.unitName().strip());
		IsuCase isuCase = IsuFactory.eINSTANCE.createIsuCase();
		isuCase.setClient(client);
		isuCase.setUnit(unit);
		isuCase.setStatus(CaseStatus.OPEN);
		isuCase.setCurrentStep(ProcessStep.AKTUALISERA);
		isuCase.setActualisationDate(request.actualisationDate());
		isuCase.setCaseNumber(repository.nextCaseNumber(unit.getCode(), request.actualisationDate().getYear()));
		// Whoever opens the case is responsible for it until it is reassigned, so it is on their "only mine" list.
		isuCase.setResponsibleStaff(repository.ensureStaff(user.userName(), user.displayName(), unit));
		IsuCase created = repository.createCase(isuCase);
		log.record(user, AccessAction.CASE_CREATE, created.getCaseNumber(), null);
		return created;
	}

	@Override
	public Optional<IsuCase> findCase(String caseNumber) {
		User user = session.require(Permission.CASE_READ);
		Optional<IsuCase> found = repository.findCase(caseNumber);
		if (found.isEmpty()) {
			return found;
		}
		IsuCase c = found.get();
		requireUnit(user, Permission.CASE_READ, AccessAction.CASE_READ, c.getCaseNumber(), c.getUnit().getCode());
		String protectedRead = identities.requireReason(user, IdentityGuard.keyOf(c));
		log.record(user, AccessAction.CASE_READ, c.getCaseNumber(), protectedRead);
		return Optional.of(IdentityGuard.forViewer(user, c));
	}

	/** Checks the unit scope; a refusal is logged too, so a review sees attempts on other units' cases. */
	private void requireUnit(User user, Permission permission, AccessAction action, String caseNumber, String unitCode) {
		try {
			session.require(permission, unitCode);
		} catch (AccessDeniedException e) {
			log.record(user, action, caseNumber, "nekad: annan verksamhet / denied: other unit");
			throw e;
		}
	}

	@Override
	public List<Violation> validate(IsuCase c) {
		return new CaseValidator().validate(c, LocalDate.now(clock));
	}

	@Override
	public IsuCase saveCase(IsuCase changed) {
		User user = session.require(Permission.CASE_WRITE);
		// Both the unit it is stored under and the unit it is moved to must be the person's.
		Optional<CaseRepository.CaseKey> storedKey = repository.findKey(changed.getId());
		storedKey.ifPresent(k -> requireUnit(user, Permission.CASE_WRITE, AccessAction.CASE_WRITE, k.caseNumber(),
				k.unitCode()));
		requireUnit(user, Permission.CASE_WRITE, AccessAction.CASE_WRITE, changed.getCaseNumber(),
				changed.getUnit() == null ? null : changed.getUnit().getCode());
		String protectedRead = null;
		if (storedKey.isPresent()
				&& !IdentityGuard.reveals(user, storedKey.get().protectedIdentity(), storedKey.get().responsibleUserName())) {
			// saved by someone who sees the client masked: the reason they gave goes with the write, and the stored
			// identity, not the mask, is what is saved
			protectedRead = identities.requireReason(user, storedKey.get());
			IsuCase stored = repository.findCase(storedKey.get().caseNumber()).orElseThrow();
			checkProtectedHandOver(stored, changed);
			changed = IdentityGuard.withStoredIdentity(changed, stored.getClient());
		}
		new CaseValidator().check(changed, LocalDate.now(clock));
		checkResponsible(changed);
		try {
			IsuCase saved = repository.updateCase(changed, user.userName());
			log.record(user, AccessAction.CASE_WRITE, saved.getCaseNumber(), protectedRead);
			return IdentityGuard.forViewer(user, saved);
		} catch (StaleDataException e) {
			if (e.changedBy().isPresent() && e.changedAt().isPresent()) {
				throw new CaseChangedException(NLS.bind(Messages.staleCaseBy, new Object[] { changed.getCaseNumber(),
						ChangeStamps.name(accounts, e.changedBy().get()), ChangeStamps.time(e.changedAt().get(), clock) }), e);
			}
			throw new CaseChangedException(NLS.bind(Messages.staleCase, changed.getCaseNumber()), e);
		}
	}

	@Override
	public List<Unit> units() {
		session.requireLoggedIn();
		return repository.findUnits();
	}

	@Override
	public List<Unit> unitsForNewCase() {
		User user = session.require(Permission.CASE_WRITE);
		return repository.findUnits().stream().filter(u -> user.may(Permission.CASE_WRITE, u.getCode())).toList();
	}

	@Override
	public List<Staff> caseWorkers(String unitCode) {
		User user = session.require(Permission.CASE_READ, unitCode);
		Optional<Unit> unit = repository.findUnits().stream().filter(u -> u.getCode().equals(unitCode)).findFirst();
		if (unit.isEmpty()) {
			return List.of();
		}
		List<Staff> staff = accounts.all().stream().filter(a -> isCaseWorkerOf(a, unitCode))
				.map(a -> repository.ensureStaff(a.userName(), a.displayName(), unit.get()))
				.sorted(Comparator.comparing(DefaultCaseService::staffName, String.CASE_INSENSITIVE_ORDER)).toList();
		log.record(user, AccessAction.CASE_LIST, null, "handläggare i verksamhet " + unitCode + ", " + staff.size());
		return staff;
	}

	private static boolean isCaseWorkerOf(AccountRepository.StoredAccount account, String unitCode) {
		return account.active() && CASE_WORKER_ROLE.equals(account.role()) && account.unitCodes().contains(unitCode);
	}

	private static String staffName(Staff s) {
		return s.getDisplayName() == null ? s.getUserName() : s.getDisplayName();
	}

	/**
	 * A newly chosen responsible case worker must be one of the unit's case workers (an allowlist); the one already
	 * stored may stay, so a case of a worker who has left can still be saved until it is reassigned.
	 */
	private void checkResponsible(IsuCase changed) {
		Staff responsible = changed.getResponsibleStaff();
		if (responsible == null || changed.getUnit() == null) {
			return;
		}
		String userName = responsible.getUserName();
		String unitCode = changed.getUnit().getCode();
		if (accounts.find(userName).filter(a -> isCaseWorkerOf(a, unitCode)).isPresent()) {
			return;
		}
		boolean alreadyStored = changed.getId() != 0 && repository.findCase(changed.getCaseNumber())
				.map(IsuCase::getResponsibleStaff).map(s -> s.getUserName().equals(userName)).orElse(false);
		if (!alreadyStored) {
			throw new ValidationException(List.of(new Violation("responsibleStaff", NLS.bind(Messages.responsibleNotOfUnit,
					new Object[] { fieldName("responsibleStaff"), staffName(responsible), unitCode }))));
		}
	}

	/**
	 * Only the responsible case worker hands a protected case over: anyone else making themselves (or a friend)
	 * responsible would see the identity the mark hides.
	 */
	private static void checkProtectedHandOver(IsuCase stored, IsuCase changed) {
		String before = stored.getResponsibleStaff() == null ? null : stored.getResponsibleStaff().getUserName();
		String after = changed.getResponsibleStaff() == null ? null : changed.getResponsibleStaff().getUserName();
		if (!java.util.Objects.equals(before, after)) {
			throw new ValidationException(List.of(new Violation("responsibleStaff",
					NLS.bind(Messages.protectedHandOver, fieldName("responsibleStaff")))));
		}
	}

	private static String fieldName(String key) {
		try {
			return java.util.ResourceBundle.getBundle("se.isu.core.fields", java.util.Locale.getDefault(),
					DefaultCaseService.class.getClassLoader()).getString(key);
		} catch (java.util.MissingResourceException e) {
			return key;
		}
	}

	@Override
	public long countCases() {
		session.require(Permission.AGGREGATE_READ);
		return repository.countCases();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}
}
