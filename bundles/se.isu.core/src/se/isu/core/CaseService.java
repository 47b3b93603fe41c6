package se.isu.core;

import java.util.List;
import java.util.Optional;

import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;

/** Clients and cases for every surface (workbench, CLI, import): validated before anything is stored. */
public interface CaseService {

	List<IsuCase> findCases(CaseFilter filter);

	Optional<Client> findClient(String personalIdentityNumber);

	/**
	 * Opens a new case. The client is found by personnummer and reused, or created (then given and family name are
	 * required). The person opening the case becomes its responsible case worker.
	 *
	 * @throws ValidationException naming each field whose rule is broken; nothing is stored then
	 */
	IsuCase openCase(NewCase request);

	/** One case with every variable, intervention, follow-up and occasion. */
	Optional<IsuCase> findCase(String caseNumber);

	/**
	 * Validates and saves every field of an opened case in one transaction.
	 *
	 * @return the saved case with its new version
	 * @throws ValidationException naming each broken rule; nothing is stored then
	 * @throws CaseChangedException when someone else saved the case since it was opened
	 */
	IsuCase saveCase(IsuCase changed);

	/** The rules {@link #saveCase} applies, for forms that show them while the user types. */
	List<ValidationException.Violation> validate(IsuCase c);

	List<Unit> units();

	/**
	 * The units the logged-in person may open a case in (their own units, where they hold the case-writing
	 * permission), by name: the choices of the new-case wizard.
	 */
	List<Unit> unitsForNewCase();

	/**
	 * Who may be responsible for a case of the unit: the active case-worker accounts of the unit, as staff (created on
	 * first use, keyed by user name, so the due list's "only mine" matches the logged-in account), by name.
	 */
	List<se.isu.model.Staff> caseWorkers(String unitCode);

	long countCases();
}
