package se.isu.store.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.Staff;
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;
import se.isu.store.CaseRepository;
import se.isu.store.StaleDataException;
import se.isu.store.StoreException;

@Component(service = CaseRepository.class)
public class JpaCaseRepository implements CaseRepository {

	@Reference
	Database database;

	/**
	 * The case list in two statements whatever its length: the ids of the newest matching cases (search words as
	 * prefixes of indexed terms, V005; every value bound), then those cases with client, unit and staff in one join.
	 */
	@Override
	public List<IsuCase> findCases(CaseFilter filter) {
		if (filter.withinUnits() != null && filter.withinUnits().isEmpty()) {
			return List.of();
		}
		return database.read(em -> {
			List<Long> ids = findCaseIds(em, filter);
			if (ids.isEmpty()) {
				return List.<IsuCase>of();
			}
			java.util.Map<Long, CaseEntity> byId = new java.util.HashMap<>();
			for (CaseEntity c : em.createQuery("SELECT c FROM CaseEntity c JOIN FETCH c.client JOIN FETCH c.unit"
					+ " LEFT JOIN FETCH c.responsibleStaff WHERE c.id IN :ids", CaseEntity.class)
					.setParameter("ids", ids).getResultList()) {
				byId.put(c.id, c);
			}
			return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
					.map(c -> EntityMapper.toModel(c, false)).toList();
		});
	}

	private static List<Long> findCaseIds(EntityManager em, CaseFilter filter) {
		List<Object> parameters = new java.util.ArrayList<>();
		List<String> patterns = CaseSearchTerms.patterns(filter.text());
		StringBuilder sql = new StringBuilder("SELECT c.ID FROM ");
		if (!patterns.isEmpty()) {
			// The matching cases come from the term index first, one set per word, intersected: written as
			// "c.ID IN (…)" per word, Derby walked all cases in list order and probed the terms for each, 5–7 s at
			// 100 000 cases for a personnummer (issue 12/19); from the terms it is tens of milliseconds.
			sql.append("(");
			for (int i = 0; i < patterns.size(); i++) {
				sql.append(i == 0 ? (patterns.size() == 1 ? "SELECT DISTINCT" : "SELECT") : " INTERSECT SELECT")
						.append(" s.CASE_ID FROM ISU_CASE_SEARCH s WHERE s.TERM LIKE ? ESCAPE '\\'");
				parameters.add(patterns.get(i));
			}
			sql.append(") m JOIN ISU_CASE c ON c.ID = m.CASE_ID");
		} else {
			sql.append("ISU_CASE c");
		}
		sql.append(" JOIN ISU_UNIT u ON u.ID = c.UNIT_ID WHERE 1 = 1");
		if (filter.status() != null) {
			sql.append(" AND c.STATUS = ?");
			parameters.add(filter.status().getName());
		}
		if (filter.unitCode() != null) {
			sql.append(" AND u.CODE = ?");
			parameters.add(filter.unitCode());
		}
		if (filter.step() != null) {
			sql.append(" AND c.CURRENT_STEP = ?");
			parameters.add(filter.step().getName());
		}
		if (filter.withinUnits() != null) {
			sql.append(" AND u.CODE IN (").append(String.join(", ", filter.withinUnits().stream().map(u -> "?").toList()))
					.append(")");
			parameters.addAll(filter.withinUnits().stream().sorted().toList());
		}
		// the order of the index IX_ISU_CASE_LIST, so the first rows need no sort of the whole table
		sql.append(" ORDER BY c.ACTUALISATION_DATE DESC, c.CASE_NUMBER DESC FETCH FIRST ").append(filter.limit())
				.append(" ROWS ONLY");
		jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
		for (int i = 0; i < parameters.size(); i++) {
			query.setParameter(i + 1, parameters.get(i));
		}
		List<?> rows = query.getResultList();
		return rows.stream().map(row -> ((Number) row).longValue()).toList();
	}

	@Override
	public void forEachCase(java.util.function.Consumer<IsuCase> consumer) {
		long last = 0;
		while (true) {
			long after = last;
			List<IsuCase> batch = database.read(em -> em
					.createQuery("SELECT c FROM CaseEntity c WHERE c.id > :after ORDER BY c.id", CaseEntity.class)
					.setParameter("after", after).setMaxResults(500).getResultList().stream()
					.map(c -> EntityMapper.toModel(c, true)).toList());
			if (batch.isEmpty()) {
				return;
			}
			batch.forEach(consumer);
			last = batch.get(batch.size() - 1).getId();
		}
	}

	@Override
	public Optional<CaseKey> findKey(long caseId) {
		return findKey("c.id = :key", caseId);
	}

	@Override
	public Optional<CaseKey> findKey(String caseNumber) {
		return findKey("c.caseNumber = :key", caseNumber);
	}

