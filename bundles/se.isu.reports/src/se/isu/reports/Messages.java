package se.isu.reports;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the report service, Swedish first (messages.properties), English in messages_en. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.isu.reports.messages";

	public static String templateUnknown;
	public static String templateNotAFile;
	public static String templateTooLarge;
	public static String templateUnreadable;
	public static String templateFailsToRender;
	public static String templateForbidden;
	public static String templateInitializeChanged;
	public static String progressCompiling;
	public static String progressReading;
	public static String progressRendering;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
