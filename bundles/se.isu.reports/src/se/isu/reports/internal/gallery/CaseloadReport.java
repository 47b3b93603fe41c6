package se.isu.reports.internal.gallery;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/** Ärendeöversikt: open and closed cases per unit, actualised in the period. */
@Component(service = GroupReport.class)
public class CaseloadReport implements GroupReport {

	@Reference
	CompilationService compilations;

	@Override
	public String id() {
		return "caseload";
	}

	@Override
	public String title() {
		return "Ärendeöversikt";
	}

	@Override
	public String description() {
		return "Pågående och avslutade ärenden per verksamhet.";
	}

	@Override
	public InputStream openDesign() {
		return Reports.design("caseload.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		CompiledTable table = compilations.compile(Queries.scoped(new CompilationQuery(Measure.count(Measure.Subject.CASES),
				List.of(Dimension.unit()), List.of(Dimension.of(Dimension.Kind.STATUS))), parameters));
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("caseload", Rows.wide(table, Map.of("OPEN", "open", "CLOSED", "closed")));
		rows.put("notes", Rows.notes(table.notes(), parameters.describe()));
		return rows;
	}
}
