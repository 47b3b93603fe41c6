package se.isu.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

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
import se.isu.model.Unit;

/** Copies between JPA entities and detached EMF model objects, in both directions. */
final class EntityMapper {

	private static final IsuFactory FACTORY = IsuFactory.eINSTANCE;

	private EntityMapper() {
	}

	static Unit toModel(UnitEntity entity) {
		Unit unit = FACTORY.createUnit();
		unit.setId(entity.id);
		unit.setCode(entity.code);
		unit.setName(entity.name);
		return unit;
	}

	static Staff toModel(StaffEntity entity) {
		Staff staff = FACTORY.createStaff();
		staff.setId(entity.id);
		staff.setUserName(entity.userName);
		staff.setDisplayName(entity.displayName);
		if (entity.unit != null) {
			staff.setUnit(toModel(entity.unit));
		}
		return staff;
	}

	static Client toModel(ClientEntity entity) {
		Client client = FACTORY.createClient();
		client.setId(entity.id);
		client.setPersonalIdentityNumber(entity.personalId);
		client.setGivenName(entity.givenName);
		client.setFamilyName(entity.familyName);
		client.setBirthDate(entity.birthDate);
		client.setLegalSex(entity.legalSex);
		client.setProtectedIdentity(entity.protectedIdentity != 0);
		client.setVersion(entity.version);
		return client;
	}

	/** The case's own fields; children too when {@code withChildren} (the editor), not for lists. */
	static IsuCase toModel(CaseEntity entity, boolean withChildren) {
		IsuCase c = FACTORY.createIsuCase();
		c.setId(entity.id);
		c.setCaseNumber(entity.caseNumber);
		c.setClient(toModel(entity.client));
		c.setUnit(toModel(entity.unit));
		if (entity.responsibleStaff != null) {
			c.setResponsibleStaff(toModel(entity.responsibleStaff));
		}
		c.setStatus(CaseStatus.getByName(entity.status));
		c.setCurrentStep(ProcessStep.getByName(entity.currentStep));
		c.setActualisationDate(entity.actualisationDate);
		c.setOrigin(entity.origin);
		c.setHouseholdType(entity.householdType);
		c.setPreviousContact(entity.previousContact);
		c.setDecisionDate(entity.decisionDate);
		c.setClosureDate(entity.closureDate);
		c.setImplementationVsPlan(entity.implementationVsPlan);
		c.setClosureReason(entity.closureReason);
		c.setVersion(entity.version);
		if (withChildren) {
			c.getActualisationReasons().addAll(entity.actualisationReasons.stream().sorted().toList());
			c.getProblems().addAll(entity.problems.stream().sorted().toList());
			entity.interventions.forEach(i -> c.getInterventions().add(toModel(i)));
			entity.followUps.forEach(f -> c.getFollowUps().add(toModel(f)));
			entity.occasions.forEach(o -> c.getOccasions().add(toModel(o)));
		}
		return c;
	}

	private static Intervention toModel(InterventionEntity entity) {
		Intervention i = FACTORY.createIntervention();
		i.setId(entity.id);
		i.setInterventionType(entity.typeCode);
		i.setDecisionDate(entity.decisionDate);
		i.setStartDate(entity.startDate);
		i.setEndDate(entity.endDate);
		i.setProviderId(entity.providerId);
		return i;
	}

	private static FollowUp toModel(FollowUpEntity entity) {
		FollowUp f = FACTORY.createFollowUp();
		f.setId(entity.id);
		f.setDate(entity.date);
		f.getCooperation().addAll(entity.cooperation.stream().sorted().toList());
		f.setCoordinatedPlan(entity.coordinatedPlan);
		f.setParallelInterventions(entity.parallelInterventions);
		f.setGoalAttainment(entity.goalAttainment);
		return f;
	}

