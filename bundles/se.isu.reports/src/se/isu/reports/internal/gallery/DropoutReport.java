package se.isu.reports.internal.gallery;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.CompiledTable;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.ReportParameters;

/** Bortfall: of the occasions that were due, the share done, not done and overdue, per kind and quarter. */
@Component(service = GroupReport.class)
public class DropoutReport implements GroupReport {

	@Reference
	FollowUpMonitor monitor;

	@Override
	public String id() {
		return "dropout";
	}

	@Override
	public String title() {
		return "Bortfall vid mättillfällen";
	}

	@Override
	public String description() {
		return "Andel genomförda, ej genomförda och försenade mättillfällen per tillfälle och kvartal.";
	}

	@Override
	public InputStream openDesign() {
		return Reports.design("dropout.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		CompiledTable table = monitor.dropout("QUARTER", parameters.from(), parameters.to(), parameters.unitCode());
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("dropoutChart", Rows.chart(monitor.dropout(null, parameters.from(), parameters.to(), parameters.unitCode())));
		rows.put("dropout", Rows.wide(table, Map.of("DONE", "done", "NOT_DONE", "notDone", "OVERDUE", "overdue"), true));
		rows.put("notes", Rows.notes(table.notes(), parameters.describe()));
		return rows;
	}
}
