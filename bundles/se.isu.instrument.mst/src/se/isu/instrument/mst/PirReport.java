package se.isu.instrument.mst;

import java.io.InputStream;
import java.time.LocalDate;
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
import se.isu.instrument.api.report.UnitFigures;
import se.isu.instrument.api.report.UnitFigures.Figure;
import se.isu.instrument.api.report.UnitFigures.PeriodDate;

/**
 * MST's Program Implementation Review: per team and half-year, each target against its value with n, marked met or
 * not met; a target whose figure the small-cell rule hides is "cannot be judged", never guessed. Figures come from
 * the workbench's compilation services (UnitFigures), one team at a time, so nothing hidden reaches the template.
 */
@Component(service = GroupReport.class)
public class PirReport implements GroupReport {

	public static final String ID = "mst.pir";

	@Reference
	UnitFigures figures;

	/** One line of the review. */
	public record Line(String unit, String halfYear, PirTarget target, Figure figure, PirTarget.Judgement judgement) {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title() {
		return Messages.pir_title;
	}

	@Override
	public String description() {
		return Messages.pir_description;
	}

	@Override
	public InputStream openDesign() {
		return PirReport.class.getClassLoader().getResourceAsStream("templates/mst-pir.rptdesign");
	}

	/**
	 * The review: for each team with discharged MST families in the period, each half-year of the period (the
	 * whole period when it is open), every target.
	 */
	public List<Line> review(ReportParameters parameters) {
		List<Line> lines = new ArrayList<>();
		for (ReportParameters half : halfYears(parameters)) {
			for (String unit : figures.units(MstContribution.DISCHARGE, "A1", PeriodDate.CLOSURE, half)) {
				for (PirTarget target : PirTarget.values()) {
					Figure figure = target.measure(figures, unit, half);
					lines.add(new Line(unit, halfYearName(half), target, figure, target.judge(figure)));
				}
			}
		}
		return lines;
	}

	@Override
	public Map<String, List<Map<String, Object>>> rows(ReportParameters parameters) {
		List<Map<String, Object>> review = new ArrayList<>();
		for (Line line : review(parameters)) {
			review.add(row("unit", line.unit(), "halfYear", line.halfYear(), "target", line.target().label(), "goal",
					line.target().goal(), "value", line.figure().text(), "n", line.figure().n(), "judgement",
					line.judgement().label()));
		}
		List<Map<String, Object>> notes = new ArrayList<>();
		notes.add(row("text", NLS.bind(Messages.pir_note, parameters.describe())));
		notes.add(row("text", Messages.pir_noteSuppression));
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("review", review);
		rows.put("notes", notes);
		return rows;
	}

	/** The calendar half-years the period covers, each cut to the period; the period itself when it is open. */
	static List<ReportParameters> halfYears(ReportParameters p) {
		if (p.from() == null || p.to() == null) {
			return List.of(p);
		}
		List<ReportParameters> halves = new ArrayList<>();
		LocalDate start = LocalDate.of(p.from().getYear(), p.from().getMonthValue() <= 6 ? 1 : 7, 1);
		while (!start.isAfter(p.to())) {
			LocalDate end = start.plusMonths(6).minusDays(1);
			LocalDate from = start.isBefore(p.from()) ? p.from() : start;
			LocalDate to = end.isAfter(p.to()) ? p.to() : end;
			halves.add(new ReportParameters(from, to, p.unitCode()));
			start = start.plusMonths(6);
		}
		return halves;
	}

	/** "2026:1" for January–June, "2026:2" for July–December; the dates when the period is open or crosses a year. */
	static String halfYearName(ReportParameters half) {
		if (half.from() == null || half.to() == null) {
			return Messages.pir_wholePeriod;
		}
		return half.from().getYear() + ":" + (half.from().getMonthValue() <= 6 ? "1" : "2");
	}

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
