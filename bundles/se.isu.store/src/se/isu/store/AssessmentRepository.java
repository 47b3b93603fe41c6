package se.isu.store;

import java.util.List;
import java.util.Optional;

import se.isu.model.instrument.Assessment;

/** Stores assessments: raw answers, typed missing codes and the scores computed at save. */
public interface AssessmentRepository {

	/**
	 * Inserts (id 0) or updates the assessment with all its answers and scores in one transaction.
	 *
	 * @throws StaleDataException when someone else saved the assessment since it was read
	 */
	Assessment save(Assessment assessment);

	/** As {@link #save(Assessment)}, recording who saves it and when (named to the next stale save). */
	default Assessment save(Assessment assessment, String changedBy) {
		return save(assessment);
	}

	/** Inserts many new assessments in one transaction (demo data, import): all or none. */
	void insertAll(java.util.List<Assessment> assessments);

	Optional<Assessment> find(long id);

	/** The case's assessments, newest first. */
	List<Assessment> findByCase(long caseId);

	/** Complete assessments of one instrument on any case of the same client as caseId, newest first. */
	List<Assessment> findCompleteForSameClient(long caseId, String instrumentId);

}
