package se.isu.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on widgets, set with {@link Widget#setData(String, Object)} under {@link #KEY}. Tests find widgets by
 * these ids rather than by label or position, so a reworded label never breaks a test.
 */
public final class WidgetIds {

	public static final String KEY = "isu.widget.id";

	public static final String CASE_LIST_SEARCH = "caseList.search";
	public static final String CASE_LIST_TABLE = "caseList.table";
	public static final String CASE_LIST_STATUS = "caseList.status";

	private WidgetIds() {
	}

	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
