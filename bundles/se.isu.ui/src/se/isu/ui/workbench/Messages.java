package se.isu.ui.workbench;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench shell (quit, close, drafts, window, help), Swedish first, English in messages_en. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "se.isu.ui.workbench.messages";

	public static String unsaved_title;
	public static String unsaved_one;
	public static String unsaved_many;
	public static String unsaved_save;
	public static String unsaved_discard;
	public static String unsaved_cancel;
	public static String unsaved_stillDirty;
	public static String drafts_job;
	public static String drafts_failed;
	public static String drafts_title;
	public static String drafts_message;
	public static String drafts_restore;
	public static String drafts_discard;
	public static String window_reopen;
	public static String help_close;
	public static String help_shortcuts;
	public static String help_about;
	public static String help_aboutText;
	public static String help_guide;
	/** The user guide file in se.isu.app, per language. */
	public static String help_guideFile;
	public static String error_title;
	public static String error_message;
	public static String start_title;
	public static String start_welcome;
	public static String start_due;
	public static String start_dueText;
	public static String start_noDue;
	public static String start_loading;
	public static String start_recent;
	public static String start_noRecent;
	public static String start_howTo;
	public static String start_howToText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
