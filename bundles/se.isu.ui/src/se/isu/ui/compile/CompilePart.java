package se.isu.ui.compile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.isu.core.CaseService;
import se.isu.core.WholeFile;
import se.isu.core.compile.CompilationService;
import se.isu.core.compile.CompilationService.SavedCompilation;
import se.isu.core.compile.CompiledTable;
import se.isu.model.Unit;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.reports.TableCharts;
import se.isu.reports.TableWorkbooks;
import se.isu.ui.Fields;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.ProgressLine;
import se.isu.ui.jobs.UiJobs;
import se.isu.ui.reports.SaveLocation;

/**
 * Sammanställning: a measure by rows and columns, limited to a unit and a period, as a table and a bar chart; export
 * to CSV and Excel; compilations saved by name for the whole unit. Every figure comes suppressed from
 * {@link CompilationService}: the view cannot show what the service hides. Compiling, drawing the chart and
 * exporting run as background jobs with progress and Avbryt.
 */
public class CompilePart {

	public static final String DESCRIPTOR_ID = "se.isu.ui.partdescriptor.compile";

	@Inject
	CompilationService compilations;

	@Inject
	CaseService cases;

	@Inject
	UiJobs jobs;

	/* Where an export is saved: the file dialog, or a test's answer. */
	SaveLocation saveLocation = SaveLocation.dialog();

	private ProgressLine progress;
	private UiJobs.Latest compiles;
	private UiJobs.Latest charts;
	private UiJobs.Latest exports;
	private Combo measure;
	private Combo subject;
	private Combo value;
	private Combo rows;
	private Combo rows2;
	private Combo columns;
	private Combo unit;
	private Text from;
	private Text to;
	private Combo saved;
	private Table table;
	private Label chart;
	private Label notes;
	private Label status;
	private Image chartImage;
	private List<Unit> units = List.of();
	private CompiledTable current;
	private int pendingLookups;

