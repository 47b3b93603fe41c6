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
	// process steps, SKL's seven (one home: ProcessSteps.label)
	public static String step_AKTUALISERA;
	public static String step_UTREDA;
	public static String step_BESLUTA;
	public static String step_UTFORMA_UPPDRAG;
	public static String step_GENOMFORA;
	public static String step_FOLJA_UPP;
	public static String step_AVSLUTA;
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
	// issue 13: month-year items
	public static String itemMonthYear;
	public static String itemUnknown;
	public static String itemMissingNotAllowed;
	public static String itemHiddenAnswered;
	public static String itemRequired;
	public static String yes;
	public static String no;
	public static String prerequisiteMissing;
	public static String staleAssessment;
	public static String instrumentNotInstalled;
	public static String commentTooLong;
	// Issue 18: several workbenches on one database
	public static String staleCaseBy;
	public static String staleAssessmentBy;
	public static String overlayUnknownItem;
	public static String overlayDuplicateId;
	public static String overlayHiddenInUse;
	public static String overlayUnknownSection;
	public static String textPackUnknownKey;
	public static String textPackEmpty;
	public static String definitionInvalid;
	public static String respondentNotAllowed;
	public static String occasionNotSaved;
	public static String compile_total;
	public static String compile_all;
	public static String compile_notRecorded;
	public static String compile_open;
	public static String compile_closed;
	public static String compile_outcomeDone;
	public static String compile_outcomeNotDone;
	public static String compile_outcomeOverdue;
	public static String compile_outcomeUpcoming;
	public static String compile_quarter;
	public static String compile_occasionIntake;
	public static String compile_occasionInterim;
	public static String compile_occasionDischarge;
	public static String compile_occasionFollowUp;
	public static String compile_dimSex;
	public static String compile_dimAgeGroup;
	public static String compile_dimUnit;
	public static String compile_dimStaff;
	public static String compile_dimPeriod;
	public static String compile_dimStatus;
	public static String compile_dimStep;
	public static String compile_dimOccasionKind;
	public static String compile_dimOccasionOutcome;
	public static String compile_subjectCases;
	public static String compile_subjectClients;
	public static String compile_subjectInterventions;
	public static String compile_subjectAssessments;
	public static String compile_subjectOccasions;
	public static String compile_count;
	public static String compile_share;
	public static String compile_mean;
	public static String compile_median;
	public static String compile_valueAge;
	public static String compile_valueDuration;
	public static String compile_dateActualisation;
	public static String compile_dateDecision;
	public static String compile_dateImplementation;
	public static String compile_dateFollowUp;
	public static String compile_dateClosure;
	public static String compile_dateOccasion;
	public static String compile_noteSmall;
	public static String compile_noteSecondary;
	public static String compile_noteTooFew;
	public static String compile_savedName;
	public static String change_title;
	public static String change_noOccasion;
	public static String change_doneWithoutMeasurement;
	public static String change_overdue;
	// case editor and new-case wizard (issue 12)
	public static String nameTooLong;
	public static String dateNotInCalendar;
	public static String dateShape;
	public static String responsibleNotOfUnit;
	// repeating groups and grids (issue 13)
	public static String groupRowTitle;
	public static String groupTooFewRows;
	public static String groupTooManyRows;
	public static String itemNeedsRow;
	// providers (issue 17)
	public static String compile_dimProvider;
	public static String questionnaireNotPublished;
	public static String redcap_noColumn;
	public static String redcap_unreadable;
	public static String redcap_empty;
	public static String redcap_row;
	public static String redcap_calc;
	public static String redcap_type;
	public static String redcap_validation;
	public static String redcap_range;
	public static String redcap_noChoices;
	public static String redcap_choice;
	public static String redcap_branching;
	public static String check_nameRequired;
	public static String check_noSections;
	public static String check_choiceListEmpty;
	public static String check_choiceCodeEmpty;
	public static String check_choiceCodeTwice;
	public static String check_sectionId;
	public static String check_sectionLabel;
	public static String check_itemId;
	public static String check_itemIdTwice;
	public static String check_itemLabel;
	public static String check_itemNeedsChoices;
	public static String check_itemUnknownChoices;
	public static String check_scaleNeedsRange;
	public static String check_minAboveMax;
	public static String check_computedNeedsExpression;
	public static String check_ruleNamesLater;
	public static String check_ruleNamesUnknown;
	public static String check_ruleUnreadable;
	public static String orgNumberFormat;
	public static String orgNumberThirdDigit;
	public static String orgNumberCheckDigit;
	public static String providerNameRequired;
	public static String providerNameTooLong;
	public static String providerNameTaken;
	public static String providerKindRequired;
	public static String unitInstrumentNotInstalled;
	public static String unitInstrumentsNone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	public static String answerCheckFailed;

	public static String importProblem;

	public static String importUnknownColumn;

	public static String importColumnMissing;

	public static String importNoCase;

	public static String importNoRight;

	public static String importBadDate;

	public static String importHiddenItem;

	public static String importDuplicate;

	public static String importNothing;

	public static String protectedName;
	public static String protectedNumber;
	public static String protectedReadReasonRequired;
	public static String protectedFieldReason;
	public static String protectedFieldDecision;
	public static String protectedFieldReadReason;
	public static String protectedTooLong;
	public static String protectedNoCase;
	public static String protectedHandOver;

	private Messages() {
	}
}
