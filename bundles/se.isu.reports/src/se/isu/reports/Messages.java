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
	public static String progressCompiling;
	public static String progressReading;
	public static String progressRendering;
	// Template check and page header (issue 12, reports)
	public static String reportPeriodAll;
	public static String reportPeriodFrom;
	public static String reportPeriodTo;
	public static String reportPeriodBetween;
	public static String reportUnitAll;
	public static String templateNotWellFormed;
	public static String templateNotAllowed;
	public static String templateScriptChanged;
	public static String templateWhatDoctype;
	public static String templateWhatElement;
	public static String templateWhatAttribute;
	public static String templateWhatProperty;
	public static String templateWhatImageSource;
	public static String templateWhatScript;
	public static String templateWhatExpression;
	public static String templateWhatHtml;
	public static String templateExpressionSyntax;
	public static String templateExpressionNotOne;
	public static String templateNotInstalled;
	public static String templateOverrideRefused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
