package se.isu.store;

import java.util.List;
import java.util.Optional;

import se.isu.model.query.CaseFilter;

import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.Staff;
import se.isu.model.Unit;

/**
 * Persistence of clients and cases. Returns detached EMF model objects: callers never see entities,
 * SQL or an EntityManager. Validation and permissions live above this, in core.
 */
public interface CaseRepository {

	List<IsuCase> findCases(CaseFilter filter);

	Optional<IsuCase> findCase(String caseNumber);

	/**
	 * What permission checks and the access log need of a case: its number and unit, and for skyddade
	 * personuppgifter whether its client is protected and who is responsible for it (user name, or null).
	 */
	record CaseKey(long caseId, String caseNumber, String unitCode, boolean protectedIdentity, String responsibleUserName) {
	}

	Optional<CaseKey> findKey(long caseId);

	Optional<CaseKey> findKey(String caseNumber);

	/** Every case with all its children, in id order, a batch at a time (exports); nothing is held in memory. */
	void forEachCase(java.util.function.Consumer<IsuCase> consumer);

	Optional<Client> findClient(String personalIdentityNumber);

	/** The unit with this code, created with the given name if it does not exist yet. */
	Unit ensureUnit(String code, String name);

	/**
	 * Stores a new case in one transaction. Its client is stored too when it has no id yet;
	 * an existing client (id set) is referenced, never duplicated.
	 *
	 * @return the stored case with ids and version filled in
	 */
	IsuCase createCase(IsuCase newCase);

	/**
	 * Stores many new cases in one transaction (demo data, import): all or none. The given cases and their
	 * occasions get their generated ids.
	 *
	 * @return how many were stored
	 */
	int createCases(List<IsuCase> newCases);

	/** The next free case number of a unit and year, {@code UNIT-YYYY-NNNNN}. */
	String nextCaseNumber(String unitCode, int year);

	long countCases();

	/**
	 * Saves every field of an existing case, its children and its client, in one transaction.
	 *
	 * @throws StaleDataException when the case or client was saved by someone else since {@code changed} was read
	 */
	IsuCase updateCase(IsuCase changed);

	/**
	 * As {@link #updateCase(IsuCase)}, recording who saves it and when; the next stale save of the case is told
	 * ({@link StaleDataException#changedBy()}, {@link StaleDataException#changedAt()}).
	 */
	default IsuCase updateCase(IsuCase changed, String changedBy) {
		return updateCase(changed);
	}

	List<Unit> findUnits();

	/** The staff member with this user name, created if missing. */
	Staff ensureStaff(String userName, String displayName, Unit unit);

	/** Number of cases per unit and status, counted in the database. */
	record UnitStatusCount(String unitCode, String unitName, CaseStatus status, long count) {
	}

	List<UnitStatusCount> countByUnitAndStatus();

	/** One decision on a client's skyddade personuppgifter: marked or lifted, by whom, when, why. */
	record IdentityProtectionChange(String caseNumber, boolean protect, String decidedBy, java.time.Instant decidedAt,
			String reason) {
	}

	/**
	 * Marks the client of the case as having protected personal data, or lifts the mark, and records the decision, in
	 * one transaction. The only way the mark changes: saving a case never touches it.
	 *
	 * @return false, and nothing written, when the client already was so
	 */
	boolean changeIdentityProtection(String caseNumber, boolean protect, String decidedBy, java.time.Instant at,
			String reason);

	/** The decisions on the case's client, oldest first (of every case of that client). */
	List<IdentityProtectionChange> identityProtectionHistory(String caseNumber);
}
