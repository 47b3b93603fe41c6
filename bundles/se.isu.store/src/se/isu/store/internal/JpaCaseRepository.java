package se.isu.store.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;
import se.isu.store.CaseRepository;
import se.isu.store.StoreException;

@Component(service = CaseRepository.class)
public class JpaCaseRepository implements CaseRepository {

	@Reference
	Database database;

	@Override
	public List<IsuCase> findCases(CaseFilter filter) {
		return database.read(em -> {
			StringBuilder jpql = new StringBuilder("SELECT c FROM CaseEntity c WHERE 1 = 1");
			String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
			if (!text.isEmpty()) {
				jpql.append(" AND (LOWER(c.caseNumber) LIKE :text OR c.client.personalId LIKE :text"
						+ " OR LOWER(c.client.givenName) LIKE :text OR LOWER(c.client.familyName) LIKE :text)");
			}
			if (filter.status() != null) {
				jpql.append(" AND c.status = :status");
			}
			jpql.append(" ORDER BY c.actualisationDate DESC, c.caseNumber DESC");
			TypedQuery<CaseEntity> query = em.createQuery(jpql.toString(), CaseEntity.class);
			if (!text.isEmpty()) {
				query.setParameter("text", "%" + text + "%");
			}
			if (filter.status() != null) {
				query.setParameter("status", filter.status().getName());
			}
			query.setMaxResults(filter.limit());
			return query.getResultList().stream().map(EntityMapper::toModel).toList();
		});
	}

	@Override
	public Optional<IsuCase> findCase(String caseNumber) {
		return database.read(em -> em
				.createQuery("SELECT c FROM CaseEntity c WHERE c.caseNumber = :number", CaseEntity.class)
				.setParameter("number", caseNumber).getResultStream().findFirst().map(EntityMapper::toModel));
	}

	@Override
	public Optional<Client> findClient(String personalIdentityNumber) {
		return database.read(em -> findClientEntity(em, personalIdentityNumber).map(EntityMapper::toModel));
	}

	@Override
	public Unit ensureUnit(String code, String name) {
		return database.inTransaction(em -> {
			Optional<UnitEntity> existing = em
					.createQuery("SELECT u FROM UnitEntity u WHERE u.code = :code", UnitEntity.class)
					.setParameter("code", code).getResultStream().findFirst();
			UnitEntity unit = existing.orElseGet(() -> {
				UnitEntity created = new UnitEntity();
				created.code = code;
				created.name = name;
				em.persist(created);
				return created;
			});
			em.flush();
			return EntityMapper.toModel(unit);
		});
	}

	@Override
	public IsuCase createCase(IsuCase newCase) {
		return database.inTransaction(em -> {
			CaseEntity entity = persistCase(em, newCase);
			em.flush();
			return EntityMapper.toModel(entity);
		});
	}

	private static CaseEntity persistCase(EntityManager em, IsuCase newCase) {
		CaseEntity entity = new CaseEntity();
		EntityMapper.copy(newCase, entity);
		entity.unit = em.find(UnitEntity.class, newCase.getUnit().getId());
		if (entity.unit == null) {
			throw new StoreException("Unit " + newCase.getUnit().getCode() + " does not exist");
		}
		entity.client = clientFor(em, newCase.getClient());
		em.persist(entity);
		return entity;
	}

	@Override
	public int createCases(List<IsuCase> newCases) {
		return database.inTransaction(em -> {
			for (IsuCase newCase : newCases) {
				persistCase(em, newCase);
			}
			return newCases.size();
		});
	}

	@Override
	public String nextCaseNumber(String unitCode, int year) {
		String prefix = unitCode + "-" + year + "-";
		String highest = database.read(em -> em
				.createQuery("SELECT MAX(c.caseNumber) FROM CaseEntity c WHERE c.caseNumber LIKE :prefix", String.class)
				.setParameter("prefix", prefix + "%").getSingleResult());
		int next = highest == null ? 1 : Integer.parseInt(highest.substring(prefix.length())) + 1;
		return prefix + String.format("%05d", next);
	}

	@Override
	public long countCases() {
		return database.read(em -> em.createQuery("SELECT COUNT(c) FROM CaseEntity c", Long.class).getSingleResult());
	}

	@Override
	public List<UnitStatusCount> countByUnitAndStatus() {
		return database.read(em -> em.createQuery(
				"SELECT c.unit.code, c.unit.name, c.status, COUNT(c) FROM CaseEntity c"
						+ " GROUP BY c.unit.code, c.unit.name, c.status ORDER BY c.unit.code, c.status",
				Object[].class).getResultList().stream()
				.map(r -> new UnitStatusCount((String) r[0], (String) r[1], CaseStatus.getByName((String) r[2]),
						((Number) r[3]).longValue()))
				.toList());
	}

	private static ClientEntity clientFor(EntityManager em, Client client) {
		if (client.getId() != 0) {
			ClientEntity existing = em.find(ClientEntity.class, client.getId());
			if (existing == null) {
				throw new StoreException("Client " + client.getId() + " does not exist");
			}
			return existing;
		}
		// One person, one client row: a second case for the same personnummer reuses the client.
		return findClientEntity(em, client.getPersonalIdentityNumber()).orElseGet(() -> {
			ClientEntity created = new ClientEntity();
			EntityMapper.copy(client, created);
			em.persist(created);
			return created;
		});
	}

	private static Optional<ClientEntity> findClientEntity(EntityManager em, String personalId) {
		return em.createQuery("SELECT c FROM ClientEntity c WHERE c.personalId = :pid", ClientEntity.class)
				.setParameter("pid", personalId).getResultStream().findFirst();
	}
}
