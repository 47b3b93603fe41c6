package se.isu.instrument.asi;

import org.eclipse.osgi.util.NLS;

/**
 * ASI's own texts, Swedish in messages.properties and English in messages_en.properties, chosen by the workbench's
 * language like every other text (no language check in code). Item wording lives in the definitions and text packs.
 */
public final class Messages extends NLS {

	public static String area_PHYSICAL;
	public static String area_WORK;
	public static String area_ALCOHOL;
	public static String area_DRUGS;
	public static String area_LEGAL;
	public static String area_FAMILY;
	public static String area_PSYCHIATRIC;
	public static String score_areasNeedingHelp;
	public static String feedback_title;
	public static String change_title;
	public static String change_description;
	public static String change_note;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