	public CompilePart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests). */
	public CompilePart(CompilationService compilations, CaseService cases) {
		this.compilations = compilations;
		this.cases = cases;
	}

	/** For rendering outside a workbench (tests) with the jobs helper and file answers the test chooses. */
	public CompilePart(CompilationService compilations, CaseService cases, UiJobs jobs, SaveLocation saveLocation) {
		this(compilations, cases);
		this.jobs = jobs;
		this.saveLocation = saveLocation;
	}

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		if (jobs == null) {
			jobs = UiJobs.on(parent.getDisplay());
		}
		// The fields wrap onto more lines when the part is narrow (beside the case list), so nothing is cut off.
		Composite controls = new Composite(parent, SWT.NONE);
		RowLayout flow = new RowLayout(SWT.HORIZONTAL);
		flow.wrap = true;
		flow.center = true;
		flow.spacing = 10;
		controls.setLayout(flow);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(controls);

		measure = combo(controls, Messages.compile_measure, WidgetIds.COMPILE_MEASURE, Choices.MEASURES.labels());
		subject = combo(controls, Messages.compile_subject, WidgetIds.COMPILE_SUBJECT, Choices.SUBJECTS.labels());
		value = combo(controls, Messages.compile_value, WidgetIds.COMPILE_VALUE, Choices.VALUES.labels());
		// rows and columns also take a dimension typed in the text form ./isu compile reads, e.g. an item of a
		// repeating group's rows or of the row marked primary (decision 133)
		rows = dimensionCombo(controls, Messages.compile_rows, WidgetIds.COMPILE_ROWS, Choices.dimensionLabels(false));
		rows2 = dimensionCombo(controls, Messages.compile_rows2, WidgetIds.COMPILE_ROWS2, Choices.dimensionLabels(true));
		columns = dimensionCombo(controls, Messages.compile_columns, WidgetIds.COMPILE_COLUMNS, Choices.dimensionLabels(true));
		unit = combo(controls, Messages.compile_unit, WidgetIds.COMPILE_UNIT, List.of(Messages.caseList_allUnits));
		from = text(controls, Messages.compile_from, WidgetIds.COMPILE_FROM);
		to = text(controls, Messages.compile_to, WidgetIds.COMPILE_TO);
		Button compile = WidgetIds.tag(new Button(controls, SWT.PUSH), WidgetIds.COMPILE_RUN);
		compile.setText(Messages.compile_run);
		compile.addListener(SWT.Selection, e -> compile());
		measure.addListener(SWT.Selection, e -> value.setEnabled(measure.getSelectionIndex() >= 2));
		value.setEnabled(false);

		Composite actions = new Composite(parent, SWT.NONE);
		RowLayout actionFlow = new RowLayout(SWT.HORIZONTAL);
		actionFlow.wrap = true;
		actionFlow.center = true;
		actions.setLayout(actionFlow);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(actions);
		new Label(actions, SWT.NONE).setText(Messages.compile_saved);
		saved = WidgetIds.tag(new Combo(actions, SWT.READ_ONLY), WidgetIds.COMPILE_SAVED);
		saved.setLayoutData(new RowData(220, SWT.DEFAULT));
		saved.addListener(SWT.Selection, e -> openSaved(saved.getText()));
		button(actions, Messages.compile_save, WidgetIds.COMPILE_SAVE, this::askAndSave);
		button(actions, Messages.compile_delete, WidgetIds.COMPILE_DELETE, this::deleteSaved);
		button(actions, Messages.compile_exportCsv, WidgetIds.COMPILE_EXPORT_CSV, () -> askAndExport("*.csv"));
		button(actions, Messages.compile_exportXlsx, WidgetIds.COMPILE_EXPORT_XLSX, () -> askAndExport("*.xlsx"));
		progress = new ProgressLine(parent);
		compiles = jobs.latest(progress);
		charts = jobs.latest();
		exports = jobs.latest(progress);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = WidgetIds.tag(new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), WidgetIds.COMPILE_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		chart = WidgetIds.tag(new Label(sash, SWT.CENTER), WidgetIds.COMPILE_CHART);
		chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		sash.setWeights(45, 55);
		// Redraw the chart for the space it gets, a moment after the last resize.
		Runnable redraw = () -> {
			if (!chart.isDisposed()) {
				drawChart();
			}
		};
		chart.addListener(SWT.Resize, e -> {
			chart.getDisplay().timerExec(-1, redraw);
			chart.getDisplay().timerExec(250, redraw);
		});
		notes = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.COMPILE_NOTES);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(notes);
		status = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.COMPILE_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);

		loadUnitsAndSaved();
	}

	private Combo combo(Composite parent, String label, String id, List<String> items) {
		Combo combo = WidgetIds.tag(new Combo(Fields.labelled(parent, label), SWT.READ_ONLY), id);
		combo.setItems(items.toArray(String[]::new));
		combo.select(0);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/** A list of dimensions that also takes a typed text form ({@code item:INSTRUMENT/GROUP[FLAG=CODE].ITEM}). */
	private Combo dimensionCombo(Composite parent, String label, String id, List<String> items) {
		Combo combo = WidgetIds.tag(new Combo(Fields.labelled(parent, label), SWT.DROP_DOWN), id);
		combo.setItems(items.toArray(String[]::new));
		combo.select(0);
		combo.setToolTipText(Messages.compile_dimensionHint);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	private Text text(Composite parent, String label, String id) {
		Text text = WidgetIds.tag(new Text(Fields.labelled(parent, label), SWT.BORDER), id);
		text.setMessage(Messages.compile_dateHint);
		GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void button(Composite parent, String label, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** The units and saved compilations come from the database: read in a job, put into the combos when they arrive. */
	private void loadUnitsAndSaved() {
		record Lookups(List<Unit> units, List<String> saved) {
		}
		lookup(Messages.compile_loading, work -> new Lookups(cases.units(), savedNames()), found -> {
			units = found.units();
			for (Unit u : units) {
				unit.add(u.getName());
			}
			showSaved(found.saved(), null);
		});
	}

	/** A short database job whose result goes into the controls; counted in {@link #busy()}. */
	private <T> Job lookup(String name, UiJobs.Work<T> work, java.util.function.Consumer<T> done) {
		pendingLookups++;
		return jobs.run(name, table, work, result -> {
			pendingLookups--;
			done.accept(result);
		}, e -> {
			pendingLookups--;
			showError(UiJobs.message(e));
		});
	}

	private List<String> savedNames() {
		return compilations.saved().stream().map(SavedCompilation::name).toList();
	}

	private void showSaved(List<String> names, String select) {
		saved.removeAll();
		names.forEach(saved::add);
		if (select != null) {
			saved.setText(select);
		}
	}

	/** The compilation the controls describe. */
	public CompilationQuery query() {
		Measure.Kind kind = Choices.MEASURES.values().get(measure.getSelectionIndex());
		Measure.Subject counted = Choices.SUBJECTS.values().get(subject.getSelectionIndex());
		Measure.Value averaged = kind == Measure.Kind.MEAN || kind == Measure.Kind.MEDIAN
				? Choices.VALUES.values().get(value.getSelectionIndex())
				: null;
		List<Dimension> rowDimensions = new ArrayList<>();
		rowDimensions.add(Choices.dimension(rows.getText(), Messages.compile_rows));
		if (Choices.chosen(rows2.getText())) {
			rowDimensions.add(Choices.dimension(rows2.getText(), Messages.compile_rows2));
		}
		List<Dimension> columnDimensions = Choices.chosen(columns.getText())
				? List.of(Choices.dimension(columns.getText(), Messages.compile_columns))
				: List.of();
		CompilationQuery query = new CompilationQuery(new Measure(kind, counted, averaged), rowDimensions, columnDimensions,
				List.of(), Fields.date(from, Messages.compile_from), Fields.date(to, Messages.compile_to), DateVariable.ACTUALISATION, null);
		if (unit.getSelectionIndex() > 0) {
			query = query.withFilter(Dimension.unit(), units.get(unit.getSelectionIndex() - 1).getCode());
		}
		return query;
	}

	/** Compiles what the controls say in a background job and shows it, or says what is wrong. */
	public void compile() {
		CompilationQuery query;
		try {
			query = query();
		} catch (IllegalArgumentException e) {
			showError(e.getMessage()); // a date the person typed: said at once, nothing is compiled
			return;
		}
		compileInBackground(query);
	}

	private void compileInBackground(CompilationQuery query) {
		status.setText("");
		compiles.run(Messages.compile_running, table, work -> compilations.compile(query), this::show,
				e -> showError(UiJobs.message(e)));
	}

	/** Whether a compilation, chart or export is still to show its result (for tests). */
	public boolean busy() {
		return compiles.busy() || charts.busy() || exports.busy() || pendingLookups > 0;
	}

	private void showError(String message) {
		status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		status.setText(message);
		status.getParent().layout(true, true);
	}

	private void show(CompiledTable compiled) {
		current = compiled;
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			List<String[]> lines = compiled.lines();
			for (int c = 0; c < lines.get(0).length; c++) {
				TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
				column.setText(lines.get(0)[c]);
			}
			for (String[] line : lines.subList(1, lines.size())) {
				new TableItem(table, SWT.NONE).setText(line);
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
			// GTK stretches the last column to the table's edge; an empty one keeps the figures beside their labels.
			new TableColumn(table, SWT.LEFT).setWidth(1);
		} finally {
			table.setRedraw(true);
		}
		notes.setText(String.join("\n", compiled.notes()));
		drawChart();
		notes.getParent().layout(true, true);
	}

	/** Draws the chart for the chart's size in a background job (BIRT's chart engine), then shows it. */
	private void drawChart() {
		if (current == null) {
			return;
		}
		CompiledTable drawn = current;
		int width = Math.max(320, chart.getSize().x);
		int height = Math.max(200, chart.getSize().y);
		charts.run(Messages.compile_running, chart, work -> new ImageData(new ByteArrayInputStream(
				TableCharts.barChartPng(drawn, width, height))), this::showChart, e -> {
					showChart(null);
					showError(UiJobs.message(e));
				});
	}

	private void showChart(ImageData png) {
		Image previous = chartImage;
		chartImage = png == null ? null : new Image(chart.getDisplay(), png);
		chart.setImage(chartImage);
		if (previous != null) {
			previous.dispose();
		}
	}

	/** The table on screen, or null before the first compilation. */
	public CompiledTable current() {
		return current;
	}

	/** Saves the controls' compilation under {@code name} in a job; the list of saved ones then shows it selected. */
	public Job save(String name) {
		CompilationQuery query = query();
		return lookup(Messages.compile_saving, work -> {
			compilations.save(name, query);
			return savedNames();
		}, names -> showSaved(names, name.strip()));
	}

	private void askAndSave() {
		InputDialog dialog = new InputDialog(table.getShell(), Messages.compile_save, Messages.compile_saveName,
				saved.getText(), text -> text.isBlank() || text.strip().length() > 60 ? Messages.compile_saveNameRule : null);
		if (dialog.open() == Window.OK) {
			try {
				save(dialog.getValue());
			} catch (IllegalArgumentException e) {
				showError(e.getMessage());
			}
		}
	}

	private void deleteSaved() {
		String name = saved.getText();
		if (!name.isEmpty()) {
			lookup(Messages.compile_saving, work -> {
				compilations.deleteSaved(name);
				return savedNames();
			}, names -> showSaved(names, null));
		}
	}

	/** Puts a saved compilation into the controls and compiles it (read in a job). */
	public void openSaved(String name) {
		lookup(Messages.compile_loading, work -> compilations.saved(name), found -> found.ifPresent(s -> {
			// The saved query itself is compiled: a filter or band the controls cannot show is not lost.
			apply(s.query());
			compileInBackground(s.query());
		}));
	}

	private void apply(CompilationQuery query) {
		measure.select(Choices.MEASURES.values().indexOf(query.measure().kind()));
		subject.select(Choices.SUBJECTS.values().indexOf(query.measure().subject()));
		int v = query.measure().value() == null ? -1 : Choices.VALUES.values().indexOf(query.measure().value());
		value.select(Math.max(0, v));
		value.setEnabled(query.measure().value() != null);
		rows.select(0);
		if (!query.rows().isEmpty()) {
			rows.setText(Choices.label(query.rows().get(0)));
		}
		rows2.select(0);
		if (query.rows().size() > 1) {
			rows2.setText(Choices.label(query.rows().get(1)));
		}
		columns.select(0);
		if (!query.columns().isEmpty()) {
			columns.setText(Choices.label(query.columns().get(0)));
		}
		unit.select(0);
		query.filters().stream().filter(f -> f.dimension().kind() == Dimension.Kind.UNIT).findFirst().ifPresent(f -> {
			for (int i = 0; i < units.size(); i++) {
				if (f.values().contains(units.get(i).getCode())) {
					unit.select(i + 1);
				}
			}
		});
		from.setText(query.from() == null ? "" : query.from().toString());
		to.setText(query.to() == null ? "" : query.to().toString());
	}

	/**
	 * Writes the table on screen (compiled first if there is none) as CSV ({@code .csv}) or Excel (any other name) in
	 * a background job.
	 */
	public Job export(Path file) {
		CompiledTable shown = current;
		CompilationQuery query;
		try {
			query = shown == null ? query() : null;
		} catch (IllegalArgumentException e) {
			showError(e.getMessage());
			return null;
		}
		return exports.run(NLS.bind(Messages.compile_exporting, file.getFileName()), table, work -> {
			CompiledTable written = shown != null ? shown : compilations.compile(query);
			// written whole or not at all: a failed export leaves no half file under the chosen name
			boolean csv = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
			return WholeFile.write(file, out -> {
				if (csv) {
					out.write(written.toCsv().getBytes(StandardCharsets.UTF_8));
				} else {
					TableWorkbooks.write(written, out);
				}
			});
		}, written -> {
			status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			status.setText(NLS.bind(Messages.compile_exported, written));
			status.getParent().layout(true, true);
		}, e -> showError(UiJobs.message(e)));
	}

	private void askAndExport(String extension) {
		String bare = extension.substring(2);
		String file = saveLocation.ask(table.getShell(), bare,
				NLS.bind(Messages.compile_fileName, LocalDate.now()) + "." + bare);
		if (file != null) {
			export(Path.of(file));
		}
	}

	@PreDestroy
	void dispose() {
		if (chartImage != null) {
			chartImage.dispose();
		}
	}
}
