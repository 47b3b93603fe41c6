package se.isu.store.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Score;
import se.isu.store.AssessmentRepository;
import se.isu.store.StaleDataException;
import se.isu.store.StoreException;

@Component(service = AssessmentRepository.class)
public class JpaAssessmentRepository implements AssessmentRepository {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	@Reference
	Database database;

	@Override
	public Assessment save(Assessment assessment) {
		return save(assessment, null);
	}

	@Override
	public Assessment save(Assessment assessment, String changedBy) {
		try {
			return database.inTransaction(em -> {
				AssessmentEntity entity;
				if (assessment.getId() == 0) {
					entity = new AssessmentEntity();
					copy(assessment, entity);
					em.persist(entity);
				} else {
					entity = em.find(AssessmentEntity.class, assessment.getId());
					if (entity == null) {
						throw new StoreException("Assessment " + assessment.getId() + " does not exist");
					}
					if (entity.version != assessment.getVersion()) {
						throw new StaleDataException("Assessment " + assessment.getId(), entity.changedBy, entity.changedAt);
					}
					copy(assessment, entity);
				}
				entity.changedBy = changedBy;
				entity.changedAt = java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
				em.flush();
				return entity;
			}, this::toModel);
		} catch (jakarta.persistence.OptimisticLockException | jakarta.persistence.RollbackException e) {
			// two saves raced past the version check: the database's UPDATE … WHERE VERSION = ? refused the second
			if (e instanceof jakarta.persistence.OptimisticLockException
					|| e.getCause() instanceof jakarta.persistence.OptimisticLockException) {
				Object[] stamp = database.read(em -> em.createQuery(
						"SELECT a.changedBy, a.changedAt FROM AssessmentEntity a WHERE a.id = :id", Object[].class)
						.setParameter("id", assessment.getId()).getResultStream().findFirst().orElse(new Object[2]));
				throw new StaleDataException("Assessment " + assessment.getId(), (String) stamp[0],
						(java.time.LocalDateTime) stamp[1]);
			}
			throw e;
		}
	}

	@Override
	public void insertAll(List<Assessment> assessments) {
		database.inTransaction(em -> {
			for (Assessment assessment : assessments) {
				AssessmentEntity entity = new AssessmentEntity();
				copy(assessment, entity);
				em.persist(entity);
			}
			return assessments.size();
		});
	}

	@Override
	public Optional<Assessment> find(long id) {
		return database.read(em -> Optional.ofNullable(em.find(AssessmentEntity.class, id)).map(this::toModel));
	}

	@Override
	public List<Assessment> findByCase(long caseId) {
		return database.read(em -> em
				.createQuery("SELECT a FROM AssessmentEntity a WHERE a.caseId = :case"
						+ " ORDER BY a.assessedOn DESC, a.id DESC", AssessmentEntity.class)
				.setParameter("case", caseId).getResultList().stream().map(this::toModel).toList());
	}

	@Override
	public List<Assessment> findCompleteForSameClient(long caseId, String instrumentId) {
		return database.read(em -> em
				.createQuery("SELECT a FROM AssessmentEntity a WHERE a.instrumentId = :instrument"
						+ " AND a.status = :complete AND a.caseId IN"
						+ " (SELECT c.id FROM CaseEntity c WHERE c.client.id ="
						+ " (SELECT k.client.id FROM CaseEntity k WHERE k.id = :case))"
						+ " ORDER BY a.assessedOn DESC, a.id DESC", AssessmentEntity.class)
				.setParameter("instrument", instrumentId).setParameter("complete", AssessmentStatus.COMPLETE.getName())
				.setParameter("case", caseId).getResultList().stream().map(this::toModel).toList());
	}

	private static void copy(Assessment from, AssessmentEntity to) {
		to.caseId = from.getCaseId();
		to.occasionId = from.getOccasionId();
		to.instrumentId = from.getInstrumentId();
		to.instrumentVersion = from.getInstrumentVersion();
		to.instrumentName = from.getInstrumentName();
		to.respondent = from.getRespondent().getName();
		to.status = from.getStatus().getName();
		to.assessedOn = from.getAssessedOn();
		to.interviewer = from.getInterviewer();
		to.unitCode = from.getUnitCode();
		to.overlayRevision = from.getOverlayRevision();
		to.answers.clear();
		for (Answer answer : from.getAnswers()) {
			AnswerValue value = new AnswerValue();
			value.itemId = answer.getItemId();
			value.textValue = answer.getValue();
			value.numberValue = answer.getValue() != null && NUMBER.matcher(answer.getValue()).matches()
					? Double.valueOf(answer.getValue())
					: null;
			value.missingCode = answer.getMissingCode();
			to.answers.add(value);
		}
		to.scores.clear();
		for (Score score : from.getScores()) {
			ScoreValue value = new ScoreValue();
			value.scoreId = score.getScoreId();
			value.label = score.getLabel();
			value.value = score.getValue();
			to.scores.add(value);
		}
	}

	private Assessment toModel(AssessmentEntity entity) {
		InstrumentFactory factory = InstrumentFactory.eINSTANCE;
		Assessment a = factory.createAssessment();
		a.setId(entity.id);
		a.setCaseId(entity.caseId);
		a.setOccasionId(entity.occasionId);
		a.setInstrumentId(entity.instrumentId);
		a.setInstrumentVersion(entity.instrumentVersion);
		a.setInstrumentName(entity.instrumentName);
		a.setRespondent(Respondent.getByName(entity.respondent));
		a.setStatus(AssessmentStatus.getByName(entity.status));
		a.setAssessedOn(entity.assessedOn);
		a.setInterviewer(entity.interviewer);
		a.setUnitCode(entity.unitCode);
		a.setOverlayRevision(entity.overlayRevision);
		a.setVersion(entity.version);
		// In the order of the mapping's @OrderBy also right after a save, when the list is still in the order given
		// (with Derby's shared cache it came back sorted, on a server without one it did not).
		for (AnswerValue value : entity.answers.stream()
				.sorted(java.util.Comparator.comparing((AnswerValue v) -> v.itemId)).toList()) {
			Answer answer = factory.createAnswer();
			answer.setItemId(value.itemId);
			answer.setValue(value.textValue);
			answer.setMissingCode(value.missingCode);
			a.getAnswers().add(answer);
		}
		for (ScoreValue value : entity.scores.stream()
				.sorted(java.util.Comparator.comparing((ScoreValue v) -> v.scoreId)).toList()) {
			Score score = factory.createScore();
			score.setScoreId(value.scoreId);
			score.setLabel(value.label);
			score.setValue(value.value);
			a.getScores().add(score);
		}
		return a;
	}
}
