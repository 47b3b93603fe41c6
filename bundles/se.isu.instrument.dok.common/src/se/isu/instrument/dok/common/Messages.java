package se.isu.instrument.dok.common;

import org.eclipse.osgi.util.NLS;

/** The shared reports' texts, Swedish in messages.properties and English in messages_en.properties. */
public final class Messages extends NLS {

	public static String change_note;
	public static String zones_title;
	public static String zones_description;
	public static String zones_note;
	public static String zones_discharge;
	public static String zones_followUp;
	public static String zones_total;
	public static String zones_zone;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
