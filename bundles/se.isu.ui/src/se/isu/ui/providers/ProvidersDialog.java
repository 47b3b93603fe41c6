package se.isu.ui.providers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.isu.core.ValidationException;
import se.isu.core.provider.ProviderService;
import se.isu.model.IsuFactory;
import se.isu.model.Provider;
import se.isu.model.ProviderKind;
import se.isu.ui.Fields;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * Verktyg › Utförare…: the register of providers (issue 17). A list on the left, the chosen provider's fields on the
 * right; Spara stores through {@link ProviderService} in a job and shows each refusal at its field. What was typed is
 * never dropped: choosing another row or closing while the fields differ from what is stored asks first.
 */
public class ProvidersDialog extends Dialog {

	public static final String TABLE = "providers.table";
	public static final String NAME = "providers.name";
	public static final String ORGANISATION_NUMBER = "providers.organisationNumber";
	public static final String KIND = "providers.kind";
	public static final String EXTERNAL = "providers.external";
	public static final String ACTIVE = "providers.active";
	public static final String NEW = "providers.new";
	public static final String SAVE = "providers.save";
	public static final String STATUS = "providers.status";

	private final ProviderService service;
	private final UiJobs jobs;
	private List<Provider> providers = new ArrayList<>();
	/** What the fields were filled from: a stored provider, or a new one (id 0). */
	private Provider shown;
	private Table table;
	private Text name;
	private Text organisationNumber;
	private Combo kind;
	private Button external;
	private Button active;
	private Label status;
	private final Map<String, Label> messages = new HashMap<>();
	private boolean filling;
	private boolean saving;

