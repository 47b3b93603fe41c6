package se.isu.instrument.dok;

import org.eclipse.osgi.util.NLS;

/**
 * The DOK plugin's own texts (report titles, area labels with what is compared), Swedish in messages.properties and
 * English in messages_en.properties, chosen by the workbench's language. Item wording lives in the definitions'
 * properties files and in licensed text packs.
 */
public final class Messages extends NLS {

	public static String area_boende;
	public static String area_familj;
	public static String area_forsorjning;
	public static String area_sysselsattning;
	public static String area_droger;
	public static String area_fysisk;
	public static String area_psykisk;
	public static String area_kriminalitet;
	public static String area_myndighet;
	public static String area_spel;
	public static String area_boendedok_boende;
	public static String area_relationer;
	public static String area_vald;
	public static String occasion_discharge;
	public static String occasion_followUp;
	public static String change_dok_title;
	public static String change_dok_description;
	public static String change_speldok_title;
	public static String change_speldok_description;
	public static String change_boendedok_title;
	public static String change_boendedok_description;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/** The label of an area in a family's change report (boendeDOK's housing item differs from DOK's). */
	static String area(String family, String code) {
		return switch (family.equals("boendedok") && code.equals("boende") ? "boendedok_boende" : code) {
		case "boende" -> area_boende;
		case "familj" -> area_familj;
		case "forsorjning" -> area_forsorjning;
		case "sysselsattning" -> area_sysselsattning;
		case "droger" -> area_droger;
		case "fysisk" -> area_fysisk;
		case "psykisk" -> area_psykisk;
		case "kriminalitet" -> area_kriminalitet;
		case "myndighet" -> area_myndighet;
		case "spel" -> area_spel;
		case "boendedok_boende" -> area_boendedok_boende;
		case "relationer" -> area_relationer;
		case "vald" -> area_vald;
		default -> code;
		};
	}
}
