package se.isu.core;

import java.util.List;
import java.util.Optional;

import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;

/** Clients and cases for every surface (workbench, CLI, import): validated before anything is stored. */
public interface CaseService {

	List<IsuCase> findCases(CaseFilter filter);

	Optional<Client> findClient(String personalIdentityNumber);

	/**
	 * Opens a new case. The client is found by personnummer and reused, or created.
	 *
	 * @throws ValidationException naming each field whose rule is broken; nothing is stored then
	 */
	IsuCase openCase(NewCase request);

	long countCases();

	/** Cases per unit and status, for the caseload overview. */
	List<CaseloadRow> caseload();
}
