package se.isu.testplugin.instrument.ui;

import org.eclipse.osgi.util.NLS;

/** The plugin's own texts: messages.properties (Swedish, the default) and messages_en.properties. */
public final class Messages extends NLS {

	public static String overview_title;
	public static String overview_text;
	public static String ladder_tip;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
