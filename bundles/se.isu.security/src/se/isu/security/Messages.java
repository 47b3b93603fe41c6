package se.isu.security;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of accounts and access, Swedish first (messages.properties), English in messages_en. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.isu.security.messages";

	public static String roleCaseWorker;
	public static String roleMethodsStaff;
	public static String roleUnitManager;
	public static String roleAnalyst;
	public static String roleSystemAdmin;
	public static String notLoggedIn;
	public static String denied;
	public static String deniedUnit;
	public static String wrongCredentials;
	public static String locked;
	public static String codeRequired;
	public static String wrongCode;
	public static String inactive;
	public static String userNameRule;
	public static String displayNameRequired;
	public static String passwordTooShort;
	public static String passwordIsUserName;
	public static String unitsRequired;
	public static String noSuchAccount;
	public static String accountsExist;
	public static String permissionCaseRead;
	public static String permissionCaseWrite;
	public static String permissionAggregateRead;
	public static String permissionFormsManage;
	public static String permissionTemplatesManage;
	public static String permissionLogReview;
	public static String permissionUsersManage;
	public static String permissionBackup;
	public static String permissionRetention;
	public static String permissionPseudonymisedExport;
	public static String permissionDemoData;
	public static String permissionPluginsManage;
	public static String permissionProvidersManage;
	public static String permissionProtectionLift;
	public static String permissionProtectionSettings;
	// Account and unit validation (robustness, issue 12)
	public static String displayNameTooLong;
	public static String displayNameControlCharacters;
	public static String unknownUnits;
	public static String unitCodeRule;
	public static String unitNameRule;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
