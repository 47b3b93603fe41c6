package se.isu.provisioning.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of Verktyg › Instrument…, Swedish first (messages.properties), English in messages_en. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.isu.provisioning.ui.messages";

	public static String title;
	public static String installed;
	public static String available;
	public static String columnName;
	public static String columnVersion;
	public static String columnFeature;
	public static String columnCategory;
	public static String columnDescription;
	public static String install;
	public static String update;
	public static String remove;
	public static String close;
	public static String reading;
	public static String installing;
	public static String updating;
	public static String removing;
	public static String noneInstalled;
	public static String repositories;
	public static String installedDone;
	public static String updatedDone;
	public static String removedDone;
	public static String nothingChanged;
	public static String failed;
	public static String chooseAvailable;
	public static String chooseInstalled;
	public static String confirmRemoveTitle;
	public static String confirmRemove;
	public static String restartTitle;
	public static String restartQuestion;
	public static String restartNow;
	public static String restartLater;
	public static String restartPending;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
