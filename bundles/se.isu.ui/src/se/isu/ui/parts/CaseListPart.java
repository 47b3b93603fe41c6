package se.isu.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.isu.core.CaseService;
import se.isu.model.CaseStatus;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.ProcessStep;
import se.isu.model.Unit;
import se.isu.model.query.CaseFilter;
import se.isu.ui.CaseEditors;
import se.isu.ui.Messages;
import se.isu.ui.UiEvents;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * The case navigator: search by personnummer, name or case number, filter by unit, status and process step; newest
 * aktualisering first. Enter or a double click opens the case. The search runs as a job a moment after the last
 * key press, never on the UI thread; only the newest search's result is shown.
 */
public class CaseListPart {

	public static final String ID = "se.isu.ui.part.caselist";

	/** How long after the last key press the search starts: a typed word makes one query, not one per letter. */
	static final int SEARCH_DELAY_MILLIS = 150;

	/* Field injection, so a restarted service (e.g. the store after an update) is injected again. */
	@Inject
	CaseService caseService;

	/* Absent when the part is rendered outside a workbench (tests): then rows do not open editors. */
	@Inject
	@Optional
	EPartService parts;
	@Inject
	@Optional
	EModelService models;
	@Inject
	@Optional
	MApplication application;

	/* Created by e4 from the workbench's UISynchronize; tests hand in their own or get one for the display. */
	@Inject
	UiJobs jobs;

	private UiJobs.Latest searches;
	private TableColumnLayout columnLayout;
	private final List<ColumnSize> columnSizes = new ArrayList<>();
	private Text search;
	private Combo unitFilter;
	private Combo statusFilter;
	private Combo stepFilter;
	private List<Unit> units = List.of();
	private TableViewer viewer;
	private Label status;

