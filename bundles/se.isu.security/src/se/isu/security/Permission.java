package se.isu.security;

import java.util.EnumSet;
import java.util.Set;

import static se.isu.security.Role.ANALYST;
import static se.isu.security.Role.CASE_WORKER;
import static se.isu.security.Role.METHODS_STAFF;
import static se.isu.security.Role.SYSTEM_ADMIN;
import static se.isu.security.Role.UNIT_MANAGER;

/**
 * What the services check before they act. The whole matrix is here, in one place, so docs/security.md and the
 * tests can be read against it. Unit-scoped permissions also require the case's unit among the account's units.
 */
public enum Permission {
	/** See a single case, its client and its assessments. */
	CASE_READ(true, CASE_WORKER, UNIT_MANAGER),
	/** Open, change and close cases; answer assessments. */
	CASE_WRITE(true, CASE_WORKER),
	/** Counts, caseload and compilations over groups (small cells suppressed). */
	AGGREGATE_READ(false, CASE_WORKER, METHODS_STAFF, UNIT_MANAGER, ANALYST),
	/** Hide and add form items, own questionnaires, text packs. */
	FORMS_MANAGE(false, METHODS_STAFF),
	/** Import, reset and export report templates. */
	TEMPLATES_MANAGE(false, METHODS_STAFF),
	/** Read the access log, check its chain, the log-review report. */
	LOG_REVIEW(false, UNIT_MANAGER, SYSTEM_ADMIN),
	/** Create accounts, reset passwords, unlock, require a second factor. */
	USERS_MANAGE(false, SYSTEM_ADMIN),
	/** Back up and restore the database. */
	BACKUP(false, SYSTEM_ADMIN),
	/** Retention rule, preview and culling run. */
	RETENTION(false, SYSTEM_ADMIN),
	/** Export pseudonymised data for joint analysis (the administrator holds the key). */
	PSEUDONYMISED_EXPORT(false, SYSTEM_ADMIN),
	/** The small-cell suppression rule and other settings that protect compiled data. */
	PROTECTION_SETTINGS(false, SYSTEM_ADMIN),
	/** Add synthetic cases (demo and benchmarks). */
	DEMO_DATA(false, SYSTEM_ADMIN),
	/** Install, update and remove instrument plugins; configure the repositories they come from (issue 16). */
	PLUGINS_MANAGE(false, SYSTEM_ADMIN),
	/** Keep the register of providers (utförare): add, change, make inactive (issue 17). */
	PROVIDERS_MANAGE(false, METHODS_STAFF, UNIT_MANAGER),
	/**
	 * Lift a client's skyddade personuppgifter: a manager's decision, logged with its reference (decision 89). Setting
	 * the mark needs only {@link #CASE_WRITE}: protecting someone must never wait for a manager.
	 */
	PROTECTION_LIFT(true, UNIT_MANAGER);

	private final boolean unitScoped;
	private final Set<Role> roles;

	Permission(boolean unitScoped, Role first, Role... rest) {
		this.unitScoped = unitScoped;
		this.roles = EnumSet.of(first, rest);
	}

	public boolean unitScoped() {
		return unitScoped;
	}

	public boolean grantedTo(Role role) {
		return roles.contains(role);
	}

	/** What the permission allows, in words, for refusals ("may not …"). */
	public String label() {
		return switch (this) {
		case CASE_READ -> Messages.permissionCaseRead;
		case CASE_WRITE -> Messages.permissionCaseWrite;
		case AGGREGATE_READ -> Messages.permissionAggregateRead;
		case FORMS_MANAGE -> Messages.permissionFormsManage;
		case TEMPLATES_MANAGE -> Messages.permissionTemplatesManage;
		case LOG_REVIEW -> Messages.permissionLogReview;
		case USERS_MANAGE -> Messages.permissionUsersManage;
		case BACKUP -> Messages.permissionBackup;
		case RETENTION -> Messages.permissionRetention;
		case PSEUDONYMISED_EXPORT -> Messages.permissionPseudonymisedExport;
		case PROTECTION_SETTINGS -> Messages.permissionProtectionSettings;
		case DEMO_DATA -> Messages.permissionDemoData;
		case PLUGINS_MANAGE -> Messages.permissionPluginsManage;
		case PROVIDERS_MANAGE -> Messages.permissionProvidersManage;
		case PROTECTION_LIFT -> Messages.permissionProtectionLift;
		};
	}
}
