package se.isu.reports;

import java.io.OutputStream;
import java.util.List;

/**
 * Renders report templates with BIRT. Templates get their rows from core services through the task's
 * application context, never from the database directly, so permissions and suppression hold in reports too.
 */
public interface ReportService {

	/** A template the installation can render: stable id and a Swedish title. */
	record ReportTemplate(String id, String title) {
	}

	List<ReportTemplate> templates();

	/**
	 * Renders one template.
	 *
	 * @throws IllegalArgumentException for an unknown template id
	 * @throws ReportException when BIRT fails to render
	 */
	void render(String templateId, ReportFormat format, OutputStream out);

	/** Reports about single assessments that installed instrument plugins ship for this instrument. */
	List<ReportTemplate> assessmentReports(String instrumentId);

	/**
	 * Renders an assessment report, with the assessment's baseline (if its instrument has one) for comparison.
	 *
	 * @throws IllegalArgumentException for an unknown template, an unknown assessment, or an instrument that is
	 *                                  not installed
	 * @throws ReportException when BIRT fails to render
	 */
	void renderAssessment(String templateId, long assessmentId, ReportFormat format, OutputStream out);
}
