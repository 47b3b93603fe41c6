package se.isu.ui.compile;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.core.compile.FollowUpMonitor.DueList;
import se.isu.core.compile.FollowUpMonitor.DueOccasion;
import se.isu.core.compile.FollowUpMonitor.State;
import se.isu.security.Session;
import se.isu.ui.CaseEditors;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.ProgressLine;
import se.isu.ui.jobs.UiJobs;

/**
 * Att göra: the occasions a case worker should do this week, those overdue and those missed lately, in the
 * person's own units; "Bara mina" keeps the cases they are responsible for. A double click opens the case. The list
 * is read in a background job, at most {@link FollowUpMonitor#LIMIT_PER_STATE} of each state, into a virtual table.
 */
public class DueListPart {

	public static final String ID = "se.isu.ui.part.duelist";

	@Inject
	FollowUpMonitor monitor;

	@Inject
	Session session;

	@Inject
	@Optional
	EPartService parts;
	@Inject
	@Optional
	EModelService models;
	@Inject
	@Optional
	MApplication application;

	@Inject
	UiJobs jobs;

	private UiJobs.Latest loads;
	private ProgressLine progress;
	private Button onlyMine;
	private Table table;
	private Label summary;
	private List<DueOccasion> shown = List.of();

	public DueListPart() {
		// for dependency injection
	}

	/** For rendering outside a workbench (tests). */
	public DueListPart(FollowUpMonitor monitor, Session session) {
		this.monitor = monitor;
		this.session = session;
	}

	/** For rendering outside a workbench (tests) with the jobs helper the test chooses. */
	public DueListPart(FollowUpMonitor monitor, Session session, UiJobs jobs) {
		this(monitor, session);
		this.jobs = jobs;
	}

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		if (jobs == null) {
			jobs = UiJobs.on(parent.getDisplay());
		}
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		onlyMine = WidgetIds.tag(new Button(bar, SWT.CHECK), WidgetIds.DUE_ONLY_MINE);
		onlyMine.setText(Messages.due_onlyMine);
		onlyMine.addListener(SWT.Selection, e -> refresh());
		Button reload = new Button(bar, SWT.PUSH);
		reload.setText(Messages.due_refresh);
		reload.addListener(SWT.Selection, e -> refresh());

		progress = new ProgressLine(parent);
		loads = jobs.latest(progress);
		// Virtual: an item is made when its row is shown.
		table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL),
				WidgetIds.DUE_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (String header : List.of(Messages.due_state, Messages.due_planned, Messages.due_case, Messages.due_client,
				Messages.due_occasion, Messages.due_form, Messages.due_staff, Messages.due_late, Messages.due_reason)) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		summary = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.DUE_SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		refresh();
	}

	/** Reads the list again in a background job. */
	public void refresh() {
		boolean mine = onlyMine.getSelection();
		loads.run(Messages.due_loading, table, work -> monitor.dueList(mine), this::show, e -> {
			shown = List.of();
			table.setItemCount(0);
			summary.setText(UiJobs.message(e));
			summary.getParent().layout(true, true);
		});
	}

	/** Whether a reading of the list is still to show its result (for tests). */
	public boolean loading() {
		return loads.busy();
	}

	private void show(DueList due) {
		shown = due.occasions();
		table.setRedraw(false);
		table.clearAll();
		table.setItemCount(shown.size());
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.setRedraw(true);
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.due_summary, new Object[] { due.total(State.DUE_THIS_WEEK), due.total(State.OVERDUE),
				due.total(State.MISSED), FollowUpMonitor.MISSED_DAYS }));
		for (State state : State.values()) {
			if (due.total(state) > due.in(state).size()) {
				lines.add(NLS.bind(Messages.due_limited, new Object[] { label(state), due.in(state).size(), due.total(state) }));
			}
		}
		summary.setText(String.join("\n", lines));
		summary.getParent().layout(true, true);
	}

	private void fill(TableItem item, int index) {
		DueOccasion o = shown.get(index);
		item.setText(new String[] { label(o.state()), o.plannedDate().toString(), o.caseNumber(),
				o.clientName() == null ? "" : o.clientName(), o.occasionLabel(), o.formName() == null ? "" : o.formName(),
				o.staffName() == null ? "" : o.staffName(),
				o.daysLate() == 0 ? "" : Long.toString(o.daysLate()), o.reason() == null ? "" : o.reason() });
		if (o.state() == State.OVERDUE) {
			item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	static String label(State state) {
		return switch (state) {
		case DUE_THIS_WEEK -> Messages.due_stateThisWeek;
		case OVERDUE -> Messages.due_stateOverdue;
		case MISSED -> Messages.due_stateMissed;
		};
	}

	/** The occasions in the table, in order. */
	public List<DueOccasion> shown() {
		return shown;
	}

	private void openSelected() {
		int index = table.getSelectionIndex();
		if (index >= 0 && parts != null) {
			CaseEditors.open(parts, models, application, shown.get(index).caseNumber());
		}
	}
}
