package se.isu.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.instrument.api.report.Tabulations;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/**
 * The instrument API's counts by answer, on the compilation service: cases by an item's answers (rows) and the
 * client's sex or age group (columns), with the compilation's suppression, handed over as texts.
 */
@Component(service = Tabulations.class)
public class DefaultTabulations implements Tabulations {

	@Reference
	CompilationService compilations;

	@Override
	public Table countByAnswer(Request r) {
		Dimension columns = r.split() == Split.SEX ? Dimension.sex() : Dimension.ageGroup();
		CompilationQuery query = new CompilationQuery(Measure.count(Measure.Subject.CASES),
				List.of(new Dimension(Dimension.Kind.ITEM, r.instrumentId() + "/" + r.itemId())), List.of(columns))
				.withPeriod(r.parameters().from(), r.parameters().to());
		if (r.parameters().unitCode() != null) {
			query = query.withFilter(Dimension.unit(), r.parameters().unitCode());
		}
		CompiledTable table = compilations.compile(query);
		List<Line> lines = new ArrayList<>();
		for (int row = 0; row < table.rows().size(); row++) {
			lines.add(new Line(table.rows().get(row).label(), texts(table.cells().get(row)),
					table.rowTotals().isEmpty() ? "" : table.rowTotals().get(row).text()));
		}
		Line total = new Line(se.isu.core.Messages.compile_total, texts(table.columnTotals()),
				table.total() == null ? "" : table.total().text());
		return new Table(table.columns().stream().map(CompiledTable.Header::label).toList(), lines, total,
				table.notes());
	}

	private static List<String> texts(List<Cell> cells) {
		return cells.stream().map(Cell::text).toList();
	}
}