	public ProvidersDialog(Shell parent, ProviderService service, UiJobs jobs) {
		super(parent);
		this.service = service;
		this.jobs = jobs;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.providers_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(12, 6).applyTo(area);

		table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), TABLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 280).applyTo(table);
		for (String column : List.of(Messages.providers_name, Messages.providers_kind, Messages.providers_ownOrExternal)) {
			new TableColumn(table, SWT.NONE).setText(column);
		}
		table.getColumn(0).setWidth(180);
		table.getColumn(1).setWidth(100);
		table.getColumn(2).setWidth(80);
		table.addListener(SWT.Selection, e -> {
			int index = table.getSelectionIndex();
			if (index >= 0 && providers.get(index) != shown && askToKeep()) {
				fill(providers.get(index));
			} else {
				selectShown();
			}
		});

		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(fields);
		name = text(fields, Messages.providers_name, NAME, "name");
		organisationNumber = text(fields, Messages.providers_organisationNumber, ORGANISATION_NUMBER, "organisationNumber");
		organisationNumber.setMessage("NNNNNN-NNNN");
		new Label(fields, SWT.NONE).setText(Messages.providers_kind);
		kind = WidgetIds.tag(new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN), KIND);
		for (ProviderKind k : ProviderKind.values()) {
			kind.add(kindLabel(k));
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
		new Label(fields, SWT.NONE);
		messages.put("kind", Fields.message(fields, KIND + WidgetIds.MESSAGE_SUFFIX));
		new Label(fields, SWT.NONE);
		external = WidgetIds.tag(new Button(fields, SWT.CHECK), EXTERNAL);
		external.setText(Messages.providers_external);
		new Label(fields, SWT.NONE);
		active = WidgetIds.tag(new Button(fields, SWT.CHECK), ACTIVE);
		active.setText(Messages.providers_active);

		Composite buttons = new Composite(fields, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 10).applyTo(buttons);
		Button add = WidgetIds.tag(new Button(buttons, SWT.PUSH), NEW);
		add.setText(Messages.providers_new);
		add.addListener(SWT.Selection, e -> {
			if (askToKeep()) {
				fill(newProvider());
				name.setFocus();
			}
		});
		Button save = WidgetIds.tag(new Button(buttons, SWT.PUSH), SAVE);
		save.setText(Messages.providers_save);
		save.addListener(SWT.Selection, e -> save(null));

		status = WidgetIds.tag(new Label(area, SWT.NONE), STATUS);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
		status.setText(Messages.providers_reading);
		fill(newProvider());
		setFieldsEnabled(false);
		jobs.run(Messages.providers_reading, table, monitor -> service.list(), list -> {
			providers = new ArrayList<>(list);
			showList();
			status.setText(list.isEmpty() ? Messages.providers_none : "");
			setFieldsEnabled(true);
		}, error -> status.setText(UiJobs.message(error)));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.providers_close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Closing with edits not stored asks Spara / Spara inte / Avbryt, whichever way it is closed. */
	@Override
	public boolean close() {
		if (getShell() != null && !getShell().isDisposed() && dirty()) {
			int answer = new MessageDialog(getShell(), Messages.providers_title, null, Messages.providers_unsaved,
					MessageDialog.QUESTION, 0, Messages.providers_save, Messages.providers_dontSave,
					IDialogConstants.CANCEL_LABEL).open();
			if (answer == 0) {
				save(this::closeNow);
				return false;
			}
			if (answer != 1) {
				return false;
			}
		}
		return super.close();
	}

	private void closeNow() {
		super.close();
	}

	private Text text(Composite parent, String label, String id, String field) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = WidgetIds.tag(new Text(parent, SWT.BORDER), id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		new Label(parent, SWT.NONE);
		messages.put(field, Fields.message(parent, id + WidgetIds.MESSAGE_SUFFIX));
		return text;
	}

	private static Provider newProvider() {
		Provider p = IsuFactory.eINSTANCE.createProvider();
		p.setKind(ProviderKind.HVB);
		p.setExternal(true);
		p.setActive(true);
		return p;
	}

	/** The fields as a provider (the id of the one shown). */
	private Provider edited() {
		Provider p = IsuFactory.eINSTANCE.createProvider();
		p.setId(shown.getId());
		p.setName(name.getText().strip());
		p.setOrganisationNumber(organisationNumber.getText().strip().isEmpty() ? null : organisationNumber.getText().strip());
		p.setKind(kind.getSelectionIndex() < 0 ? null : ProviderKind.get(kind.getSelectionIndex()));
		p.setExternal(external.getSelection());
		p.setActive(active.getSelection());
		return p;
	}

	/** Whether the fields hold something the register does not. A new provider with no name is nothing yet. */
	boolean dirty() {
		if (shown == null || name.isDisposed()) {
			return false;
		}
		Provider now = edited();
		if (shown.getId() == 0) {
			return !now.getName().isEmpty() || now.getOrganisationNumber() != null;
		}
		return !now.getName().equals(shown.getName())
				|| !java.util.Objects.equals(now.getOrganisationNumber(), shown.getOrganisationNumber())
				|| now.getKind() != shown.getKind() || now.isExternal() != shown.isExternal()
				|| now.isActive() != shown.isActive();
	}

	/** True when the fields may be replaced: nothing unsaved, or the person said so. */
	private boolean askToKeep() {
		if (!dirty()) {
			return true;
		}
		return MessageDialog.openQuestion(getShell(), Messages.providers_title, Messages.providers_discard);
	}

	private void fill(Provider provider) {
		filling = true;
		try {
			shown = provider;
			name.setText(provider.getName() == null ? "" : provider.getName());
			organisationNumber.setText(provider.getOrganisationNumber() == null ? "" : provider.getOrganisationNumber());
			kind.select(provider.getKind() == null ? -1 : provider.getKind().getValue());
			external.setSelection(provider.isExternal());
			active.setSelection(provider.isActive());
			messages.values().forEach(m -> m.setText(""));
			selectShown();
		} finally {
			filling = false;
		}
	}

	private void selectShown() {
		int index = providers.indexOf(shown);
		if (index < 0) {
			table.deselectAll();
		} else {
			table.select(index);
		}
	}

	private void setFieldsEnabled(boolean enabled) {
		for (Control c : new Control[] { name, organisationNumber, kind, external, active }) {
			c.setEnabled(enabled);
		}
	}

	private void showList() {
		table.removeAll();
		for (Provider p : providers) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { p.isActive() ? p.getName() : org.eclipse.osgi.util.NLS.bind(Messages.provider_inactiveName, p.getName()),
					kindLabel(p.getKind()), p.isExternal() ? Messages.providers_externalShort : Messages.providers_ownShort });
		}
		selectShown();
	}

	/** Stores the fields in a job; refusals go to their fields, the cursor to the first. {@code then} runs after a save. */
	private void save(Runnable then) {
		if (saving || filling) {
			return;
		}
		saving = true;
		Provider toSave = edited();
		messages.values().forEach(m -> m.setText(""));
		status.setText(Messages.providers_saving);
		jobs.run(Messages.providers_saving, table, monitor -> service.save(toSave), saved -> {
			saving = false;
			int index = -1;
			for (int i = 0; i < providers.size(); i++) {
				if (providers.get(i).getId() == saved.getId()) {
					index = i;
				}
			}
			if (index >= 0) {
				providers.set(index, saved);
			} else {
				providers.add(saved);
			}
			providers.sort(java.util.Comparator.comparing(Provider::getName, String.CASE_INSENSITIVE_ORDER));
			fill(saved);
			showList();
			status.setText(org.eclipse.osgi.util.NLS.bind(Messages.providers_saved, saved.getName()));
			if (then != null) {
				then.run();
			}
		}, error -> {
			saving = false;
			if (error instanceof ValidationException refused) {
				Control first = null;
				for (ValidationException.Violation v : refused.violations()) {
					Label message = messages.get(v.field());
					if (message != null) {
						message.setText(v.message());
						message.setToolTipText(v.message());
						Control field = switch (v.field()) {
						case "name" -> name;
						case "organisationNumber" -> organisationNumber;
						default -> kind;
						};
						first = first == null ? field : first;
					}
				}
				status.setText(refused.violations().get(0).message());
				if (first != null) {
					first.setFocus();
				}
			} else {
				status.setText(UiJobs.message(error));
			}
		});
	}

	static String kindLabel(ProviderKind kind) {
		if (kind == null) {
			return "";
		}
		return switch (kind) {
		case HVB -> Messages.providerKind_HVB;
		case SUPPORTED_HOUSING -> Messages.providerKind_SUPPORTED_HOUSING;
		case FOSTER_HOME -> Messages.providerKind_FOSTER_HOME;
		case OTHER -> Messages.providerKind_OTHER;
		};
	}
}
