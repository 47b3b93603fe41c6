package se.isu.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.Messages;
import se.isu.core.compile.Cell;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationText;
import se.isu.core.compile.CompiledTable;
import se.isu.core.compile.CompiledTable.Header;
import se.isu.core.compile.PairedChange;
import se.isu.core.compile.SmallCellRule;
import se.isu.core.compile.Suppression;
import se.isu.core.compile.Suppression.Mark;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.query.PairQuery;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AggregationRepository;
import se.isu.store.AggregationRepository.Group;
import se.isu.store.CaseRepository;
import se.isu.store.SettingsRepository;

/**
 * Compiles in the database through {@link AggregationRepository} and suppresses before returning: the raw counts
 * never leave this class. Margins are sums of the cells where every subject is in exactly one cell, otherwise
 * (several problems per case, clients with several cases, means and medians) they are compiled on their own.
 */
@Component(service = CompilationService.class)
public class DefaultCompilationService implements CompilationService {

	static final String RULE_THRESHOLD = "suppression.threshold";
	static final String RULE_RATES = "suppression.minimumForRates";
	static final String SAVED_PREFIX = "compilation.saved.";

	@Reference
	AggregationRepository aggregation;

	@Reference
	SettingsRepository settings;

	@Reference
	CaseRepository cases;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	/** Where a score's bands come from; without it (no instrument installed yet) scores group by their value. */
	@Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
			policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
	volatile se.isu.core.instrument.InstrumentRegistry instruments;

	java.time.Clock clock = java.time.Clock.systemDefaultZone();

	@Override
	public CompiledTable compile(CompilationQuery query) {
		User user = session.require(Permission.AGGREGATE_READ);
		CompiledTable table = compile(query, rule());
		log.record(user, AccessAction.COMPILATION, null, CompilationText.format(query));
		return table;
	}

	/**
	 * The query with every SCORE dimension that names no scale given the one its definition declares (decision 59),
	 * so the store groups by the score's own bands and the labels show its own decimals.
	 */
	CompilationQuery withScoreScales(CompilationQuery query) {
		java.util.function.UnaryOperator<Dimension> scaled = d -> {
			if (d.kind() != Dimension.Kind.SCORE || d.parameter().indexOf(':') >= 0) {
				return d;
			}
			return new Dimension(d.kind(), scaleOf(d.parameter()).parameter(d.parameter()));
		};
		return new CompilationQuery(query.measure(), query.rows().stream().map(scaled).toList(),
				query.columns().stream().map(scaled).toList(),
				query.filters().stream().map(f -> new CompilationQuery.Filter(scaled.apply(f.dimension()), f.values()))
						.toList(),
				query.from(), query.to(), query.periodDate(), query.withinUnits());
	}

	private se.isu.core.instrument.ScoreScale scaleOf(String instrumentAndScore) {
		String[] parts = instrumentAndScore.split("/", 2);
		se.isu.core.instrument.InstrumentRegistry registry = instruments;
		if (registry == null) {
			return se.isu.core.instrument.ScoreScale.WHOLE_NUMBERS;
		}
		boolean english = se.isu.model.valueset.Bilingual.english(java.util.Locale.getDefault());
		return registry.latest(parts[0], null).flatMap(d -> d.getScores().stream()
				.filter(s -> s.getId().equals(parts[1])).findFirst())
				.map(s -> se.isu.core.instrument.ScoreScale.of(s, english))
				.orElse(se.isu.core.instrument.ScoreScale.WHOLE_NUMBERS);
	}

