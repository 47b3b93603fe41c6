package se.isu.security;

/** What the access log records. Case actions carry the case number; none carries a personnummer or a name. */
public enum AccessAction {
	LOGIN, LOGIN_FAILED, LOCKED_OUT, LOGOUT,
	/** A search or list of cases; the detail holds the filter and the number of rows shown. */
	CASE_LIST,
	/** A look-up of a client by personnummer (to open a new case). */
	CLIENT_LOOKUP,
	CASE_READ, CASE_CREATE, CASE_WRITE,
	ASSESSMENT_READ, ASSESSMENT_WRITE,
	/** A case's data rendered to a file or printer (e.g. the ASI feedback report). */
	CASE_PRINT,
	/** Case-level data written to a file (pseudonymised export). */
	EXPORT,
	/** A group compilation or report (no case, no person); the detail holds what was compiled. */
	COMPILATION,
	/** Report templates imported or reset; the suppression rule changed. */
	TEMPLATE_CHANGE, PROTECTION_SETTING,
	ACCOUNT_CHANGE, BACKUP, RESTORE, RETENTION_RULE, RETENTION_RUN, RETENTION_HOLD, LOG_REVIEW,
	/** Instrument features installed, updated or removed with p2, a repository configured (issue 16); the detail names the feature and version or the repository. */
	PLUGIN_INSTALL, PLUGIN_UPDATE, PLUGIN_REMOVE, PLUGIN_REPOSITORY,
	/** A provider (utförare) added or changed in the register (issue 17); the detail names the provider. */
	PROVIDER_CHANGE,
	/** The instruments a unit uses were chosen (decision 87); the detail names the unit and the instruments. */
	UNIT_INSTRUMENTS,
	/**
	 * Skyddade personuppgifter (decision 89): a client marked, the mark lifted (the detail holds the manager's
	 * decision), and a read of a protected case by anyone but its responsible case worker (the detail holds the reason
	 * the reader gave). Never a name or a personnummer.
	 */
	IDENTITY_PROTECTED, IDENTITY_PROTECTION_LIFTED, PROTECTED_READ
}
