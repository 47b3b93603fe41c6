package se.isu.ui.compile;

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
import se.isu.security.AccessDeniedException;
import se.isu.security.Session;
import se.isu.ui.CaseEditors;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/**
 * Att göra: the occasions a case worker should do this week, those overdue and those missed lately, in the
 * person's own units; "Bara mina" keeps the cases they are responsible for. A double click opens the case.
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

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		onlyMine = WidgetIds.tag(new Button(bar, SWT.CHECK), WidgetIds.DUE_ONLY_MINE);
		onlyMine.setText(Messages.due_onlyMine);
		onlyMine.addListener(SWT.Selection, e -> refresh());
		Button reload = new Button(bar, SWT.PUSH);
		reload.setText(Messages.due_refresh);
		reload.addListener(SWT.Selection, e -> refresh());

		table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), WidgetIds.DUE_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (String header : List.of(Messages.due_state, Messages.due_planned, Messages.due_case, Messages.due_occasion,
				Messages.due_staff, Messages.due_late, Messages.due_reason)) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		summary = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.DUE_SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		refresh();
	}

	public void refresh() {
		DueList due;
		try {
			due = monitor.dueList();
		} catch (AccessDeniedException e) {
			table.removeAll();
			summary.setText(e.getMessage());
			return;
		}
		String me = session.current().map(u -> u.userName()).orElse("");
		shown = due.occasions().stream().filter(o -> !onlyMine.getSelection() || me.equals(o.staffUserName())).toList();
		table.setRedraw(false);
		table.removeAll();
		for (DueOccasion o : shown) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { label(o.state()), o.plannedDate().toString(), o.caseNumber(), o.occasionLabel(),
					o.staffName() == null ? "" : o.staffName(), o.daysLate() == 0 ? "" : Long.toString(o.daysLate()),
					o.reason() == null ? "" : o.reason() });
			if (o.state() == State.OVERDUE) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.setRedraw(true);
		summary.setText(NLS.bind(Messages.due_summary, new Object[] { count(State.DUE_THIS_WEEK), count(State.OVERDUE),
				count(State.MISSED), FollowUpMonitor.MISSED_DAYS }));
		summary.getParent().layout(true, true);
	}

	private long count(State state) {
		return shown.stream().filter(o -> o.state() == state).count();
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
