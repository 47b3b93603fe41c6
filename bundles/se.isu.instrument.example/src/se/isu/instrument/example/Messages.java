package se.isu.instrument.example;

import org.eclipse.osgi.util.NLS;

/** The plugin's own texts: messages.properties (Swedish, the default) and messages_en.properties. */
public final class Messages extends NLS {

	public static String score_safe;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
