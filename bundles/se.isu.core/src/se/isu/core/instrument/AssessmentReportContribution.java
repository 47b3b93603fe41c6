package se.isu.core.instrument;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.isu.model.instrument.Assessment;

/**
 * A report about one assessment that an instrument plugin ships (e.g. ASI's feedback summary for the talk with the
 * client), registered as a DS service. The report bundle renders it with BIRT; the template's scripted data set
 * reads the rows this contribution builds from the stored answers and scores.
 */
public interface AssessmentReportContribution {

	String templateId();

	/** Title shown in the workbench, Swedish first. */
	String title();

	boolean appliesTo(String instrumentId);

	/** The .rptdesign, read from the plugin's own bundle. */
	InputStream openDesign();

	/**
	 * The rows of the report (a list of column → value maps).
	 *
	 * @param baseline the assessment this one is compared with (e.g. the Grund before an Uppföljning), if any
	 */
	List<Map<String, Object>> rows(Form form, Assessment assessment, Optional<Assessment> baseline);
}
