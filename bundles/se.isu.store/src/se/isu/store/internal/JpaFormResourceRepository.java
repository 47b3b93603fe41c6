package se.isu.store.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import se.isu.store.FormResourceRepository;

@Component(service = FormResourceRepository.class)
public class JpaFormResourceRepository implements FormResourceRepository {

	@Reference
	Database database;

	@Override
	public FormResource save(Kind kind, String unitCode, String formId, String content, String author,
			String remark) {
		return database.inTransaction(em -> {
			FormResourceEntity entity = new FormResourceEntity();
			entity.kind = kind.name();
			entity.unitCode = unitCode;
			entity.formId = formId;
			// Two saves racing for the same revision: the unique constraint refuses the second, nothing is lost.
			entity.revision = latestRevision(em, kind, unitCode, formId) + 1;
			entity.content = content;
			entity.author = author;
			entity.createdAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
			entity.remark = remark;
			em.persist(entity);
			em.flush();
			return toRecord(entity);
		});
	}

	@Override
	public Optional<FormResource> latest(Kind kind, String unitCode, String formId) {
		return history(kind, unitCode, formId).stream().findFirst();
	}

	@Override
	public List<FormResource> history(Kind kind, String unitCode, String formId) {
		return database.read(em -> em
				.createQuery("SELECT r FROM FormResourceEntity r WHERE r.kind = :kind AND r.unitCode = :unit"
						+ " AND r.formId = :form ORDER BY r.revision DESC", FormResourceEntity.class)
				.setParameter("kind", kind.name()).setParameter("unit", unitCode).setParameter("form", formId)
				.getResultList().stream().map(JpaFormResourceRepository::toRecord).toList());
	}

	@Override
	public List<FormResource> latestOfKind(Kind kind, String unitCode) {
		return database.read(em -> em
				.createQuery("SELECT r FROM FormResourceEntity r WHERE r.kind = :kind AND r.unitCode = :unit"
						+ " AND r.revision = (SELECT MAX(s.revision) FROM FormResourceEntity s WHERE s.kind = r.kind"
						+ " AND s.unitCode = r.unitCode AND s.formId = r.formId) ORDER BY r.formId",
						FormResourceEntity.class)
				.setParameter("kind", kind.name()).setParameter("unit", unitCode).getResultList().stream()
				.map(JpaFormResourceRepository::toRecord).toList());
	}

	private static int latestRevision(EntityManager em, Kind kind, String unitCode, String formId) {
		Integer max = em
				.createQuery("SELECT MAX(r.revision) FROM FormResourceEntity r WHERE r.kind = :kind"
						+ " AND r.unitCode = :unit AND r.formId = :form", Integer.class)
				.setParameter("kind", kind.name()).setParameter("unit", unitCode).setParameter("form", formId)
				.getSingleResult();
		return max == null ? 0 : max;
	}

	private static FormResource toRecord(FormResourceEntity e) {
		return new FormResource(Kind.valueOf(e.kind), e.unitCode, e.formId, e.revision, e.content, e.author,
				e.createdAt, e.remark);
	}
}