	private static Occasion toModel(OccasionEntity entity) {
		Occasion o = FACTORY.createOccasion();
		o.setId(entity.id);
		o.setKind(OccasionKind.getByName(entity.kind));
		o.setPlannedDate(entity.plannedDate);
		o.setStatus(OccasionStatus.getByName(entity.status));
		o.setDoneDate(entity.doneDate);
		o.setNotDoneReason(entity.notDoneReason);
		o.getFormsDue().addAll(entity.formsDue.stream().sorted().toList());
		return o;
	}

	static void copy(Client from, ClientEntity to) {
		to.personalId = from.getPersonalIdentityNumber();
		to.givenName = from.getGivenName();
		to.familyName = from.getFamilyName();
		to.birthDate = from.getBirthDate();
		to.legalSex = from.getLegalSex();
	}

	/** Copies every field of the case and merges its children by id (the editor saves the whole case). */
	static void copy(IsuCase from, CaseEntity to) {
		to.caseNumber = from.getCaseNumber();
		to.status = from.getStatus().getName();
		to.currentStep = from.getCurrentStep().getName();
		to.actualisationDate = from.getActualisationDate();
		to.origin = from.getOrigin();
		to.householdType = from.getHouseholdType();
		to.previousContact = from.getPreviousContact();
		to.decisionDate = from.getDecisionDate();
		to.closureDate = from.getClosureDate();
		to.implementationVsPlan = from.getImplementationVsPlan();
		to.closureReason = from.getClosureReason();
		replace(to.actualisationReasons, from.getActualisationReasons());
		replace(to.problems, from.getProblems());
		merge(to.interventions, from.getInterventions(), Intervention::getId, e -> e.id, () -> {
			InterventionEntity e = new InterventionEntity();
			e.owner = to;
			return e;
		}, (i, e) -> {
			e.typeCode = i.getInterventionType();
			e.decisionDate = i.getDecisionDate();
			e.startDate = i.getStartDate();
			e.endDate = i.getEndDate();
			e.providerId = i.getProviderId();
		});
		merge(to.followUps, from.getFollowUps(), FollowUp::getId, e -> e.id, () -> {
			FollowUpEntity e = new FollowUpEntity();
			e.owner = to;
			return e;
		}, (f, e) -> {
			e.date = f.getDate();
			replace(e.cooperation, f.getCooperation());
			e.coordinatedPlan = f.getCoordinatedPlan();
			e.parallelInterventions = f.getParallelInterventions();
			e.goalAttainment = f.getGoalAttainment();
		});
		merge(to.occasions, from.getOccasions(), Occasion::getId, e -> e.id, () -> {
			OccasionEntity e = new OccasionEntity();
			e.owner = to;
			return e;
		}, (o, e) -> {
			e.kind = o.getKind().getName();
			e.plannedDate = o.getPlannedDate();
			e.status = o.getStatus().getName();
			e.doneDate = o.getDoneDate();
			e.notDoneReason = o.getNotDoneReason();
			replace(e.formsDue, o.getFormsDue());
		});
	}

	/**
	 * Makes the entity list match the model list: a child with an id keeps its row (and id: later records such as
	 * assessments refer to occasions by id), a new child gets a row, a removed child loses its row; order follows the
	 * model.
	 */
	private static <M, E> void merge(List<E> entities, List<M> models, ToLongFunction<M> modelId,
			Function<E, Long> entityId, Supplier<E> create, BiConsumer<M, E> copy) {
		Map<Long, E> byId = new HashMap<>();
		for (E entity : entities) {
			byId.put(entityId.apply(entity), entity);
		}
		List<E> merged = new ArrayList<>();
		for (M model : models) {
			E entity = modelId.applyAsLong(model) == 0 ? null : byId.get(modelId.applyAsLong(model));
			if (entity == null) {
				entity = create.get();
			}
			copy.accept(model, entity);
			merged.add(entity);
		}
		entities.clear();
		entities.addAll(merged);
	}

	private static <T> void replace(java.util.Set<T> target, List<T> codes) {
		target.retainAll(codes);
		target.addAll(codes);
	}
}
