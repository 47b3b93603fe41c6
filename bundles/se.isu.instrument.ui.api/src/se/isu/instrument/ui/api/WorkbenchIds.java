package se.isu.instrument.ui.api;

/**
 * The element ids of the workbench's application model that a plugin's {@code fragment.e4xmi} may name as
 * {@code parentElementId}: these stay as long as the package's major version does. Any other id of the
 * workbench's model is internal and may change without notice.
 */
public final class WorkbenchIds {

	/** The application: parent of a fragment's part descriptors ({@code descriptors}), {@code commands} and {@code handlers}. */
	public static final String APPLICATION = "se.isu.app.application";

	/** The menu Uppföljning (Follow-up), feature {@code children}: dashboards and overviews of an instrument. */
	public static final String MENU_FOLLOW_UP = "se.isu.app.menu.followup";

	/** The menu Verktyg (Tools), feature {@code children}: an instrument's tools. */
	public static final String MENU_TOOLS = "se.isu.app.menu.tools";

	/** The editor area's part stack, feature {@code children}: where a plugin's parts are shown. */
	public static final String PART_STACK_EDITORS = "se.isu.app.stack.editors";

	/** The category a part descriptor gives to open in the editor area, like the workbench's own editors. */
	public static final String CATEGORY_EDITOR = "editor";

	private WorkbenchIds() {
	}
}