	/** Compiles under the rule, after the caller has checked the permission. */
	private CompiledTable compile(CompilationQuery asked, SmallCellRule rule) {
		CompilationQuery query = withScoreScales(asked);
		KeyLabels labels = new KeyLabels(cases);
		List<Group> groups = aggregation.aggregate(query, query.groupBy());
		int rowDims = query.rows().size();
		Map<List<String>, Group> byKey = new HashMap<>();
		TreeSet<List<String>> rowKeys = new TreeSet<>(KeyLabels.KEY_ORDER);
		TreeSet<List<String>> columnKeys = new TreeSet<>(KeyLabels.KEY_ORDER);
		for (Group group : groups) {
			byKey.put(group.key(), group);
			rowKeys.add(group.key().subList(0, rowDims));
			columnKeys.add(group.key().subList(rowDims, group.key().size()));
		}
		boolean hasRows = !query.rows().isEmpty();
		boolean hasColumns = !query.columns().isEmpty();
		// Without dimensions on an axis it has its one empty key; with dimensions but nothing found (a small unit in a
		// short period) it has no lines at all: an empty key there has no label (GalleryReportsTest, A4 header test).
		if (rowKeys.isEmpty() && !hasRows) {
			rowKeys.add(List.of());
		}
		if (columnKeys.isEmpty() && !hasColumns) {
			columnKeys.add(List.of());
		}
		List<List<String>> rows = List.copyOf(rowKeys);
		List<List<String>> columns = List.copyOf(columnKeys);

		long[][] n = new long[rows.size()][columns.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				Group group = byKey.get(concat(rows.get(r), columns.get(c)));
				n[r][c] = group == null ? 0 : group.n();
			}
		}
		// Margins: shown row totals when there are columns, column totals when there are rows.
		Map<List<String>, Group> rowMargin = hasRows && hasColumns ? margin(query, query.rows(), n, rows, true) : Map.of();
		Map<List<String>, Group> columnMargin = hasColumns && hasRows ? margin(query, query.columns(), n, columns, false)
				: Map.of();
		Group grand = hasRows || hasColumns ? grandTotal(query, n) : byKey.get(List.of());
		if (grand == null) {
			grand = new Group(List.of(), 0, null, null);
		}
		long[] rowTotals = hasRows && hasColumns ? rows.stream().mapToLong(k -> nOf(rowMargin.get(k))).toArray() : null;
		long[] columnTotals = hasColumns && hasRows ? columns.stream().mapToLong(k -> nOf(columnMargin.get(k))).toArray()
				: null;
		// One dimension only: the other margin is the grand total itself.
		if (hasRows && !hasColumns) {
			columnTotals = new long[] { grand.n() };
		} else if (hasColumns && !hasRows) {
			rowTotals = new long[] { grand.n() };
		}
		Long total = hasRows && hasColumns ? grand.n() : null;
		Suppression.Result marks = Suppression.apply(rule, n, rowTotals, columnTotals, total);
		// The grand total is a margin of its own only with rows and columns; otherwise it is the one margin there is.
		Mark grandMark = hasRows && hasColumns ? marks.total()
				: hasRows ? marks.columnTotals()[0] : hasColumns ? marks.rowTotals()[0] : marks.cells()[0][0];

