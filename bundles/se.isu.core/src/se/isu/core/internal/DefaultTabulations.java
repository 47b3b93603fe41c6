package se.isu.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompiledTable;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.instrument.api.report.Tabulations;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/**
 * The instrument API's counts by answer, on the compilation service: cases by an item's answers (rows) and the
 * client's sex or age group (columns), with the compilation's suppression, handed over as texts. An answer is
 * labelled by its choice in the newest version of the form (the unit's, when the report is for one unit); the
 * compilation itself keys it by code.
 */
@Component(service = Tabulations.class)
public class DefaultTabulations implements Tabulations {

	@Reference
	CompilationService compilations;

	@Reference
	InstrumentRegistry instruments;

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
		UnaryOperator<String> label = labels(r);
		List<Line> lines = new ArrayList<>();
		for (int row = 0; row < table.rows().size(); row++) {
			CompiledTable.Header header = table.rows().get(row);
			String text = header.key().isEmpty() ? header.label() : label.apply(header.key().get(0));
			lines.add(new Line(text, texts(table.cells().get(row)),
					table.rowTotals().isEmpty() ? "" : table.rowTotals().get(row).text()));
		}
		Line total = new Line(se.isu.core.Messages.compile_total, texts(table.columnTotals()),
				table.total() == null ? "" : table.total().text());
		return new Table(table.columns().stream().map(CompiledTable.Header::label).toList(), lines, total,
				table.notes());
	}

	@Override
	public Table shareByAnswer(Request r) {
		// the split as rows, the answers as columns: a share of the row is the share within one sex or age group
		Dimension split = r.split() == Split.SEX ? Dimension.sex() : Dimension.ageGroup();
		CompilationQuery query = new CompilationQuery(Measure.share(Measure.Subject.CASES), List.of(split),
				List.of(new Dimension(Dimension.Kind.ITEM, r.instrumentId() + "/" + r.itemId())))
				.withPeriod(r.parameters().from(), r.parameters().to());
		if (r.parameters().unitCode() != null) {
			query = query.withFilter(Dimension.unit(), r.parameters().unitCode());
		}
		CompiledTable table = compilations.compile(query);
		UnaryOperator<String> label = labels(r);
		List<Line> lines = new ArrayList<>();
		for (int answer = 0; answer < table.columns().size(); answer++) {
			List<String> cells = new ArrayList<>();
			for (int row = 0; row < table.rows().size(); row++) {
				cells.add(table.cell(row, answer).text());
			}
			CompiledTable.Header header = table.columns().get(answer);
			lines.add(new Line(header.key().isEmpty() ? header.label() : label.apply(header.key().get(0)), cells,
					table.columnTotals().isEmpty() ? "" : table.columnTotals().get(answer).text()));
		}
		// the number of cases each share is of; a hidden one keeps its mark
		List<String> counts = table.rowTotals().stream().map(DefaultTabulations::count).toList();
		Line total = new Line(se.isu.core.Messages.compile_total, counts, table.total() == null ? "" : count(table.total()));
		return new Table(table.rows().stream().map(CompiledTable.Header::label).toList(), lines, total, table.notes());
	}

	private static String count(Cell cell) {
		return cell.n() == null ? cell.text() : Long.toString(cell.n());
	}

	/** Code → the choice's label in the form, or the code when the form or item is not installed. */
	private UnaryOperator<String> labels(Request r) {
		String unit = r.parameters().unitCode();
		String itemId = r.itemId().contains("].") ? r.itemId().substring(r.itemId().indexOf("].") + 2) : r.itemId();
		Optional<Form.Field> field = instruments.latest(r.instrumentId(), unit)
				.flatMap(d -> instruments.form(d.getId(), d.getVersion(), unit))
				.flatMap(form -> form.field(itemId));
		return code -> code == null ? "" : field.map(f -> f.optionLabel(code)).orElse(code);
	}

	private static List<String> texts(List<Cell> cells) {
		return cells.stream().map(Cell::text).toList();
	}
}
