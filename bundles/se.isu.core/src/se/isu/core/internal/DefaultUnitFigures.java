package se.isu.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.instrument.api.report.ReportParameters;
import se.isu.instrument.api.report.UnitFigures;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/**
 * The instrument API's figures per unit, on the compilation service: each figure is one compilation limited to one
 * unit (a filter, not a row), so the suppression of one unit's table cannot be undone from another's or from a
 * total. Permission, access log and suppression are the compilation service's.
 */
@Component(service = UnitFigures.class)
public class DefaultUnitFigures implements UnitFigures {

	@Reference
	CompilationService compilations;

	@Override
	public List<String> units(String instrumentId, String itemId, PeriodDate periodDate, ReportParameters parameters) {
		CompilationQuery query = query(Measure.count(Measure.Subject.CASES), List.of(Dimension.unit()),
				List.of(item(instrumentId, itemId)), periodDate, parameters, null);
		TreeSet<String> units = new TreeSet<>();
		compilations.compile(query).rows().forEach(row -> {
			if (!row.key().isEmpty() && row.key().get(0) != null) {
				units.add(row.key().get(0));
			}
		});
		return List.copyOf(units);
	}

	@Override
	public Figure share(String unitCode, Subject subject, String instrumentId, String itemId, String code,
			PeriodDate periodDate, ReportParameters parameters) {
		return shareOf(unitCode, subject, item(instrumentId, itemId), new BigDecimal(code.strip()), periodDate,
				parameters);
	}

	@Override
	public Figure scoreShare(String unitCode, Subject subject, String instrumentId, String scoreId, double value,
			PeriodDate periodDate, ReportParameters parameters) {
		// the raw value, no bands: a 0/1 score groups as 0 and 1
		return shareOf(unitCode, subject, new Dimension(Dimension.Kind.SCORE, instrumentId + "/" + scoreId + ":1:0"),
				BigDecimal.valueOf(value), periodDate, parameters);
	}

	private Figure shareOf(String unitCode, Subject subject, Dimension by, BigDecimal wanted, PeriodDate periodDate,
			ReportParameters parameters) {
		CompilationQuery query = query(Measure.share(subject(subject)), List.of(), List.of(by), periodDate,
				parameters, unitCode);
		CompiledTable table = compilations.compile(query);
		Cell total = table.total();
		String n = nText(total, table);
		for (int c = 0; c < table.columns().size(); c++) {
			String key = table.columns().get(c).key().isEmpty() ? null : table.columns().get(c).key().get(0);
			if (key != null && new BigDecimal(key.strip()).compareTo(wanted) == 0) {
				Cell cell = table.cell(0, c);
				return new Figure(n, cell.text(), cell.visible() ? cell.value() : null);
			}
		}
		// nobody gave the code: a share of 0, where the total allows a share at all
		boolean rates = total.visible() && total.n() != null && total.n() >= table.rule().minimumForRates();
		return rates ? new Figure(n, Numbers.percent(0), 0.0)
				: new Figure(n, total.visible() || total.shown() == Cell.Shown.TOO_FEW ? Cell.TOO_FEW_TEXT : total.text(),
						null);
	}

	@Override
	public Figure mean(String unitCode, Subject subject, String value, String onlyItem, Set<String> onlyCodes,
			PeriodDate periodDate, ReportParameters parameters) {
		CompilationQuery query = query(Measure.mean(subject(subject), Measure.Value.parse(value)), List.of(), List.of(),
				periodDate, parameters, unitCode);
		if (onlyItem != null) {
			query = query.withFilter(new Dimension(Dimension.Kind.ITEM, onlyItem), onlyCodes.toArray(String[]::new));
		}
		CompiledTable table = compilations.compile(query);
		Cell cell = table.cell(0, 0);
		String n = cell.shown() == Cell.Shown.SMALL || cell.shown() == Cell.Shown.SECONDARY ? cell.text()
				: cell.n() == null ? "0" : Long.toString(cell.n());
		return new Figure(n, cell.text(), cell.shown() == Cell.Shown.VALUE ? cell.value() : null);
	}

	private static String nText(Cell total, CompiledTable table) {
		if (total.shown() == Cell.Shown.SMALL || total.shown() == Cell.Shown.SECONDARY) {
			return total.text();
		}
		return total.n() == null ? "0" : Long.toString(total.n());
	}

	private static Dimension item(String instrumentId, String itemId) {
		return new Dimension(Dimension.Kind.ITEM, instrumentId + "/" + itemId);
	}

	private static Measure.Subject subject(Subject subject) {
		return subject == Subject.ASSESSMENTS ? Measure.Subject.ASSESSMENTS : Measure.Subject.CASES;
	}

	private static CompilationQuery query(Measure measure, List<Dimension> rows, List<Dimension> columns,
			PeriodDate periodDate, ReportParameters parameters, String unitCode) {
		ReportParameters p = parameters == null ? ReportParameters.all() : parameters;
		List<CompilationQuery.Filter> filters = new ArrayList<>();
		String unit = unitCode != null ? unitCode : p.unitCode();
		if (unit != null) {
			filters.add(new CompilationQuery.Filter(Dimension.unit(), Set.of(unit)));
		}
		return new CompilationQuery(measure, rows, columns, filters, p.from(), p.to(),
				periodDate == PeriodDate.CLOSURE ? DateVariable.CLOSURE : DateVariable.ACTUALISATION, null);
	}
}
