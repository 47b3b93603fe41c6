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
	public static String followUpOutsideCase;
	public static String staleCase;
	public static String itemTooLong;
	public static String itemComputed;
	public static String itemWholeNumber;
	public static String itemDecimal;
	public static String itemOutOfRange;
	public static String itemNotACode;
	public static String itemYesNo;
	public static String itemDate;
	public static String itemUnknown;
	public static String itemMissingNotAllowed;
	public static String itemHiddenAnswered;
	public static String itemRequired;
	public static String yes;
	public static String no;
	public static String prerequisiteMissing;
	public static String staleAssessment;
	public static String instrumentNotInstalled;
	public static String overlayUnknownItem;
	public static String overlayDuplicateId;
	public static String overlayHiddenInUse;
	public static String overlayUnknownSection;
	public static String textPackUnknownKey;
	public static String textPackEmpty;
	public static String definitionInvalid;
	public static String respondentNotAllowed;
	public static String occasionNotSaved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
