package se.isu.core;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of core, Swedish first (messages.properties), English in messages_en.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.isu.core.messages";

	public static String pnrFormat;
	public static String pnrCentury;
	public static String pnrDate;
	public static String pnrCoordinationDate;
	public static String pnrFuture;
	public static String pnrChecksum;
	public static String required;
	public static String dateOrder;
	public static String codeNotInSet;
	public static String requiredForStep;
	public static String dateInFuture;
	public static String closedNeedsLastStep;
	public static String notDoneNeedsReason;
	public static String doneNeedsDate;
	public static String plannedHasOutcome;
	public static String answersNeedDoneOccasion;
	public static String followUpOutsideCase;
	public static String staleCase;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