	private Optional<CaseKey> findKey(String where, Object key) {
		return database.read(em -> em
				.createQuery("SELECT c.id, c.caseNumber, c.unit.code, c.client.protectedIdentity, s.userName"
						+ " FROM CaseEntity c LEFT JOIN c.responsibleStaff s WHERE " + where, Object[].class)
				.setParameter("key", key).getResultStream().findFirst()
				.map(row -> new CaseKey(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
						((Number) row[3]).intValue() != 0, (String) row[4])));
	}

	@Override
	public boolean changeIdentityProtection(String caseNumber, boolean protect, String decidedBy, java.time.Instant at,
			String reason) {
		boolean changed = database.jdbc(c -> {
			long clientId;
			try (java.sql.PreparedStatement find = c.prepareStatement("SELECT k.ID, k.PROTECTED_IDENTITY FROM ISU_CASE s"
					+ " JOIN ISU_CLIENT k ON k.ID = s.CLIENT_ID WHERE s.CASE_NUMBER = ?")) {
				find.setString(1, caseNumber);
				try (java.sql.ResultSet row = find.executeQuery()) {
					if (!row.next()) {
						throw new se.isu.store.StoreException("No case " + caseNumber);
					}
					if ((row.getInt(2) != 0) == protect) {
						return false;
					}
					clientId = row.getLong(1);
				}
			}
			try (java.sql.PreparedStatement update = c.prepareStatement(
					"UPDATE ISU_CLIENT SET PROTECTED_IDENTITY = ? WHERE ID = ?")) {
				update.setShort(1, (short) (protect ? 1 : 0));
				update.setLong(2, clientId);
				update.executeUpdate();
			}
			try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO ISU_IDENTITY_PROTECTION"
					+ " (CLIENT_ID, CASE_NUMBER, ACTION, DECIDED_BY, DECIDED_AT, REASON) VALUES (?, ?, ?, ?, ?, ?)")) {
				insert.setLong(1, clientId);
				insert.setString(2, caseNumber);
				insert.setString(3, protect ? "PROTECT" : "LIFT");
				insert.setString(4, decidedBy);
				insert.setTimestamp(5, java.sql.Timestamp.from(at));
				insert.setString(6, reason);
				insert.executeUpdate();
			}
			return true;
		});
		if (changed) {
			// the client row changed behind EclipseLink's back; its version stays, so an open editor still saves
			// (the flag is not one of the fields a save writes)
			database.evictCache();
		}
		return changed;
	}

	@Override
	public List<IdentityProtectionChange> identityProtectionHistory(String caseNumber) {
		return database.jdbc(c -> {
			List<IdentityProtectionChange> changes = new java.util.ArrayList<>();
			try (java.sql.PreparedStatement select = c.prepareStatement("SELECT p.CASE_NUMBER, p.ACTION, p.DECIDED_BY,"
					+ " p.DECIDED_AT, p.REASON FROM ISU_IDENTITY_PROTECTION p WHERE p.CLIENT_ID ="
					+ " (SELECT s.CLIENT_ID FROM ISU_CASE s WHERE s.CASE_NUMBER = ?) ORDER BY p.DECIDED_AT, p.ID")) {
				select.setString(1, caseNumber);
				try (java.sql.ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						changes.add(new IdentityProtectionChange(rows.getString(1), "PROTECT".equals(rows.getString(2)),
								rows.getString(3), rows.getTimestamp(4).toInstant(), rows.getString(5)));
					}
				}
			}
			return changes;
		});
	}

	@Override
	public Optional<IsuCase> findCase(String caseNumber) {
		return database.read(em -> em
				.createQuery("SELECT c FROM CaseEntity c WHERE c.caseNumber = :number", CaseEntity.class)
				.setParameter("number", caseNumber).getResultStream().findFirst().map(c -> EntityMapper.toModel(c, true)));
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
			CaseSearchTerms.addFor(em, List.of(entity));
			return EntityMapper.toModel(entity, true);
		});
	}

	private static CaseEntity persistCase(EntityManager em, IsuCase newCase) {
		return persistCase(em, newCase, clientFor(em, newCase.getClient()));
	}

	private static CaseEntity persistCase(EntityManager em, IsuCase newCase, ClientEntity client) {
		CaseEntity entity = new CaseEntity();
		EntityMapper.copy(newCase, entity);
		entity.unit = em.find(UnitEntity.class, newCase.getUnit().getId());
		if (entity.unit == null) {
			throw new StoreException("Unit " + newCase.getUnit().getCode() + " does not exist");
		}
		entity.client = client;
		entity.responsibleStaff = staffFor(em, newCase.getResponsibleStaff());
		em.persist(entity);
		return entity;
	}

	@Override
	public IsuCase updateCase(IsuCase changed) {
		return updateCase(changed, null);
	}

	@Override
	public IsuCase updateCase(IsuCase changed, String changedBy) {
		try {
			return database.inTransaction(em -> {
				CaseEntity entity = em.find(CaseEntity.class, changed.getId());
				if (entity == null) {
					throw new StoreException("Case " + changed.getCaseNumber() + " does not exist");
				}
				if (entity.version != changed.getVersion()) {
					throw stale(changed);
				}
				EntityMapper.copy(changed, entity);
				entity.changedBy = changedBy;
				entity.changedAt = java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
				entity.responsibleStaff = staffFor(em, changed.getResponsibleStaff());
				ClientEntity client = entity.client;
				if (client.version != changed.getClient().getVersion()) {
					throw stale(changed);
				}
				EntityMapper.copy(changed.getClient(), client);
				// Any change to the case, children included, moves its version: the next stale save is caught.
				em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
				em.flush();
				// the client's name may have changed: the search terms of all the client's cases follow
				CaseSearchTerms.refreshClient(em, client);
				return entity;
			}, entity -> EntityMapper.toModel(entity, true));
		} catch (OptimisticLockException | RollbackException e) {
			if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
				throw stale(changed);
			}
			throw e;
		}
	}

	/** The refusal of a stale save, naming who saved the case last and when (read anew: this transaction is over). */
	private StaleDataException stale(IsuCase changed) {
		Object[] stamp = database.read(em -> em
				.createQuery("SELECT c.changedBy, c.changedAt FROM CaseEntity c WHERE c.id = :id", Object[].class)
				.setParameter("id", changed.getId()).getResultStream().findFirst().orElse(new Object[2]));
		return new StaleDataException("Case " + changed.getCaseNumber(), (String) stamp[0],
				(java.time.LocalDateTime) stamp[1]);
	}

	@Override
	public List<Unit> findUnits() {
		return database.read(em -> em.createQuery("SELECT u FROM UnitEntity u ORDER BY u.name", UnitEntity.class)
				.getResultList().stream().map(EntityMapper::toModel).toList());
	}

	@Override
	public Staff ensureStaff(String userName, String displayName, Unit unit) {
		return database.inTransaction(em -> {
			StaffEntity staff = em.createQuery("SELECT s FROM StaffEntity s WHERE s.userName = :user", StaffEntity.class)
					.setParameter("user", userName).getResultStream().findFirst().orElseGet(() -> {
						StaffEntity created = new StaffEntity();
						created.userName = userName;
						created.displayName = displayName;
						created.unit = unit == null ? null : em.find(UnitEntity.class, unit.getId());
						em.persist(created);
						return created;
					});
			em.flush();
			return EntityMapper.toModel(staff);
		});
	}

	private static StaffEntity staffFor(EntityManager em, Staff staff) {
		if (staff == null) {
			return null;
		}
		StaffEntity entity = em.find(StaffEntity.class, staff.getId());
		if (entity == null) {
			throw new StoreException("Staff " + staff.getUserName() + " does not exist");
		}
		return entity;
	}

	@Override
	public int createCases(List<IsuCase> newCases) {
		return database.inTransaction(em -> {
			// A query in this transaction would first flush every case persisted so far: one client look-up per case
			// made a batch cost the square of its size (issue 19: 76 % of demo-data time). So the batch's clients are
			// looked up in one query per 500 personnummer before anything is persisted, and the batch flushed once.
			java.util.Map<String, ClientEntity> clients = existingClients(em, newCases);
			List<CaseEntity> entities = new java.util.ArrayList<>(newCases.size());
			for (IsuCase newCase : newCases) {
				Client client = newCase.getClient();
				ClientEntity entity = client.getId() != 0 ? clientFor(em, client)
						: clients.computeIfAbsent(client.getPersonalIdentityNumber(), pid -> {
							ClientEntity created = new ClientEntity();
							EntityMapper.copy(client, created);
							em.persist(created);
							return created;
						});
				entities.add(persistCase(em, newCase, entity));
			}
			em.flush();
			CaseSearchTerms.addFor(em, entities);
			// hand the generated ids back so callers can link records (e.g. assessments at occasions) to them
			for (int i = 0; i < newCases.size(); i++) {
				IsuCase model = newCases.get(i);
				CaseEntity entity = entities.get(i);
				model.setId(entity.id);
				for (int o = 0; o < model.getOccasions().size(); o++) {
					model.getOccasions().get(o).setId(entity.occasions.get(o).id);
				}
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

	/** The stored clients of the new cases' personnummer (clients without an id), by personnummer. */
	private static java.util.Map<String, ClientEntity> existingClients(EntityManager em, List<IsuCase> newCases) {
		List<String> ids = newCases.stream().map(IsuCase::getClient).filter(c -> c.getId() == 0)
				.map(Client::getPersonalIdentityNumber).distinct().toList();
		java.util.Map<String, ClientEntity> found = new java.util.HashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			for (ClientEntity client : em
					.createQuery("SELECT c FROM ClientEntity c WHERE c.personalId IN :pids", ClientEntity.class)
					.setParameter("pids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()) {
				found.put(client.personalId, client);
			}
		}
		return found;
	}

	private static Optional<ClientEntity> findClientEntity(EntityManager em, String personalId) {
		return em.createQuery("SELECT c FROM ClientEntity c WHERE c.personalId = :pid", ClientEntity.class)
				.setParameter("pid", personalId).getResultStream().findFirst();
	}
}
