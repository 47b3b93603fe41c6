package se.isu.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.DemoDataService;
import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;
import se.isu.store.CaseRepository;

@Component(service = DemoDataService.class)
public class DefaultDemoDataService implements DemoDataService {

	/** Enough to fill the case list on first start without slowing it. */
	static final int FIRST_START_CASES = 60;
	private static final int BATCH = 500;

	@Reference
	CaseRepository repository;

	Clock clock = Clock.systemDefaultZone();

	@Override
	public int seedIfEmpty() {
		return repository.countCases() == 0 ? generate(FIRST_START_CASES, 1L) : 0;
	}

	@Override
	public int generate(int cases, long seed) {
		if (cases < 0) {
			throw new IllegalArgumentException("cases must be zero or more, was " + cases);
		}
		SyntheticPeople people = new SyntheticPeople(seed);
		Random random = people.random();
		List<Unit> units = List.of(repository.ensureUnit("VUX", "Vuxenenheten (demo)"),
				repository.ensureUnit("UNG", "Ungdomsmottagningen (demo)"),
				repository.ensureUnit("VNR", "Våld i nära relationer (demo)"));
		LocalDate today = LocalDate.now(clock);
		Set<String> used = new HashSet<>();
		List<IsuCase> batch = new ArrayList<>(BATCH);
		int stored = 0;
		CaseNumbers caseNumbers = new CaseNumbers();
		for (int i = 0; i < cases; i++) {
			int unitIndex = random.nextInt(units.size());
			Unit unit = units.get(unitIndex);
			boolean young = unitIndex == 1;
			SyntheticPeople.Person person;
			do {
				person = people.next(young ? today.minusYears(21) : today.minusYears(80),
						young ? today.minusYears(13) : today.minusYears(18), random.nextInt(100) < 55);
			} while (!used.add(person.personalIdentityNumber()));
			Client client = IsuFactory.eINSTANCE.createClient();
			client.setPersonalIdentityNumber(person.personalIdentityNumber());
			client.setGivenName(person.givenName());
			client.setFamilyName(person.familyName());
			client.setBirthDate(person.birthDate());
			IsuCase isuCase = IsuFactory.eINSTANCE.createIsuCase();
			isuCase.setClient(client);
			isuCase.setUnit(unit);
			LocalDate actualised = today.minusDays(random.nextInt(3 * 365));
			isuCase.setActualisationDate(actualised);
			boolean closed = actualised.isBefore(today.minusDays(120)) && random.nextInt(100) < 70;
			isuCase.setStatus(closed ? CaseStatus.CLOSED : CaseStatus.OPEN);
			isuCase.setCurrentStep(closed ? ProcessStep.AVSLUTA
					: ProcessStep.get(1 + random.nextInt(ProcessStep.FOLJA_UPP_VALUE)));
			if (closed) {
				isuCase.setClosureDate(actualised.plusDays(60 + random.nextInt(300)));
			}
			isuCase.setCaseNumber(caseNumbers.next(unit.getCode(), actualised.getYear()));
			batch.add(isuCase);
			if (batch.size() == BATCH) {
				stored += repository.createCases(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			stored += repository.createCases(batch);
		}
		return stored;
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
