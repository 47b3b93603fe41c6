package se.isu.ui;

import org.eclipse.osgi.util.NLS;

import se.isu.model.CaseStatus;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.ProcessStep;

/** UI texts, Swedish in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.isu.ui.messages";

	public static String caseList_search;
	public static String caseList_column_caseNumber;
	public static String caseList_column_personalId;
	public static String caseList_column_name;
	public static String caseList_column_unit;
	public static String caseList_column_step;
	public static String caseList_column_status;
	public static String caseList_column_actualised;
	public static String caseList_count;
	public static String caseList_limited;

	public static String status_OPEN;
	public static String status_CLOSED;
	public static String editor_title;
	public static String editor_titleProtected;
	public static String editor_protectedMasked;
	public static String editor_protectedShown;
	public static String readReason_title;
	public static String readReason_label;
	public static String readReason_open;
	public static String readReason_working;
	public static String protection_title;
	public static String protection_stateProtected;
	public static String protection_stateOpen;
	public static String protection_history;
	public static String protection_historyProtect;
	public static String protection_historyLift;
	public static String protection_historyNone;
	public static String protection_reasonLabel;
	public static String protection_decisionLabel;
	public static String protection_protect;
	public static String protection_lift;
	public static String protection_close;
	public static String protection_working;
	public static String protection_done;
	public static String protection_doneReopen;
	public static String protection_liftNeedsManager;
	public static String editor_section_general;
	public static String editor_section_occasions;
	public static String editor_step;
	public static String editor_closed;
	public static String editor_add;
	public static String editor_remove;
	public static String editor_errors;
	public static String editor_childError;
	public static String editor_savedAt;
	public static String editor_saving;
	public static String editor_saveJob;
	public static String editor_changedHint;
	public static String editor_reload;
	public static String editor_reloading;
	public static String editor_reloaded;
	public static String editor_reloadedBoth;
	public static String editor_reloadRow_intervention;
	public static String editor_reloadRow_followUp;
	public static String editor_reloadRow_occasion;
	public static String editor_planJob;
	public static String editor_startJob;
	public static String editor_assessmentsJob;
	public static String editor_dateHint;
	public static String editor_dateFormat;
	public static String editor_notRecorded;
	public static String field_actualisationDate;
	public static String field_actualisationReasons;
	public static String field_legalSex;
	public static String field_origin;
	public static String field_householdType;
	public static String field_previousContact;
	public static String field_problems;
	public static String field_decisionDate;
	public static String field_interventionType;
	public static String field_interventionDecision;
	public static String field_startDate;
	public static String field_endDate;
	public static String field_followUpDate;
	public static String field_cooperation;
	public static String field_coordinatedPlan;
	public static String field_parallelInterventions;
	public static String field_goalAttainment;
	public static String field_closureDate;
	public static String field_implementationVsPlan;
	public static String field_closureReason;
	public static String field_occasionKind;
	public static String field_plannedDate;
	public static String field_occasionStatus;
	public static String field_doneDate;
	public static String field_notDoneReason;
	public static String occasion_INTAKE;
	public static String occasion_INTERIM;
	public static String occasion_DISCHARGE;
	public static String occasion_FOLLOW_UP;
	public static String occasionStatus_PLANNED;
	public static String occasionStatus_DONE;
	public static String occasionStatus_NOT_DONE;
	public static String caseList_allUnits;
	public static String caseList_allStatuses;
	public static String caseList_allSteps;
	public static String wizard_title;
	public static String wizard_description;
	public static String wizard_personnummer;
	public static String wizard_givenName;
	public static String wizard_familyName;
	public static String wizard_unit;
	public static String wizard_actualisationDate;
	public static String wizard_existingClient;
	public static String wizard_newClient;

	public static String form_keysYesNo;
	public static String form_keysNumber;
	public static String form_keysDecimal;
	public static String form_keysDate;
	public static String form_keysMulti;
	public static String form_progress;
	public static String assessment_title;
	public static String assessment_notInstalled;
	public static String assessment_saveDraft;
	public static String assessment_complete;
	public static String assessment_report;
	public static String assessment_reportWritten;
	public static String assessment_reloading;
	public static String assessment_reload;
	public static String assessment_changedHint;
	public static String assessment_reloaded;
	public static String assessment_reloadedBoth;
	public static String assessment_moreProblems;
	public static String assessment_statusComplete;
	public static String assessment_statusInProgress;
	public static String assessment_rawItem;
	public static String assessment_rawValue;
	public static String assessment_rawMissing;
	public static String respondent_CLIENT;
	public static String respondent_STAFF;
	public static String respondent_FAMILY;
	public static String editor_section_assessments;
	public static String editor_assessments_new;
	public static String editor_assessments_open;
	public static String editor_assessments_saveFirst;
	public static String editor_assessments_column_instrument;
	public static String editor_assessments_column_date;
	public static String editor_assessments_column_occasion;
	public static String editor_assessments_column_status;
	public static String newAssessment_title;
	public static String newAssessment_instrument;
	public static String newAssessment_occasion;
	public static String newAssessment_none;

	// issue 13: respondents per form
	public static String newAssessment_respondent;
	public static String respondent_PROVIDER;
	public static String itemType_MONTH_YEAR;
	public static String itemType_AGE;
	public static String form_keysMonthYear;

	public static String customise_unit;
	public static String customise_instrument;
	public static String customise_column_hidden;
	public static String customise_column_id;
	public static String customise_column_item;
	public static String customise_column_origin;
	public static String customise_shipped;
	public static String customise_own;
	public static String customise_add;
	public static String customise_removeOwn;
	public static String customise_comment;
	public static String customise_save;
	public static String customise_noVersions;
	public static String customise_version;
	public static String customise_type;
	public static String customise_range;
	public static String customise_idRule;
	public static String customise_rangeRule;

	public static String editor_occasions_plan;
	public static String editor_occasions_planHelp;
	public static String editor_occasions_planNone;

	public static String login_title;
	public static String login_message;
	public static String login_firstAdminTitle;
	public static String login_firstAdminMessage;
	public static String login_userName;
	public static String login_displayName;
	public static String login_password;
	public static String login_repeatPassword;
	public static String login_code;
	public static String login_passwordsDiffer;
	public static String login_button;
	public static String login_create;
	public static String window_user;

	public static String compile_badDate;
	public static String compile_columns;
	public static String compile_dateHint;
	public static String compile_delete;
	public static String compile_dimAgeGroup;
	public static String compile_dimMonth;
	public static String compile_dimOccasionKind;
	public static String compile_dimOccasionOutcome;
	public static String compile_dimQuarter;
	public static String compile_dimSex;
	public static String compile_dimStaff;
	public static String compile_dimProvider;
	// providers (issue 17)
	public static String field_provider;
	public static String provider_inactiveName;
	public static String providers_title;
	public static String providers_name;
	public static String providers_organisationNumber;
	public static String providers_kind;
	public static String providers_ownOrExternal;
	public static String providers_external;
	public static String providers_active;
	public static String providers_externalShort;
	public static String providers_ownShort;
	public static String providers_new;
	public static String providers_save;
	public static String providers_dontSave;
	public static String providers_close;
	public static String providers_reading;
	public static String providers_saving;
	public static String providers_saved;
	public static String providers_none;
	public static String providers_unsaved;
	public static String providers_discard;
	public static String providerKind_HVB;
	public static String providerKind_SUPPORTED_HOUSING;
	public static String providerKind_FOSTER_HOME;
	public static String providerKind_OTHER;
	public static String compile_dimStatus;
	public static String compile_dimStep;
	public static String compile_dimUnit;
	public static String compile_dimYear;
	public static String compile_exportCsv;
	public static String compile_exportXlsx;
	public static String compile_exported;
	public static String compile_from;
	public static String compile_loading;
	public static String compile_saving;
	public static String compile_measure;
	public static String compile_measureCount;
	public static String compile_measureMean;
	public static String compile_measureMedian;
	public static String compile_measureShare;
	public static String compile_none;
	public static String compile_dimensionHint;
	public static String compile_badDimension;
	public static String compile_rows;
	public static String compile_rows2;
	public static String compile_run;
	public static String compile_save;
	public static String compile_saveName;
	public static String compile_saveNameRule;
	public static String compile_saved;
	public static String compile_subject;
	public static String compile_subjectAssessments;
	public static String compile_subjectCases;
	public static String compile_subjectClients;
	public static String compile_subjectInterventions;
	public static String compile_subjectOccasions;
	public static String compile_to;
	public static String compile_unit;
	public static String compile_value;
	public static String compile_valueActualisationClosure;
	public static String compile_valueActualisationDecision;
	public static String compile_valueAge;
	public static String compile_valueDecisionImplementation;
	public static String compile_valueImplementationClosure;
	public static String due_case;
	public static String due_late;
	public static String due_occasion;
	public static String due_onlyMine;
	public static String due_planned;
	public static String due_reason;
	public static String due_refresh;
	public static String due_staff;
	public static String due_state;
	public static String due_stateMissed;
	public static String due_stateOverdue;
	public static String due_stateThisWeek;
	public static String due_summary;
	public static String reports_cancelled;
	public static String reports_chooseTemplate;
	public static String reports_description;
	public static String reports_done;
	public static String reports_export;
	public static String reports_exported;
	public static String reports_format;
	public static String reports_import;
	public static String reports_imported;
	public static String reports_jobName;
	public static String reports_own;
	public static String reports_render;
	public static String reports_rendering;
	public static String reports_reset;
	public static String reports_loading;
	public static String reports_resetting;
	public static String reports_resetDone;
	public static String reports_shipped;
	public static String reports_title;
	public static String reports_version;
	// case editor and new-case wizard (issue 12)
	public static String wizard_unitChoose;
	public static String wizard_noUnits;
	public static String editor_responsible;
	public static String editor_responsibleNone;
	public static String editor_errorsShort;
	public static String editor_statusReady;

	public static String unitInstruments_title;
	public static String unitInstruments_column_name;
	public static String unitInstruments_column_version;
	public static String unitInstruments_loading;
	public static String unitInstruments_noUnits;
	public static String unitInstruments_chosen;
	public static String unitInstruments_notChosen;
	public static String unitInstruments_save;
	public static String unitInstruments_close;
	public static String unitInstruments_saving;
	public static String unitInstruments_savingUnit;
	public static String unitInstruments_noneTicked;
	public static String unitInstruments_discard;
	public static String unitInstruments_discardYes;
	public static String unitInstruments_discardNo;
	public static String unitInstruments_discardTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The step's name; defined once in core (ProcessSteps). */
	public static String label(ProcessStep step) {
		return se.isu.core.ProcessSteps.label(step);
	}

	public static String label(OccasionKind kind) {
		return switch (kind) {
		case INTAKE -> occasion_INTAKE;
		case INTERIM -> occasion_INTERIM;
		case DISCHARGE -> occasion_DISCHARGE;
		case FOLLOW_UP -> occasion_FOLLOW_UP;
		};
	}

	public static String label(OccasionStatus status) {
		return switch (status) {
		case PLANNED -> occasionStatus_PLANNED;
		case DONE -> occasionStatus_DONE;
		case NOT_DONE -> occasionStatus_NOT_DONE;
		};
	}

	public static String label(se.isu.model.instrument.Respondent respondent) {
		return switch (respondent) {
		case CLIENT -> respondent_CLIENT;
		case STAFF -> respondent_STAFF;
		case FAMILY -> respondent_FAMILY;
		case PROVIDER -> respondent_PROVIDER;
		};
	}

	public static String label(CaseStatus status) {
		return status == CaseStatus.OPEN ? status_OPEN : status_CLOSED;
	}

	// responsive (issue 12): jobs, case search, due list paging, compile and report jobs
	public static String jobs_cancel;
	public static String caseList_searching;
	public static String compile_running;
	public static String compile_exporting;
	public static String compile_fileName;
	public static String due_loading;
	public static String due_limited;
	public static String due_client;
	public static String reports_fileName;
	public static String reports_importing;
	public static String reports_exporting;
	public static String jobs_cancelled;
	// forms (issue 12): answer types in the own-item dialog, its buttons, the form's input guards
	public static String itemType_INTEGER;
	public static String itemType_DAY_COUNT;
	public static String itemType_MONEY;
	public static String itemType_DATE;
	public static String itemType_YES_NO;
	public static String itemType_SINGLE_CHOICE;
	public static String itemType_MULTI_CHOICE;
	public static String itemType_SCALE;
	public static String itemType_TEXT;
	public static String itemType_COMPUTED;
	public static String itemType_DECIMAL;
	public static String ownItem_ok;
	public static String ownItem_cancel;
	public static String ownItem_rangeOrder;
	public static String ownItem_labelRule;
	public static String form_tooLong;
	// repeating groups and grids in the form (issue 13)
	public static String form_addRow;
	public static String form_removeRow;
	public static String form_removeRowTitle;
	public static String form_removeRowQuestion;
	public static String form_noRows;
	public static String form_keysRemoveRow;

	// issue 13: the forms due at an occasion (decision 77)
	public static String editor_occasions_column_forms;
	public static String editor_occasionForms;
	public static String editor_occasionForms_column_form;
	public static String editor_occasionForms_column_state;
	public static String editor_occasionForms_open;
	public static String editor_occasionForms_select;
	public static String editor_occasionForms_notInstalled;
	public static String formState_NOT_STARTED;
	public static String formState_IN_PROGRESS;
	public static String formState_COMPLETE;
	public static String due_form;

	/** How far a form due at an occasion has come, in the user's language. */
	public static String label(se.isu.core.instrument.OccasionForms.FormState state) {
		return switch (state) {
		case NOT_STARTED -> formState_NOT_STARTED;
		case IN_PROGRESS -> formState_IN_PROGRESS;
		case COMPLETE -> formState_COMPLETE;
		};
	}

	/** What an item's answer type is called in the user's language (never the enum name). */
	public static String label(se.isu.model.instrument.ItemType type) {
		return switch (type) {
		case INTEGER -> itemType_INTEGER;
		case DAY_COUNT -> itemType_DAY_COUNT;
		case MONEY -> itemType_MONEY;
		case DATE -> itemType_DATE;
		case YES_NO -> itemType_YES_NO;
		case SINGLE_CHOICE -> itemType_SINGLE_CHOICE;
		case MULTI_CHOICE -> itemType_MULTI_CHOICE;
		case SCALE -> itemType_SCALE;
		case TEXT -> itemType_TEXT;
		case COMPUTED -> itemType_COMPUTED;
		case DECIMAL -> itemType_DECIMAL;
		case MONTH_YEAR -> itemType_MONTH_YEAR;
		case AGE -> itemType_AGE;
		};
	}
}
