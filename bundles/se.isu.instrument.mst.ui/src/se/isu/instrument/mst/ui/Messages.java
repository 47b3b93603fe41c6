package se.isu.instrument.mst.ui;

import org.eclipse.osgi.util.NLS;

/** The plugin's own texts: messages.properties (Swedish, the default) and messages_en.properties. */
public final class Messages extends NLS {

	public static String chooseFile;
	public static String fileFilter;
	public static String job;
	public static String reading;
	public static String importing;
	public static String resultTitle;
	public static String imported;
	public static String importedNone;
	public static String refused;
	public static String problem;
	public static String unreadable;
	public static String notAllowed;
	public static String close;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
