package se.isu.reports.internal.gallery;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/**
 * The questions SKL's guide (seed 001) says a unit asks of its data: the most common reasons for aktualisering,
 * problems and interventions; women and men; aktualiseringar month by month; goal attainment by sex.
 */
@Component(service = GroupReport.class)
public class UnitQuestionsReport implements GroupReport {

	@Reference
	CompilationService compilations;

	@Override
	public String id() {
		return "questions";
	}

	@Override
	public String title() {
		return "Verksamhetens frågor";
	}

	@Override
	public String description() {
		return "Vanligaste aktualiseringsorsaker, problem och insatser, kvinnor och män, aktualiseringar per månad och måluppfyllelse per kön.";
	}

	@Override
	public InputStream openDesign() {
		return Reports.design("questions.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("reasons", mostCommon(Dimension.variable("skl.aktualiseringsorsak"), Measure.Subject.CASES, parameters));
		rows.put("problems", mostCommon(Dimension.variable("skl.problematik"), Measure.Subject.CASES, parameters));
		rows.put("interventions", mostCommon(Dimension.variable("skl.insatstyp"), Measure.Subject.INTERVENTIONS, parameters));
		CompiledTable sex = compile(Measure.count(Measure.Subject.CASES), List.of(Dimension.sex()), List.of(), parameters);
		CompiledTable sexShare = compile(Measure.share(Measure.Subject.CASES), List.of(Dimension.sex()), List.of(), parameters);
		List<Map<String, Object>> sexRows = new ArrayList<>();
		for (int r = 0; r < sex.rows().size(); r++) {
			sexRows.add(Rows.map("label", sex.rows().get(r).label(), "count", sex.cell(r, 0).text(), "share",
					sexShare.cell(r, 0).text()));
		}
		rows.put("sex", sexRows);
		CompiledTable months = compile(Measure.count(Measure.Subject.CASES), List.of(Dimension.period("MONTH")), List.of(),
				parameters);
		rows.put("monthsChart", Rows.chart(months));
		rows.put("months", Rows.list(months));
		CompiledTable goals = compile(Measure.count(Measure.Subject.CASES), List.of(Dimension.variable("skl.maluppfyllelse")),
				List.of(Dimension.sex()), parameters);
		rows.put("goals", Rows.wide(goals, Map.of("1", "women", "2", "men")));
		rows.put("notes", Rows.notes(goals.notes(), parameters.describe()));
		return rows;
	}

	private CompiledTable compile(Measure measure, List<Dimension> rows, List<Dimension> columns, ReportParameters parameters) {
		return compilations.compile(Queries.scoped(new CompilationQuery(measure, rows, columns), parameters));
	}

	/** Counts and shares of a several-valued variable, most common first; shares are of all cases. */
	private List<Map<String, Object>> mostCommon(Dimension variable, Measure.Subject subject, ReportParameters parameters) {
		CompiledTable counts = compile(Measure.count(subject), List.of(variable), List.of(), parameters);
		CompiledTable shares = compile(Measure.share(subject), List.of(variable), List.of(), parameters);
		List<Integer> order = new ArrayList<>();
		for (int r = 0; r < counts.rows().size(); r++) {
			order.add(r);
		}
		// Hidden counts sort last, so the order does not hint at their size.
		order.sort(Comparator.comparingLong((Integer r) -> sortKey(counts.cell(r, 0))).reversed());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int r : order) {
			rows.add(Rows.map("label", counts.rows().get(r).label(), "count", counts.cell(r, 0).text(), "share",
					shares.cell(r, 0).text()));
		}
		return rows;
	}

	private static long sortKey(Cell cell) {
		return cell.visible() && cell.n() != null ? cell.n() : -1;
	}
}
