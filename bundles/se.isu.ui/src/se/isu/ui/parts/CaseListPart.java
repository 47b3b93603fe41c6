package se.isu.ui.parts;

import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.isu.core.CaseService;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.query.CaseFilter;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/** The case navigator: a search field over the unit's cases, newest aktualisering first. */
public class CaseListPart {

	public static final String ID = "se.isu.ui.part.caselist";

	private final CaseService caseService;

	private Text search;
	private TableViewer viewer;
	private Label status;

	@Inject
	public CaseListPart(CaseService caseService) {
		this.caseService = caseService;
	}

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);

		search = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetIds.CASE_LIST_SEARCH);
		search.setMessage(Messages.caseList_search);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addModifyListener(e -> refresh());

		Composite tableArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.CASE_LIST_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, Messages.caseList_column_caseNumber, 14, IsuCase::getCaseNumber);
		column(columns, Messages.caseList_column_personalId, 14, c -> c.getClient().getPersonalIdentityNumber());
		column(columns, Messages.caseList_column_name, 20, c -> name(c.getClient()));
		column(columns, Messages.caseList_column_unit, 18, c -> c.getUnit().getName());
		column(columns, Messages.caseList_column_step, 12, c -> Messages.label(c.getCurrentStep()));
		column(columns, Messages.caseList_column_status, 10, c -> Messages.label(c.getStatus()));
		column(columns, Messages.caseList_column_actualised, 12,
				c -> c.getActualisationDate() == null ? "" : c.getActualisationDate().toString());

		status = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.CASE_LIST_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		refresh();
	}

	/** Reloads the list for the current search text. */
	public void refresh() {
		CaseFilter filter = CaseFilter.text(search.getText());
		List<IsuCase> cases = caseService.findCases(filter);
		viewer.setInput(cases);
		status.setText(cases.size() >= filter.limit() ? NLS.bind(Messages.caseList_limited, filter.limit())
				: NLS.bind(Messages.caseList_count, cases.size()));
	}

	@Focus
	public void setFocus() {
		search.setFocus();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<IsuCase, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((IsuCase) element);
				return value == null ? "" : value;
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private static String name(Client client) {
		String given = client.getGivenName() == null ? "" : client.getGivenName();
		String family = client.getFamilyName() == null ? "" : client.getFamilyName();
		return (given + " " + family).strip();
	}
}
