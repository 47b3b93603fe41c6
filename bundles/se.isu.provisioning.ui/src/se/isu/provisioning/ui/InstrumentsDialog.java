package se.isu.provisioning.ui;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.isu.provisioning.InstrumentProvisioning;
import se.isu.provisioning.InstrumentProvisioning.Feature;
import se.isu.provisioning.InstrumentProvisioning.Outcome;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.ProgressLine;
import se.isu.ui.jobs.UiJobs;

/**
 * Verktyg › Instrument… for system administrators: the installed instruments (name, version, feature) and those the
 * configured repositories offer, by category with their descriptions; install, update and remove run as jobs with
 * progress and Avbryt, and a change ends with the question whether to restart now. Every refusal of the service
 * (repository unreachable, feature missing, conflict, tampered artifact) is shown as its sentence under the lists.
 */
public class InstrumentsDialog extends Dialog {

	public static final String INSTALLED_TABLE = "instruments.installed";
	public static final String AVAILABLE_TABLE = "instruments.available";
	public static final String INSTALL = "instruments.install";
	public static final String UPDATE = "instruments.update";
	public static final String REMOVE = "instruments.remove";
	public static final String STATUS = "instruments.status";
	public static final String REPOSITORIES = "instruments.repositories";

	private final InstrumentProvisioning provisioning;
	private final UiJobs jobs;
	private final Runnable restart;

	private Table installedTable;
	private Table availableTable;
	private Label repositories;
	private Label status;
	private ProgressLine progress;
	private Button install;
	private Button update;
	private Button remove;
	private Job running;
	private List<Feature> installed = List.of();
	private List<Feature> available = List.of();

	/** @param restart what "Starta om nu" does (the handler: save or discard, then restart the workbench) */
	public InstrumentsDialog(Shell parent, InstrumentProvisioning provisioning, UiJobs jobs, Runnable restart) {
		super(parent);
		this.provisioning = provisioning;
		this.jobs = jobs;
		this.restart = restart;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		return new Point(960, 640);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);

		new Label(area, SWT.NONE).setText(Messages.installed);
		installedTable = table(area, INSTALLED_TABLE, 120, Messages.columnName, Messages.columnVersion, Messages.columnFeature);
		new Label(area, SWT.NONE).setText(Messages.available);
		availableTable = table(area, AVAILABLE_TABLE, 200, Messages.columnCategory, Messages.columnName,
				Messages.columnVersion, Messages.columnDescription);
		repositories = WidgetIds.tag(new Label(area, SWT.WRAP), REPOSITORIES);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(repositories);

		Composite actions = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
		install = button(actions, INSTALL, Messages.install, this::installChosen);
		update = button(actions, UPDATE, Messages.update, this::updateChosen);
		remove = button(actions, REMOVE, Messages.remove, this::removeChosen);

		status = WidgetIds.tag(new Label(area, SWT.WRAP), STATUS);
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(status);
		progress = new ProgressLine(area);
		refresh(null);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	@Override
	public boolean close() {
		if (running != null) {
			running.cancel(); // p2 stops at its next check; nothing half-installed stays (the profile changes last)
		}
		return super.close();
	}

	private record Lists(List<Feature> installed, List<Feature> available, List<URI> repositories) {
	}

	/** Reads both lists on a job; {@code message} (may be null) stays shown under them. */
	private void refresh(String message) {
		busy(true);
		running = jobs.run(Messages.reading, installedTable, progress,
				monitor -> new Lists(provisioning.installed(), provisioning.available(monitor), provisioning.repositories()),
				lists -> {
					installed = lists.installed();
					available = lists.available();
					fill();
					repositories.setText(NLS.bind(Messages.repositories,
							lists.repositories().stream().map(URI::toString).collect(Collectors.joining(", "))));
					status.setText(message != null ? message : installed.isEmpty() ? Messages.noneInstalled : "");
					busy(false);
					getShell().layout(true, true);
				}, this::failed);
	}

	private void fill() {
		installedTable.removeAll();
		for (Feature f : installed) {
			new TableItem(installedTable, SWT.NONE).setText(new String[] { f.name(), f.version(), f.id() });
		}
		availableTable.removeAll();
		for (Feature f : available) {
			new TableItem(availableTable, SWT.NONE)
					.setText(new String[] { f.category() == null ? "" : f.category(), f.name(), f.version(), f.description() });
		}
		for (Table table : List.of(installedTable, availableTable)) {
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		}
	}

	private void installChosen() {
		int index = availableTable.getSelectionIndex();
		if (index < 0) {
			status.setText(Messages.chooseAvailable);
			return;
		}
		Feature chosen = available.get(index);
		change(NLS.bind(Messages.installing, chosen.name()), chosen.name(), Messages.installedDone,
				monitor -> provisioning.install(List.of(chosen.id()), monitor));
	}

	private void updateChosen() {
		int index = installedTable.getSelectionIndex();
		List<String> ids = index < 0 ? List.of() : List.of(installed.get(index).id());
		String name = index < 0 ? Messages.installed.toLowerCase() : installed.get(index).name();
		change(NLS.bind(Messages.updating, name), name, Messages.updatedDone, monitor -> provisioning.update(ids, monitor));
	}

	private void removeChosen() {
		int index = installedTable.getSelectionIndex();
		if (index < 0) {
			status.setText(Messages.chooseInstalled);
			return;
		}
		Feature chosen = installed.get(index);
		if (!MessageDialog.openConfirm(getShell(), Messages.confirmRemoveTitle, NLS.bind(Messages.confirmRemove, chosen.name()))) {
			return;
		}
		change(NLS.bind(Messages.removing, chosen.name()), chosen.name(), Messages.removedDone,
				monitor -> provisioning.remove(List.of(chosen.id()), monitor));
	}

	/** @param done what is said when it worked, in the past tense: {0} the features changed */
	private void change(String task, String name, String done, UiJobs.Work<Outcome> work) {
		busy(true);
		running = jobs.run(task, installedTable, progress, work, outcome -> {
			running = null;
			if (outcome.nothingChanged()) {
				refresh(NLS.bind(Messages.nothingChanged, name));
				return;
			}
			String message = NLS.bind(done, String.join(", ", outcome.changed())) + " "
					+ Messages.restartPending;
			refresh(message);
			if (outcome.restartNeeded()) {
				askRestart();
			}
		}, this::failed);
	}

	private void askRestart() {
		MessageDialog question = new MessageDialog(getShell(), Messages.restartTitle, null, Messages.restartQuestion,
				MessageDialog.QUESTION, 0, Messages.restartNow, Messages.restartLater);
		if (question.open() == 0) {
			close();
			restart.run();
		}
	}

	private void failed(Exception e) {
		running = null;
		status.setText(NLS.bind(Messages.failed, UiJobs.message(e)));
		busy(false);
		getShell().layout(true, true);
	}

	private void busy(boolean busy) {
		for (Button button : List.of(install, update, remove)) {
			if (button != null && !button.isDisposed()) {
				button.setEnabled(!busy);
			}
		}
	}

	private static Table table(Composite parent, String id, int height, String... columns) {
		Table table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String name : columns) {
			new TableColumn(table, SWT.LEFT).setText(name);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(table);
		return table;
	}

	private static Button button(Composite parent, String id, String text, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}
}
