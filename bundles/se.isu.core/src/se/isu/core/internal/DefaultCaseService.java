package se.isu.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.CaseChangedException;
import se.isu.core.CaseService;
import se.isu.core.CaseValidator;
import se.isu.core.CaseloadRow;
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
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;
import se.isu.store.CaseRepository;
import se.isu.store.StaleDataException;

@Component(service = CaseService.class)
public class DefaultCaseService implements CaseService {

	/** Codes of SKL variable 4 (value set skl.juridisktKon). */
	static final int LEGAL_SEX_FEMALE = 1;
	static final int LEGAL_SEX_MALE = 2;

	@Reference
	CaseRepository repository;

	Clock clock = Clock.systemDefaultZone();

	@Override
	public List<IsuCase> findCases(CaseFilter filter) {
		return repository.findCases(filter);
	}

	@Override
	public Optional<Client> findClient(String personalIdentityNumber) {
		PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(personalIdentityNumber, LocalDate.now(clock));
		return repository.findClient(pnr.value());
	}

	@Override
	public IsuCase openCase(NewCase request) {
		List<Violation> violations = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		PersonalIdentityNumber pnr = null;
		try {
			pnr = PersonalIdentityNumber.parse(request.personalIdentityNumber(), today);
		} catch (ValidationException e) {
			violations.addAll(e.violations());
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
		Client client = repository.findClient(pnr.value()).orElseGet(IsuFactory.eINSTANCE::createClient);
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
		return repository.createCase(isuCase);
	}

	@Override
	public Optional<IsuCase> findCase(String caseNumber) {
		return repository.findCase(caseNumber);
	}

	@Override
	public List<Violation> validate(IsuCase c) {
		return new CaseValidator().validate(c, LocalDate.now(clock));
	}

	@Override
	public IsuCase saveCase(IsuCase changed) {
		new CaseValidator().check(changed, LocalDate.now(clock));
		try {
			return repository.updateCase(changed);
		} catch (StaleDataException e) {
			throw new CaseChangedException(NLS.bind(Messages.staleCase, changed.getCaseNumber()), e);
		}
	}

	@Override
	public List<Unit> units() {
		return repository.findUnits();
	}

	@Override
	public long countCases() {
		return repository.countCases();
	}

	@Override
	public List<CaseloadRow> caseload() {
		return repository.countByUnitAndStatus().stream()
				.map(c -> new CaseloadRow(c.unitCode(), c.unitName(), c.status(), c.count())).toList();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}
}
