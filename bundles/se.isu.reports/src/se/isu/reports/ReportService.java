package se.isu.reports;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import se.isu.instrument.api.report.ReportParameters;

/**
 * Renders report templates with BIRT. Group reports get their rows from core's compilation services through the
 * task's application context, never from the database directly, so permissions and suppression hold in reports
 * too. Methods staff may replace a template with their own (an override in {@code <isu home>/templates}), reset
 * it to the shipped one, and export it with its sample data for BIRT Designer.
 */
public interface ReportService {

	/** A template in the gallery: stable id, Swedish title and description, and whether a unit's override is in use. */
	record ReportTemplate(String id, String title, String description, boolean overridden) {
	}

	/** Every group report the installed bundles ship, by title. */
	List<ReportTemplate> templates();

	/**
	 * Renders a group report. Progress goes to {@code monitor} (may be null); cancelling it stops between steps.
	 *
	 * @throws IllegalArgumentException for an unknown template id
	 * @throws ReportException when BIRT fails to render
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	void render(String templateId, ReportFormat format, ReportParameters parameters, OutputStream out,
			IProgressMonitor monitor);

	/** Renders for the whole period and every unit, without progress. */
	default void render(String templateId, ReportFormat format, OutputStream out) {
		render(templateId, format, ReportParameters.all(), out, null);
	}

	/**
	 * Installs {@code design} as the unit's version of the template, after checking that BIRT can read it and render
	 * it with the current data. A template that fails is refused with a message saying why, and nothing is installed.
	 *
	 * @throws TemplateRejectedException naming the file and the problem
	 */
	void importTemplate(String templateId, Path design);

	/** Goes back to the shipped template (removes the override); nothing happens when there is none. */
	void resetTemplate(String templateId);

	/**
	 * Writes the template in use ({@code <id>.rptdesign}) and its sample data, one CSV per data set
	 * ({@code <id>-<data set>.csv}, computed and suppressed as in a real report), into {@code directory}.
	 *
	 * @return the files written
	 */
	List<Path> exportTemplate(String templateId, Path directory, ReportParameters parameters);

	/** Reports about single assessments that installed instrument plugins ship for this instrument. */
	List<ReportTemplate> assessmentReports(String instrumentId);

	/**
	 * Renders an assessment report, with the assessment's baseline (if its instrument has one) for comparison.
	 *
	 * @throws IllegalArgumentException for an unknown template, an unknown assessment, or an instrument that is
	 *                                  not installed
	 * @throws ReportException when BIRT fails to render
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	void renderAssessment(String templateId, long assessmentId, ReportFormat format, OutputStream out,
			IProgressMonitor monitor);

	/** Renders an assessment report without progress. */
	default void renderAssessment(String templateId, long assessmentId, ReportFormat format, OutputStream out) {
		renderAssessment(templateId, assessmentId, format, out, null);
	}
}
