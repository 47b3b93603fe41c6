package se.isu.provisioning;

import org.eclipse.osgi.util.NLS;

/** Texts of installing instruments, Swedish first (messages.properties), English in messages_en. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.isu.provisioning.messages";

	public static String profileLine;
	public static String noProfile;
	public static String repositoryScheme;
	public static String repositoryMissing;
	public static String repositoryUnreachable;
	public static String repositoryNotConfigured;
	public static String noRepositories;
	public static String featureMissing;
	public static String featureNotInstalled;
	public static String featureIsBase;
	public static String conflict;
	public static String tampered;
	public static String untrusted;
	public static String notSigned;
	public static String wrongSigner;
	public static String changedAfterSigning;
	public static String noTrustedCertificates;
	public static String badCertificate;
	public static String taskVerify;
	public static String failed;
	public static String taskAvailable;
	public static String taskInstall;
	public static String taskUpdate;
	public static String taskRemove;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
