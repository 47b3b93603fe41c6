package se.isu.instrument.ungdok;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.instrument.api.report.GroupReport;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.instrument.api.report.Tabulations;
import se.isu.instrument.api.report.Tabulations.Split;

/**
 * UngDOK's indicators as the Maria units publish them, from the intake interview: primary substance (so the share
 * with cannabis as primary), neither studying nor working, mental ill-health and crime, as shares by sex and by age
 * group for the report's period. The figures are the workbench's compilation, suppressed before they reach the
 * template (decisions 129 and 134).
 */
@Component(service = GroupReport.class)
public class UngdokIndicatorReport implements GroupReport {

	/** The widest split has five age bands; the template has room for six columns besides the answer and total. */
	static final int COLUMNS = 6;

	/** An indicator: the compilation path of its item in the intake and its heading. */
	record Indicator(String itemId, String label) {
	}

	static List<Indicator> indicators() {
		// the substance of the row marked primary, not any substance named (decision 133)
		return List.of(new Indicator("substanser[primar=1].substans", Messages.indicators_primary),
				new Indicator("sysselsattning_typ", Messages.indicators_occupation),
				new Indicator("psykisk_symptom30", Messages.indicators_mental),
				new Indicator("kriminalitet_brott30", Messages.indicators_crime));
	}

	@Reference
	Tabulations tabulations;

	@Override
	public String id() {
		return "ungdok.indicators";
	}

	@Override
	public String title() {
		return Messages.indicators_title;
	}

	@Override
	public String description() {
		return Messages.indicators_description;
	}

	@Override
	public InputStream openDesign() {
		return UngdokIndicatorReport.class.getClassLoader().getResourceAsStream("templates/ungdok-indikatorer.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		List<Map<String, Object>> notes = new ArrayList<>();
		notes.add(row("text", NLS.bind(Messages.indicators_note, parameters.describe())));
		rows.put("sex", lines(Split.SEX, parameters, notes));
		rows.put("age", lines(Split.AGE_GROUP, parameters, notes));
		rows.put("notes", notes.stream().distinct().toList());
		return rows;
	}

	/** Per indicator a heading line with the column labels, a line per answer and the number of cases. */
	private List<Map<String, Object>> lines(Split split, ReportParameters parameters, List<Map<String, Object>> notes) {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Indicator indicator : indicators()) {
			Tabulations.Table table = tabulations.shareByAnswer(
					new Tabulations.Request(UngdokContribution.INSKRIVNING, indicator.itemId(), split, parameters));
			lines.add(line("heading", indicator.label(), Messages.indicators_answer, table.columns(), ""));
			if (table.lines().isEmpty()) {
				lines.add(line("empty", "", Messages.indicators_none, List.of(), ""));
				continue;
			}
			table.lines().forEach(l -> lines.add(line("answer", "", l.label(), l.cells(), l.total())));
			lines.add(line("total", "", Messages.indicators_count, table.total().cells(), table.total().total()));
			table.notes().forEach(n -> notes.add(row("text", n)));
		}
		return lines;
	}

	private static Map<String, Object> line(String kind, String variable, String answer, List<String> cells, String total) {
		Map<String, Object> line = row("kind", kind, "variable", variable, "answer", answer, "total", total);
		for (int c = 0; c < COLUMNS; c++) {
			line.put("c" + (c + 1), c < cells.size() ? cells.get(c) : "");
		}
		return line;
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
