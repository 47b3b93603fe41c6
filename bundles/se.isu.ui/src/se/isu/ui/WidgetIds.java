package se.isu.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on widgets, set with {@link Widget#setData(String, Object)} under {@link #KEY}. Tests find widgets by
 * these ids rather than by label or position, so a reworded label never breaks a test.
 */
public final class WidgetIds {

	public static final String KEY = "isu.widget.id";

	public static final String CASE_LIST_SEARCH = "caseList.search";
	public static final String CASE_LIST_TABLE = "caseList.table";
	public static final String CASE_LIST_STATUS = "caseList.status";
	public static final String CASE_LIST_UNIT_FILTER = "caseList.unitFilter";
	public static final String CASE_LIST_STATUS_FILTER = "caseList.statusFilter";
	public static final String CASE_LIST_STEP_FILTER = "caseList.stepFilter";

	public static final String COMPILE_CHART = "compile.chart";
	public static final String COMPILE_COLUMNS = "compile.columns";
	public static final String COMPILE_DELETE = "compile.delete";
	public static final String COMPILE_EXPORT_CSV = "compile.exportCsv";
	public static final String COMPILE_EXPORT_XLSX = "compile.exportXlsx";
	public static final String COMPILE_FROM = "compile.from";
	public static final String COMPILE_MEASURE = "compile.measure";
	public static final String COMPILE_NOTES = "compile.notes";
	public static final String COMPILE_ROWS = "compile.rows";
	public static final String COMPILE_RUN = "compile.run";
	public static final String COMPILE_SAVE = "compile.save";
	public static final String COMPILE_SAVED = "compile.saved";
	public static final String COMPILE_STATUS = "compile.status";
	public static final String COMPILE_SUBJECT = "compile.subject";
	public static final String COMPILE_TABLE = "compile.table";
	public static final String COMPILE_TO = "compile.to";
	public static final String COMPILE_UNIT = "compile.unit";
	public static final String COMPILE_VALUE = "compile.value";
	public static final String DUE_ONLY_MINE = "due.onlyMine";
	public static final String DUE_SUMMARY = "due.summary";
	public static final String DUE_TABLE = "due.table";
	public static final String REPORTS_EXPORT = "reports.export";
	public static final String REPORTS_FORMAT = "reports.format";
	public static final String REPORTS_FROM = "reports.from";
	public static final String REPORTS_GALLERY = "reports.gallery";
	public static final String REPORTS_IMPORT = "reports.import";
	public static final String REPORTS_RENDER = "reports.render";
	public static final String REPORTS_RESET = "reports.reset";
	public static final String REPORTS_STATUS = "reports.status";
	public static final String REPORTS_TO = "reports.to";
	public static final String REPORTS_UNIT = "reports.unit";
	public static final String COMPILE_ROWS2 = "compile.rows2";

	public static final String EDITOR_TITLE = "editor.title";
	public static final String EDITOR_SUMMARY = "editor.summary";
	public static final String EDITOR_RELOAD = "editor.reload";
	public static final String EDITOR_STEP = "editor.step";
	public static final String EDITOR_CLOSED = "editor.closed";
	public static final String EDITOR_INTERVENTIONS = "editor.interventions";
	public static final String EDITOR_FOLLOW_UPS = "editor.followUps";
	public static final String EDITOR_OCCASIONS = "editor.occasions";
	public static final String EDITOR_OCCASIONS_PLAN = "editor.occasions.plan";
	public static final String EDITOR_OCCASION_STATUS = "editor.occasion.status";

	public static final String ASSESSMENT_STATUS = "assessment.status";
	public static final String ASSESSMENT_MESSAGE = "assessment.message";
	public static final String ASSESSMENT_RELOAD = "assessment.reload";
	public static final String ASSESSMENT_SCORES = "assessment.scores";
	public static final String ASSESSMENT_SAVE_DRAFT = "assessment.saveDraft";
	public static final String ASSESSMENT_COMPLETE = "assessment.complete";
	public static final String ASSESSMENT_REPORT = "assessment.report";
	public static final String ASSESSMENT_RAW = "assessment.raw";
	public static final String EDITOR_ASSESSMENTS = "editor.assessments";
	public static final String EDITOR_ASSESSMENT_NEW = "editor.assessment.new";
	public static final String EDITOR_ASSESSMENT_OPEN = "editor.assessment.open";

	public static final String CUSTOMISE_UNIT = "customise.unit";
	public static final String CUSTOMISE_INSTRUMENT = "customise.instrument";
	public static final String CUSTOMISE_HISTORY = "customise.history";
	public static final String CUSTOMISE_ITEMS = "customise.items";
	public static final String CUSTOMISE_ADD = "customise.add";
	public static final String CUSTOMISE_COMMENT = "customise.comment";
	public static final String CUSTOMISE_SAVE = "customise.save";
	public static final String CUSTOMISE_MESSAGE = "customise.message";

	public static final String WIZARD_PERSONNUMMER = "wizard.personnummer";
	public static final String WIZARD_GIVEN_NAME = "wizard.givenName";
	public static final String WIZARD_FAMILY_NAME = "wizard.familyName";
	public static final String WIZARD_UNIT = "wizard.unit";
	public static final String WIZARD_DATE = "wizard.actualisationDate";
	public static final String WIZARD_CLIENT_INFO = "wizard.clientInfo";

	private WidgetIds() {
	}

	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}

	public static final String LOGIN_USER = "login.user";
	public static final String LOGIN_DISPLAY_NAME = "login.displayName";
	public static final String LOGIN_PASSWORD = "login.password";
	public static final String LOGIN_REPEAT = "login.repeat";
	public static final String LOGIN_CODE = "login.code";

	// case editor and new-case wizard (issue 12)
	/** Suffix of the label that shows a field's message as text beside or under the field: {@code <field id>.message}. */
	public static final String MESSAGE_SUFFIX = ".message";
	public static final String EDITOR_RESPONSIBLE = "responsibleStaff";
	// responsive (issue 12): the Jobs helper's progress line
	public static final String JOBS_PROGRESS = "jobs.progress";
	public static final String JOBS_CANCEL = "jobs.cancel";
	// Workbench shell (issue 12: quit/close, drafts, start page, help)
	public static final String UNSAVED_SAVE = "unsaved.save";
	public static final String UNSAVED_DISCARD = "unsaved.discard";
	public static final String UNSAVED_CANCEL = "unsaved.cancel";
	public static final String DRAFTS_RESTORE = "drafts.restore";
	public static final String DRAFTS_DISCARD = "drafts.discard";
	public static final String HELP_TEXT = "help.text";
	public static final String START_DUE = "start.due";
	public static final String START_RECENT = "start.recent";
	// forms (issue 12): the renderer's section list and the own-item dialog
	public static final String FORM_SECTIONS = "form.sections";
	public static final String OWN_ITEM_ID = "ownItem.id";
	public static final String OWN_ITEM_LABEL = "ownItem.label";
	public static final String OWN_ITEM_TYPE = "ownItem.type";
	public static final String OWN_ITEM_MIN = "ownItem.min";
	public static final String OWN_ITEM_MAX = "ownItem.max";
	public static final String OWN_ITEM_PROBLEM = "ownItem.problem";
	public static final String OWN_ITEM_OK = "ownItem.ok";
	public static final String OWN_ITEM_CANCEL = "ownItem.cancel";

	// issue 13: respondents per form
	public static final String NEW_ASSESSMENT_RESPONDENT = "newAssessment.respondent";

	// issue 13: the forms due at an occasion
	public static final String EDITOR_OCCASION_FORMS = "editor.occasion.forms";
	public static final String EDITOR_OCCASION_FORM_OPEN = "editor.occasion.form.open";
	public static final String UNIT_INSTRUMENTS_UNIT = "unitInstruments.unit";
	public static final String UNIT_INSTRUMENTS_STATE = "unitInstruments.state";
	public static final String UNIT_INSTRUMENTS_TABLE = "unitInstruments.table";
	public static final String UNIT_INSTRUMENTS_MESSAGE = "unitInstruments.message";
	public static final String UNIT_INSTRUMENTS_SAVE = "unitInstruments.save";
	public static final String UNIT_INSTRUMENTS_CLOSE = "unitInstruments.close";

	// issue 15: skyddade personuppgifter
	public static final String EDITOR_PROTECTED_IDENTITY = "editor.protectedIdentity";
	public static final String READ_REASON_TEXT = "readReason.text";
	public static final String READ_REASON_OPEN = "readReason.open";
	public static final String READ_REASON_MESSAGE = "readReason.message";
	public static final String PROTECTION_STATE = "protection.state";
	public static final String PROTECTION_HISTORY = "protection.history";
	public static final String PROTECTION_TEXT = "protection.text";
	public static final String PROTECTION_ACTION = "protection.action";
	public static final String PROTECTION_MESSAGE = "protection.message";
}
