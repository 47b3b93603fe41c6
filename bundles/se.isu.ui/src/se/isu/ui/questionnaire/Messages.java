package se.isu.ui.questionnaire;

import org.eclipse.osgi.util.NLS;

import se.isu.core.instrument.FormCustomisationService.QuestionnaireState;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Respondent;

/** The questionnaire editor's texts: Swedish in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "se.isu.ui.questionnaire.messages";

	public static String title;
	public static String unit;
	public static String questionnaire;
	public static String newQuestionnaire;
	public static String importFile;
	public static String importRedcap;
	public static String exportFile;
	public static String name;
	public static String respondent;
	public static String schedule;
	public static String scheduleMonths;
	public static String schedule0;
	public static String schedule1;
	public static String schedule2;
	public static String schedule3;
	public static String schedule4;
	public static String addSection;
	public static String addItem;
	public static String remove;
	public static String up;
	public static String down;
	public static String chooseElement;
	public static String sectionId;
	public static String sectionLabel;
	public static String visibleWhen;
	public static String ruleHint;
	public static String itemId;
	public static String itemLabel;
	public static String itemType;
	public static String choices;
	public static String choicesHint;
	public static String required;
	public static String min;
	public static String max;
	public static String expression;
	public static String help;
	public static String comment;
	public static String saveDraft;
	public static String dontSave;
	public static String publish;
	public static String retire;
	public static String retireQuestion;
	public static String reading;
	public static String saving;
	public static String publishing;
	public static String saved;
	public static String published;
	public static String retired;
	public static String publishRefused;
	public static String problems;
	public static String problemsOne;
	public static String previewWaits;
	public static String previewFailed;
	public static String noneYet;
	public static String notStoredYet;
	public static String firstSection;
	public static String newSection;
	public static String unsaved;
	public static String imported;
	public static String importFailed;
	public static String nothingImported;
	public static String exported;
	public static String state_DRAFT;
	public static String state_PUBLISHED;
	public static String state_RETIRED;
	public static String publishedVersion;
	public static String draftVersion;
	public static String respondent_CLIENT;
	public static String respondent_STAFF;
	public static String respondent_FAMILY;
	public static String respondent_PROVIDER;
	public static String type_INTEGER;
	public static String type_DAY_COUNT;
	public static String type_MONEY;
	public static String type_DATE;
	public static String type_YES_NO;
	public static String type_SINGLE_CHOICE;
	public static String type_MULTI_CHOICE;
	public static String type_SCALE;
	public static String type_TEXT;
	public static String type_COMPUTED;
	public static String type_DECIMAL;
	public static String type_MONTH_YEAR;
	public static String type_AGE;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The schedule choices, in the order the editor writes them (see QuestionnaireEditorPart#writeSchedule). */
	static String[] schedules() {
		return new String[] { schedule0, schedule1, schedule2, schedule3, schedule4 };
	}

	static String respondent(Respondent r) {
		return switch (r) {
		case CLIENT -> respondent_CLIENT;
		case STAFF -> respondent_STAFF;
		case FAMILY -> respondent_FAMILY;
		case PROVIDER -> respondent_PROVIDER;
		};
	}

	static String state(QuestionnaireState s) {
		return switch (s) {
		case DRAFT -> state_DRAFT;
		case PUBLISHED -> state_PUBLISHED;
		case RETIRED -> state_RETIRED;
		};
	}

	static String type(ItemType t) {
		if (t == null) {
			return "";
		}
		return switch (t) {
		case INTEGER -> type_INTEGER;
		case DAY_COUNT -> type_DAY_COUNT;
		case MONEY -> type_MONEY;
		case DATE -> type_DATE;
		case YES_NO -> type_YES_NO;
		case SINGLE_CHOICE -> type_SINGLE_CHOICE;
		case MULTI_CHOICE -> type_MULTI_CHOICE;
		case SCALE -> type_SCALE;
		case TEXT -> type_TEXT;
		case COMPUTED -> type_COMPUTED;
		case DECIMAL -> type_DECIMAL;
		case MONTH_YEAR -> type_MONTH_YEAR;
		case AGE -> type_AGE;
		};
	}
}