	public CaseListPart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests). */
	public CaseListPart(CaseService caseService) {
		this.caseService = caseService;
	}

	/** For rendering outside a workbench (tests) with the jobs helper the test chooses. */
	public CaseListPart(CaseService caseService, UiJobs jobs) {
		this.caseService = caseService;
		this.jobs = jobs;
	}

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		if (jobs == null) {
			jobs = UiJobs.on(parent.getDisplay());
		}
		searches = jobs.latest();

		search = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetIds.CASE_LIST_SEARCH);
		search.setMessage(Messages.caseList_search);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addModifyListener(e -> searchSoon());

		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		unitFilter = filter(filters, WidgetIds.CASE_LIST_UNIT_FILTER, Messages.caseList_allUnits);
		statusFilter = filter(filters, WidgetIds.CASE_LIST_STATUS_FILTER, Messages.caseList_allStatuses);
		for (CaseStatus status : CaseStatus.values()) {
			statusFilter.add(Messages.label(status));
		}
		stepFilter = filter(filters, WidgetIds.CASE_LIST_STEP_FILTER, Messages.caseList_allSteps);
		for (ProcessStep step : ProcessStep.values()) {
			stepFilter.add(step.getValue() + " " + Messages.label(step));
		}
		loadUnits();

		Composite tableArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		columnLayout = columns;
		tableArea.setLayout(columns);
		// Virtual: only the rows on screen get table items.
		viewer = new TableViewer(tableArea,
				SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER | SWT.VIRTUAL);
		WidgetIds.tag(viewer.getTable(), WidgetIds.CASE_LIST_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// Each column is at least as wide as its header and the widest text it can hold (the name column: the widest
		// listed name); the rest of the width is shared by weight. Columns that do not fit whole are left out, from the
		// right, so no column is ever cut (widening the list brings them back).
		column(columns, Messages.caseList_column_caseNumber, 14, IsuCase::getCaseNumber, List.of("VUX-2026-00000"));
		column(columns, Messages.caseList_column_personalId, 14, c -> c.getClient().getPersonalIdentityNumber(),
				List.of("19000000-0000"));
		column(columns, Messages.caseList_column_name, 20, c -> name(c.getClient()), List.of("Anna Andersson"), true);
		column(columns, Messages.caseList_column_unit, 18, c -> c.getUnit().getName(),
				units.stream().map(Unit::getName).toList());
		column(columns, Messages.caseList_column_step, 12, c -> Messages.label(c.getCurrentStep()),
				ProcessStep.VALUES.stream().map(Messages::label).toList());
		column(columns, Messages.caseList_column_status, 10, c -> Messages.label(c.getStatus()),
				CaseStatus.VALUES.stream().map(Messages::label).toList());
		column(columns, Messages.caseList_column_actualised, 12,
				c -> c.getActualisationDate() == null ? "" : c.getActualisationDate().toString(), List.of("2026-12-31"));

		tableArea.addListener(SWT.Resize, e -> fitColumns(listed));

		viewer.addDoubleClickListener(e -> openSelected());
		viewer.getTable().addListener(SWT.DefaultSelection, e -> openSelected());

		status = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.CASE_LIST_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		refresh();
	}

	/** Reloads the list for the current search text and filters, in a background job. */
	public void refresh() {
		CaseFilter filter = filter();
		searches.run(Messages.caseList_searching, viewer.getTable(), monitor -> caseService.findCases(filter),
				cases -> show(cases, filter), this::showFailure);
	}

	/** The search a moment after the last key press. */
	private void searchSoon() {
		CaseFilter filter = filter();
		searches.after(SEARCH_DELAY_MILLIS, Messages.caseList_searching, viewer.getTable(),
				monitor -> caseService.findCases(filter), cases -> show(cases, filter), this::showFailure);
	}

	/** Whether a search is still to show its result (for tests and the benchmark). */
	public boolean searching() {
		return searches.busy();
	}

	private CaseFilter filter() {
		int unitIndex = unitFilter.getSelectionIndex();
		int statusIndex = statusFilter.getSelectionIndex();
		int stepIndex = stepFilter.getSelectionIndex();
		return new CaseFilter(search.getText(), statusIndex <= 0 ? null : CaseStatus.get(statusIndex - 1),
				unitIndex <= 0 ? null : units.get(unitIndex - 1).getCode(),
				stepIndex <= 0 ? null : ProcessStep.get(stepIndex), CaseFilter.DEFAULT_LIMIT);
	}

	private void show(List<IsuCase> cases, CaseFilter filter) {
		viewer.setInput(cases);
		status.setText(cases.size() >= filter.limit() ? NLS.bind(Messages.caseList_limited, filter.limit())
				: NLS.bind(Messages.caseList_count, cases.size()));
		fitColumns(cases);
	}

	private void showFailure(Exception e) {
		// e.g. an analyst: the list stays empty and says why, instead of failing the whole window
		viewer.setInput(List.of());
		status.setText(UiJobs.message(e));
	}

	/** A case was created or saved elsewhere: show it. */
	@Inject
	@Optional
	void casesChanged(@UIEventTopic(UiEvents.CASES_CHANGED) String caseNumber) {
		if (viewer != null && !viewer.getTable().isDisposed()) {
			loadUnits();
			refresh();
		}
	}

	private void openSelected() {
		IsuCase selected = (IsuCase) viewer.getStructuredSelection().getFirstElement();
		if (selected != null && parts != null) {
			CaseEditors.open(parts, models, application, selected.getCaseNumber());
		}
	}

	private void loadUnits() {
		String selected = unitFilter.getSelectionIndex() > 0 ? units.get(unitFilter.getSelectionIndex() - 1).getCode() : null;
		units = caseService.units();
		unitFilter.remove(1, unitFilter.getItemCount() - 1);
		int select = 0;
		for (int i = 0; i < units.size(); i++) {
			unitFilter.add(units.get(i).getName());
			if (units.get(i).getCode().equals(selected)) {
				select = i + 1;
			}
		}
		unitFilter.select(select);
	}

	private Combo filter(Composite parent, String id, String all) {
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), id);
		combo.add(all);
		combo.select(0);
		combo.addListener(SWT.Selection, e -> refresh());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	@Focus
	public void setFocus() {
		search.setFocus();
	}

	/** A column's text and the texts that set its least width. */
	private record ColumnSize(TableColumn column, int weight, Function<IsuCase, String> text, List<String> samples,
			boolean measureRows) {
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<IsuCase, String> text,
			List<String> samples) {
		column(layout, title, weight, text, samples, false);
	}

	/** {@code measureRows}: the samples do not bound the column's texts (names), so the listed rows are measured. */
	private void column(TableColumnLayout layout, String title, int weight, Function<IsuCase, String> text,
			List<String> samples, boolean measureRows) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((IsuCase) element);
				return value == null ? "" : value;
			}
		});
		ColumnSize size = new ColumnSize(column.getColumn(), weight, text, samples, measureRows);
		columnSizes.add(size);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, leastWidth(size, List.of())));
	}

	/** Room around a cell's or header's text (GTK's cell padding and the header's sort arrow area). */
	private static final int CELL_PADDING = 28;

	private int leastWidth(ColumnSize size, List<IsuCase> shown) {
		GC gc = new GC(viewer.getTable());
		try {
			int widest = gc.textExtent(size.column().getText()).x;
			for (String sample : size.samples()) {
				widest = Math.max(widest, gc.textExtent(sample).x);
			}
			for (IsuCase c : size.measureRows() ? shown : List.<IsuCase>of()) {
				String value = size.text().apply(c);
				widest = Math.max(widest, value == null ? 0 : gc.textExtent(value).x);
			}
			return widest + CELL_PADDING;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * Widens the columns for what is listed now, so no listed text is cut, and shows as many columns, in order, as fit
	 * whole in the list's width; the rest get no width until the list is wider.
	 */
	private void fitColumns(List<IsuCase> shown) {
		listed = shown;
		Table table = viewer.getTable();
		int available = table.getParent().getClientArea().width - table.getVerticalBar().getSize().x
				- 2 * table.getBorderWidth();
		int used = 0;
		boolean fits = true;
		for (ColumnSize size : columnSizes) {
			int least = leastWidth(size, shown);
			fits = fits && used + least <= available;
			if (fits) {
				used += least;
				columnLayout.setColumnData(size.column(), new ColumnWeightData(size.weight(), least));
			} else {
				columnLayout.setColumnData(size.column(), new ColumnPixelData(0, false));
			}
		}
		table.getParent().layout(true, true);
	}

	/** The cases listed now (the columns are fitted to them again when the list changes width). */
	private List<IsuCase> listed = List.of();

	private static String name(Client client) {
		String given = client.getGivenName() == null ? "" : client.getGivenName();
		String family = client.getFamilyName() == null ? "" : client.getFamilyName();
		return (given + " " + family).strip();
	}
}
