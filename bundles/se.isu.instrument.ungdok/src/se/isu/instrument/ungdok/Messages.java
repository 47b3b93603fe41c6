package se.isu.instrument.ungdok;

import org.eclipse.osgi.util.NLS;

/**
 * UngDOK's own texts, Swedish in messages.properties and English in messages_en.properties, chosen by the workbench's
 * language. Item wording lives in the definitions' properties files and in licensed text packs.
 */
public final class Messages extends NLS {

	public static String area_boende;
	public static String area_sysselsattning;
	public static String area_droger;
	public static String area_kriminalitet;
	public static String area_familj;
	public static String area_fysisk;
	public static String area_psykisk;
	public static String occasion_discharge;
	public static String occasion_followUp;
	public static String change_title;
	public static String change_description;
	public static String feedback_title;
	public static String feedback_most;
	public static String feedback_substance;
	public static String feedback_primarySubstance;
	public static String feedback_noSubstance;

	public static String indicators_title;
	public static String indicators_description;
	public static String indicators_note;
	public static String indicators_answer;
	public static String indicators_count;
	public static String indicators_none;
	public static String indicators_primary;
	public static String indicators_occupation;
	public static String indicators_mental;
	public static String indicators_crime;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
