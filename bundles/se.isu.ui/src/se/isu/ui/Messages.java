package se.isu.ui;

import org.eclipse.osgi.util.NLS;

import se.isu.model.CaseStatus;
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

	public static String step_AKTUALISERA;
	public static String step_UTREDA;
	public static String step_BESLUTA;
	public static String step_UTFORMA_UPPDRAG;
	public static String step_GENOMFORA;
	public static String step_FOLJA_UPP;
	public static String step_AVSLUTA;
	public static String status_OPEN;
	public static String status_CLOSED;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	public static String label(ProcessStep step) {
		return switch (step) {
		case AKTUALISERA -> step_AKTUALISERA;
		case UTREDA -> step_UTREDA;
		case BESLUTA -> step_BESLUTA;
		case UTFORMA_UPPDRAG -> step_UTFORMA_UPPDRAG;
		case GENOMFORA -> step_GENOMFORA;
		case FOLJA_UPP -> step_FOLJA_UPP;
		case AVSLUTA -> step_AVSLUTA;
		};
	}

	public static String label(CaseStatus status) {
		return status == CaseStatus.OPEN ? status_OPEN : status_CLOSED;
	}
}
