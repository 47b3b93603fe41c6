package se.isu.instrument.api.report;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A report about a group of cases that core or an instrument plugin ships, registered as a DS service; the report
 * gallery lists every installed one. Its BIRT template reads one list of rows per data set from the application
 * context key {@code isu.rows.<data set>}; the rows are computed through the compilation services ({@link PairedChanges} for plugins), so small
 * cells are suppressed before they reach the template.
 */
public interface GroupReport {

	/** Stable id, also the file name of an override ({@code <id>.rptdesign}). */
	String id();

	/** Title in the gallery, Swedish. */
	String title();

	/** One sentence on what the report answers. */
	String description();

	/** The shipped .rptdesign, from the contributing bundle. */
	InputStream openDesign();

	/**
	 * The rows of each data set, by data set name (column name → value; texts for figures that may be suppressed).
	 * Requires the right to see compilations.
	 */
	Map<String, List<Map<String, Object>>> rows(ReportParameters parameters);
}
