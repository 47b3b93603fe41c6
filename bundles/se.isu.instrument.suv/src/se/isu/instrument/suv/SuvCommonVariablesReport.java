package se.isu.instrument.suv;

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
 * SU-Kvinnofrid-style common variables of SUV-våldsutsatthet, by sex and by age group: cases counted once per answer
 * (forms of violence, relation to the perpetrator, honour context, FREDA used, interventions, goal attainment,
 * återaktualisering), suppressed by the workbench before they reach the template (decision 129).
 */
@Component(service = GroupReport.class)
public class SuvCommonVariablesReport implements GroupReport {

	/** The widest split has five age bands; the template has room for six columns besides the answer and total. */
	static final int COLUMNS = 6;

	/** A common variable: the compilation path's item and its heading. */
	record Variable(String itemId, String label) {
	}

	static List<Variable> variables() {
		return List.of(new Variable("fvald[*].fform", Messages.common_forms), new Variable("utovare[*].relation", Messages.common_relation),
				new Variable("B5", Messages.common_honour), new Variable("F4", Messages.common_freda),
				new Variable("insats[*].insatstyp", Messages.common_interventions), new Variable("E2", Messages.common_goals),
				new Variable("B1", Messages.common_reactualised));
	}

	@Reference
	Tabulations tabulations;

	@Override
	public String id() {
		return "suv.common";
	}

	@Override
	public String title() {
		return Messages.common_title;
	}

	@Override
	public String description() {
		return Messages.common_description;
	}

	@Override
	public InputStream openDesign() {
		return SuvCommonVariablesReport.class.getClassLoader().getResourceAsStream("templates/suv-common.rptdesign");
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		List<Map<String, Object>> notes = new ArrayList<>();
		notes.add(row("text", NLS.bind(Messages.common_note, parameters.describe())));
		rows.put("sex", lines(Split.SEX, parameters, notes));
		rows.put("age", lines(Split.AGE_GROUP, parameters, notes));
		rows.put("notes", notes.stream().distinct().toList());
		return rows;
	}

	/** Per variable a heading line with the column labels, a line per answer and the line of totals. */
	private List<Map<String, Object>> lines(Split split, ReportParameters parameters, List<Map<String, Object>> notes) {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Variable v : variables()) {
			Tabulations.Table table = tabulations.countByAnswer(
					new Tabulations.Request(SuvContribution.VICTIM, v.itemId(), split, parameters));
			lines.add(line("heading", v.label(), Messages.common_answer, table.columns(), Messages.common_total));
			if (table.lines().isEmpty()) {
				lines.add(line("empty", "", Messages.common_none, List.of(), ""));
				continue;
			}
			table.lines().forEach(l -> lines.add(line("answer", "", l.label(), l.cells(), l.total())));
			lines.add(line("total", "", table.total().label(), table.total().cells(), table.total().total()));
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
