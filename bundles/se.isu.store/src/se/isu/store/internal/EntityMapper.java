package se.isu.store.internal;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;

/** Copies between JPA entities and detached EMF model objects, in both directions. */
final class EntityMapper {

	private EntityMapper() {
	}

	static Unit toModel(UnitEntity entity) {
		Unit unit = IsuFactory.eINSTANCE.createUnit();
		unit.setId(entity.id);
		unit.setCode(entity.code);
		unit.setName(entity.name);
		return unit;
	}

	static Client toModel(ClientEntity entity) {
		Client client = IsuFactory.eINSTANCE.createClient();
		client.setId(entity.id);
		client.setPersonalIdentityNumber(entity.personalId);
		client.setGivenName(entity.givenName);
		client.setFamilyName(entity.familyName);
		client.setBirthDate(entity.birthDate);
		return client;
	}

	static IsuCase toModel(CaseEntity entity) {
		IsuCase isuCase = IsuFactory.eINSTANCE.createIsuCase();
		isuCase.setId(entity.id);
		isuCase.setCaseNumber(entity.caseNumber);
		isuCase.setClient(toModel(entity.client));
		isuCase.setUnit(toModel(entity.unit));
		isuCase.setStatus(CaseStatus.getByName(entity.status));
		isuCase.setCurrentStep(ProcessStep.getByName(entity.currentStep));
		isuCase.setActualisationDate(entity.actualisationDate);
		isuCase.setClosureDate(entity.closureDate);
		isuCase.setVersion(entity.version);
		return isuCase;
	}

	static void copy(Client from, ClientEntity to) {
		to.personalId = from.getPersonalIdentityNumber();
		to.givenName = from.getGivenName();
		to.familyName = from.getFamilyName();
		to.birthDate = from.getBirthDate();
	}

	static void copy(IsuCase from, CaseEntity to) {
		to.caseNumber = from.getCaseNumber();
		to.status = from.getStatus().getName();
		to.currentStep = from.getCurrentStep().getName();
		to.actualisationDate = from.getActualisationDate();
		to.closureDate = from.getClosureDate();
	}
}