		Measure measure = query.measure();
		List<List<Cell>> cells = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<Cell> line = new ArrayList<>();
			long denominatorRow = rowTotals != null ? rowTotals[hasColumns && !hasRows ? 0 : r] : grand.n();
			for (int c = 0; c < columns.size(); c++) {
				Group group = byKey.get(concat(rows.get(r), columns.get(c)));
				long denominator = hasColumns ? denominatorRow : grand.n();
				line.add(cell(measure, rule, n[r][c], marks.cells()[r][c], group, denominator, denominatorMark(marks, r, hasColumns, hasRows)));
			}
			cells.add(line);
		}
		List<Cell> rowTotalCells = new ArrayList<>();
		if (hasRows && hasColumns) {
			for (int r = 0; r < rows.size(); r++) {
				rowTotalCells.add(cell(measure, rule, rowTotals[r], marks.rowTotals()[r], rowMargin.get(rows.get(r)),
						rowTotals[r], marks.rowTotals()[r]));
			}
		}
		List<Cell> columnTotalCells = new ArrayList<>();
		if (hasRows) {
			for (int c = 0; c < columns.size(); c++) {
				Group group = hasColumns ? columnMargin.get(columns.get(c)) : grand;
				long denominator = grand.n();
				columnTotalCells.add(cell(measure, rule, columnTotals[c], marks.columnTotals()[c], group, denominator,
						grandMark));
			}
		}
		Cell totalCell = cell(measure, rule, grand.n(), grandMark, grand, grand.n(), grandMark);

		List<Header> rowHeaders = rows.stream().map(k -> new Header(k, labels.label(query.rows(), k))).toList();
		List<Header> columnHeaders = columns.stream()
				.map(k -> new Header(k, hasColumns ? labels.label(query.columns(), k) : labels.measure(measure))).toList();
		if (!hasRows) {
			rowHeaders = List.of(new Header(List.of(), Messages.compile_all));
		}
		List<String> notes = notes(rule, measure);
		return new CompiledTable(labels.measure(measure),
				query.rows().stream().map(labels::dimension).toList(),
				query.columns().stream().map(labels::dimension).toList(), rowHeaders, columnHeaders, cells,
				rowTotalCells, columnTotalCells, totalCell, rule, notes);
	}

	/** The mark of the figure a share divides by: the row total with columns, else the grand total. */
	private static Mark denominatorMark(Suppression.Result marks, int row, boolean hasColumns, boolean hasRows) {
		if (hasColumns && hasRows) {
			return marks.rowTotals()[row];
		}
		if (hasColumns) {
			return marks.rowTotals()[0];
		}
		return marks.columnTotals() == null ? Mark.SHOWN : marks.columnTotals()[0];
	}

	private static boolean valued(CompilationQuery query) {
		return query.measure().kind() == Measure.Kind.MEAN || query.measure().kind() == Measure.Kind.MEDIAN;
	}

	private static long nOf(Group group) {
		return group == null ? 0 : group.n();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> key = new ArrayList<>(a);
		key.addAll(b);
		return key;
	}

	/**
	 * Totals over the other dimensions: summed from the cells when each subject is in exactly one cell, else
	 * compiled (a case with two problems counts once in its row total).
	 */
	private Map<List<String>, Group> margin(CompilationQuery query, List<Dimension> by, long[][] n,
			List<List<String>> keys, boolean rowsMargin) {
		List<Dimension> others = rowsMargin ? query.columns() : query.rows();
		if (!valued(query) && others.stream().noneMatch(d -> aggregation.multiValued(query, d))) {
			Map<List<String>, Group> sums = new LinkedHashMap<>();
			for (int i = 0; i < keys.size(); i++) {
				long sum = 0;
				if (rowsMargin) {
					for (long value : n[i]) {
						sum += value;
					}
				} else {
					for (long[] line : n) {
						sum += line[i];
					}
				}
				sums.put(keys.get(i), new Group(keys.get(i), sum, null, null));
			}
			return sums;
		}
		Map<List<String>, Group> compiled = new HashMap<>();
		for (Group group : aggregation.aggregate(query, by)) {
			compiled.put(group.key(), group);
		}
		return compiled;
	}

	private Group grandTotal(CompilationQuery query, long[][] n) {
		if (!valued(query) && query.groupBy().stream().noneMatch(d -> aggregation.multiValued(query, d))) {
			long sum = 0;
			for (long[] line : n) {
				for (long value : line) {
					sum += value;
				}
			}
			return new Group(List.of(), sum, null, null);
		}
		List<Group> total = aggregation.aggregate(query, List.of());
		return total.isEmpty() ? null : total.get(0);
	}

	/** One figure as it may be shown under the rule. */
	static Cell cell(Measure measure, SmallCellRule rule, long n, Mark mark, Group group, long denominator,
			Mark denominatorMark) {
		if (mark == Mark.SMALL) {
			return new Cell(Cell.Shown.SMALL, rule.hiddenText(), null, null);
		}
		if (mark == Mark.SECONDARY) {
			return new Cell(Cell.Shown.SECONDARY, Cell.SECONDARY_TEXT, null, null);
		}
		switch (measure.kind()) {
		case COUNT:
			return n == 0 ? new Cell(Cell.Shown.EMPTY, "0", 0L, 0.0)
					: new Cell(Cell.Shown.VALUE, Long.toString(n), n, (double) n);
		case SHARE: {
			// A share of a hidden total would let the total be worked out again.
			if (denominator < rule.minimumForRates() || denominatorMark != Mark.SHOWN) {
				return new Cell(Cell.Shown.TOO_FEW, Cell.TOO_FEW_TEXT, n, null);
			}
			double share = 100.0 * n / denominator;
			return new Cell(n == 0 ? Cell.Shown.EMPTY : Cell.Shown.VALUE, Numbers.percent(share), n, share);
		}
		default: {
			if (n == 0 || group == null) {
				return new Cell(Cell.Shown.EMPTY, "", 0L, null);
			}
			if (n < rule.minimumForRates()) {
				return new Cell(Cell.Shown.TOO_FEW, Cell.TOO_FEW_TEXT, n, null);
			}
			double value = measure.kind() == Measure.Kind.MEAN ? group.mean() : group.median();
			return new Cell(Cell.Shown.VALUE, Numbers.decimal(value), n, value);
		}
		}
	}

	static List<String> notes(SmallCellRule rule, Measure measure) {
		List<String> notes = new ArrayList<>();
		notes.add(org.eclipse.osgi.util.NLS.bind(Messages.compile_noteSmall, rule.hiddenText(), rule.threshold()));
		notes.add(Messages.compile_noteSecondary);
		if (measure.kind() != Measure.Kind.COUNT) {
			notes.add(org.eclipse.osgi.util.NLS.bind(Messages.compile_noteTooFew, rule.minimumForRates()));
		}
		return notes;
	}

	@Override
	public PairedChange pairedChange(PairQuery query, ChangeRule changeRule) {
		User user = session.require(Permission.AGGREGATE_READ);
		PairedChange change = new PairedChangeCalculation(rule(), changeRule, new KeyLabels(cases),
				java.time.LocalDate.now(clock))
				.compute(aggregation, query);
		log.record(user, AccessAction.COMPILATION, null, "parvis förändring " + query.baselineInstrument() + " → "
				+ query.followUpInstrument() + " " + query.id());
		return change;
	}

	@Override
	public SmallCellRule rule() {
		Optional<String> threshold = settings.get(RULE_THRESHOLD);
		Optional<String> rates = settings.get(RULE_RATES);
		if (threshold.isEmpty() && rates.isEmpty()) {
			return SmallCellRule.DEFAULT;
		}
		return new SmallCellRule(threshold.map(Integer::parseInt).orElse(SmallCellRule.DEFAULT.threshold()),
				rates.map(Integer::parseInt).orElse(SmallCellRule.DEFAULT.minimumForRates()));
	}

	@Override
	public void changeRule(SmallCellRule rule) {
		User user = session.require(Permission.PROTECTION_SETTINGS);
		settings.put(RULE_THRESHOLD, Integer.toString(rule.threshold()));
		settings.put(RULE_RATES, Integer.toString(rule.minimumForRates()));
		log.record(user, AccessAction.PROTECTION_SETTING, null,
				"röjandekontroll " + rule.threshold() + "/" + rule.minimumForRates());
	}

	@Override
	public List<SavedCompilation> saved() {
		session.require(Permission.AGGREGATE_READ);
		List<SavedCompilation> saved = new ArrayList<>();
		settings.list(SAVED_PREFIX).forEach((name, text) -> saved.add(
				new SavedCompilation(name.substring(SAVED_PREFIX.length()), CompilationText.parse(text))));
		saved.sort(Comparator.comparing(SavedCompilation::name, String.CASE_INSENSITIVE_ORDER));
		return saved;
	}

	@Override
	public Optional<SavedCompilation> saved(String name) {
		session.require(Permission.AGGREGATE_READ);
		return settings.get(SAVED_PREFIX + name).map(text -> new SavedCompilation(name, CompilationText.parse(text)));
	}

	@Override
	public void save(String name, CompilationQuery query) {
		session.require(Permission.AGGREGATE_READ);
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 60) {
			throw new IllegalArgumentException(Messages.compile_savedName);
		}
		settings.put(SAVED_PREFIX + clean, CompilationText.format(query));
		log.record(session.requireLoggedIn(), AccessAction.COMPILATION, null, "sparad som " + clean);
	}

	@Override
	public void deleteSaved(String name) {
		User user = session.require(Permission.AGGREGATE_READ);
		settings.remove(SAVED_PREFIX + name);
		log.record(user, AccessAction.COMPILATION, null, "borttagen sparad " + name);
	}
}
