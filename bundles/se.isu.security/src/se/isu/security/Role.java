package se.isu.security;

/**
 * What a person does in the unit decides what they may see (access limited to what the job needs). Each account has
 * exactly one role; {@link Permission} lists which roles hold each permission.
 */
public enum Role {
	/** Handläggare: reads and writes the cases of their own units. */
	CASE_WORKER,
	/** SU-administratör / metodstöd: forms, report templates, compilations; no single case. */
	METHODS_STAFF,
	/** Enhetschef: reads their units' cases, reports, reviews the access log. */
	UNIT_MANAGER,
	/** Analytiker: aggregates only, never a case. */
	ANALYST,
	/** Systemadministratör: accounts, backup, retention, pseudonymised export; no single case. */
	SYSTEM_ADMIN;

	/** The role's Swedish name, for the login banner and lists. */
	public String label() {
		return switch (this) {
		case CASE_WORKER -> Messages.roleCaseWorker;
		case METHODS_STAFF -> Messages.roleMethodsStaff;
		case UNIT_MANAGER -> Messages.roleUnitManager;
		case ANALYST -> Messages.roleAnalyst;
		case SYSTEM_ADMIN -> Messages.roleSystemAdmin;
		};
	}
}
