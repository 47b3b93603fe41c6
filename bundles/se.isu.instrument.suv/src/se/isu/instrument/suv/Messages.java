package se.isu.instrument.suv;

import org.eclipse.osgi.util.NLS;

/**
 * The plugin's own texts, Swedish in messages.properties and English in messages_en.properties, chosen by the
 * workbench's language. Item wording lives in the definitions (our paraphrases) and in text packs.
 */
public final class Messages extends NLS {

	public static String change_title;
	public static String change_description;
	public static String change_note;
	public static String change_victimForms;
	public static String change_victimSafety;
	public static String change_perpetratorForms;
	public static String change_perpetratorRefrain;
	public static String change_fredaYes;
	public static String common_title;
	public static String common_description;
	public static String common_note;
	public static String common_answer;
	public static String common_total;
	public static String common_none;
	public static String common_forms;
	public static String common_relation;
	public static String common_honour;
	public static String common_freda;
	public static String common_interventions;
	public static String common_goals;
	public static String common_reactualised;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
