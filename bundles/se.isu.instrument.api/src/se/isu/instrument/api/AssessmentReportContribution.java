package se.isu.instrument.api;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report about one assessment that an instrument plugin ships (e.g. ASI's feedback summary for the talk with the
 * client), registered as a DS service. The workbench renders it with BIRT; the template's scripted data set reads the
 * rows this contribution builds.
 */
public interface AssessmentReportContribution {

	String templateId();

	/** Title shown in the workbench, in the user's language. */
	String title();

	boolean appliesTo(String instrumentId);

	/** The .rptdesign, read from the plugin's own bundle. */
	InputStream openDesign();

	/**
	 * The rows of the report (a list of column → value maps).
	 *
	 * @param baseline the assessment this one is compared with (e.g. the Grund before an Uppföljning), if any
	 */
	List<Map<String, Object>> rows(FormView form, AssessmentView assessment, Optional<AssessmentView> baseline);
}
