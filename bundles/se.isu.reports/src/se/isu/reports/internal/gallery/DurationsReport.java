package se.isu.reports.internal.gallery;

import java.io.InputStream;
import java.util.ArrayList;
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
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/** Genomströmningstider: days from aktualisering to beslut, verkställighet and avslut, per unit. */
@Component(service = GroupReport.class)
public class DurationsReport implements GroupReport {

	/** The steps of the process a unit follows its lead times through, with their labels. */
	private static final List<Object[]> INTERVALS = List.of(
			new Object[] { DateVariable.ACTUALISATION, DateVariable.DECISION, "Aktualisering → beslut" },
			new Object[] { DateVariable.DECISION, DateVariable.IMPLEMENTATION, "Beslut → verkställighet" },
			new Object[] { DateVariable.IMPLEMENTATION, DateVariable.CLOSURE, "Verkställighet → avslut" },
			new Object[] { DateVariable.ACTUALISATION, DateVariable.CLOSURE, "Aktualisering → avslut" });

	@Reference
	CompilationService compilations;

	@Override
	public String id() {
		return "durations";
	}

	@Override
	public String title() {
		return "Genomströmningstider";
	}

	@Override
	public String description() {
		return "Dagar från aktualisering till beslut, verkställighet och avslut per verksamhet: medelvärde och median.";
	}

	@Override
	public InputStream openDesign() {
		return Reports.design("durations.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> notes = List.of();
		for (Object[] interval : INTERVALS) {
			Measure.Value days = Measure.Value.duration((DateVariable) interval[0], (DateVariable) interval[1]);
			CompiledTable mean = compilations.compile(Queries.scoped(
					new CompilationQuery(Measure.mean(Measure.Subject.CASES, days), List.of(Dimension.unit()), List.of()),
					parameters));
			CompiledTable median = compilations.compile(Queries.scoped(
					new CompilationQuery(Measure.median(Measure.Subject.CASES, days), List.of(Dimension.unit()), List.of()),
					parameters));
			notes = mean.notes();
			for (int r = 0; r <= mean.rows().size(); r++) {
				boolean total = r == mean.rows().size();
				var meanCell = total ? mean.columnTotals().get(0) : mean.cell(r, 0);
				var medianCell = total ? median.columnTotals().get(0) : median.cell(r, 0);
				rows.add(Rows.map("interval", interval[2], "unit", total ? "Alla" : mean.rows().get(r).label(), "n",
						meanCell.n() == null ? meanCell.text() : meanCell.n().toString(), "mean", meanCell.text(), "median",
						medianCell.text()));
			}
		}
		Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
		result.put("durations", rows);
		result.put("notes", Rows.notes(notes, parameters.describe()));
		return result;
	}
}
