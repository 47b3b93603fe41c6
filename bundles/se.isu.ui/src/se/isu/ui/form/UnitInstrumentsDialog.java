package se.isu.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
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

import se.isu.core.CaseService;
import se.isu.core.ValidationException;
import se.isu.core.instrument.UnitInstruments;
import se.isu.core.instrument.UnitInstruments.Choice;
import se.isu.model.Unit;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * Verktyg › Enhetens instrument (decision 87): methods staff tick the installed instruments their unit works with.
 * Reading and saving run as jobs; a refused save keeps the ticks; closing with changed ticks asks first.
 */
public class UnitInstrumentsDialog extends Dialog {

	private final UiJobs jobs;
	private final UnitInstruments unitInstruments;
	private final CaseService cases;

	private Combo unitCombo;
	private Label state;
	private Table table;
	private Label message;
	private List<Unit> units = List.of();
	private List<Choice> shown = List.of();
	/** The unit whose ticks the table shows, and whether the ticks differ from what is stored. */
	private int shownUnit = -1;
	private boolean changed;

	public UnitInstrumentsDialog(Shell parent, UiJobs jobs, UnitInstruments unitInstruments, CaseService cases) {
		super(parent);
		this.jobs = jobs;
		this.unitInstruments = unitInstruments;
		this.cases = cases;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.unitInstruments_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		se.isu.ui.widgets.WheelGuard.install(area.getDisplay()); // the wheel never switches the unit
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.customise_unit);
		unitCombo = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), WidgetIds.UNIT_INSTRUMENTS_UNIT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(unitCombo);
		state = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.UNIT_INSTRUMENTS_STATE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(620, SWT.DEFAULT).applyTo(state);
		table = WidgetIds.tag(new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
				WidgetIds.UNIT_INSTRUMENTS_TABLE);
		table.setHeaderVisible(true);
		for (String header : List.of(Messages.unitInstruments_column_name, Messages.customise_column_id,
				Messages.unitInstruments_column_version)) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(header);
			column.setWidth(header.equals(Messages.unitInstruments_column_name) ? 300
					: header.equals(Messages.customise_column_id) ? 200 : 90);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 260).applyTo(table);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				changed = true;
				message.setText("");
			}
		});
		message = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.UNIT_INSTRUMENTS_MESSAGE);
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(620, SWT.DEFAULT).applyTo(message);
		unitCombo.addListener(SWT.Selection, e -> unitChosen());
		state.setText(Messages.unitInstruments_loading);
		jobs.run(Messages.unitInstruments_loading, table, monitor -> cases.units(), this::showUnits, this::failed);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// Swedish first: JFace's own button labels are English without a language pack
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.unitInstruments_save, true),
				WidgetIds.UNIT_INSTRUMENTS_SAVE);
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.unitInstruments_close, false),
				WidgetIds.UNIT_INSTRUMENTS_CLOSE);
	}

	private void showUnits(List<Unit> loaded) {
		units = loaded;
		loaded.forEach(u -> unitCombo.add(u.getCode() + " " + u.getName()));
		if (loaded.isEmpty()) {
			state.setText(Messages.unitInstruments_noUnits);
			return;
		}
		unitCombo.select(0);
		unitChosen();
	}

	/** Another unit picked: asks before dropping changed ticks, then reads the unit's choice in a job. */
	private void unitChosen() {
		int index = unitCombo.getSelectionIndex();
		if (index == shownUnit) {
			return;
		}
		if (changed && !discardConfirmed()) {
			unitCombo.select(shownUnit);
			return;
		}
		String unit = units.get(index).getCode();
		table.removeAll();
		state.setText(Messages.unitInstruments_loading);
		record Loaded(boolean chosen, List<Choice> choices) {
		}
		jobs.run(Messages.unitInstruments_loading, table,
				monitor -> new Loaded(unitInstruments.hasChosen(unit), unitInstruments.choices(unit)),
				loaded -> show(index, loaded.chosen(), loaded.choices()), this::failed);
	}

	private void show(int index, boolean chosen, List<Choice> choices) {
		if (index != unitCombo.getSelectionIndex()) {
			return; // an earlier unit's answer arriving after another unit was picked
		}
		shownUnit = index;
		changed = false;
		shown = choices;
		table.removeAll();
		for (Choice c : choices) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { c.name(), c.instrumentId(), c.version() });
			row.setChecked(c.used());
		}
		state.setText(chosen ? Messages.unitInstruments_chosen : Messages.unitInstruments_notChosen);
		message.setText("");
		fitHeight();
	}

	/** The explanation arrives after the dialog was sized for one line: grow it rather than cut the text. */
	private void fitHeight() {
		Shell shell = getShell();
		shell.layout(true, true);
		int wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT).y;
		if (wanted > shell.getSize().y) {
			shell.setSize(shell.getSize().x, wanted);
		}
	}

	@Override
	protected void okPressed() {
		if (shownUnit < 0) {
			return;
		}
		String unit = units.get(shownUnit).getCode();
		Set<String> ticked = new LinkedHashSet<>();
		TableItem[] rows = table.getItems();
		for (int i = 0; i < rows.length; i++) {
			if (rows[i].getChecked()) {
				ticked.add(shown.get(i).instrumentId());
			}
		}
		if (ticked.isEmpty()) {
			message.setText(Messages.unitInstruments_noneTicked);
			return;
		}
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		message.setText(Messages.unitInstruments_saving);
		jobs.run(NLS.bind(Messages.unitInstruments_savingUnit, unit), table, monitor -> {
			unitInstruments.choose(unit, ticked);
			return ticked.size();
		}, count -> {
			changed = false;
			super.okPressed();
		}, e -> {
			getButton(IDialogConstants.OK_ID).setEnabled(true);
			failed(e);
		});
	}

	@Override
	protected void cancelPressed() {
		if (changed && !discardConfirmed()) {
			return;
		}
		super.cancelPressed();
	}

	/** Asks before changed ticks are dropped; Swedish buttons, the safe one (keep changing) on Escape. */
	private boolean discardConfirmed() {
		return MessageDialog.open(MessageDialog.QUESTION, getShell(), Messages.unitInstruments_discardTitle,
				Messages.unitInstruments_discard, SWT.NONE, Messages.unitInstruments_discardYes,
				Messages.unitInstruments_discardNo) == 0;
	}

	@Override
	protected void handleShellCloseEvent() {
		cancelPressed(); // the window's close box asks like Stäng does
	}

	private void failed(Exception e) {
		if (e instanceof ValidationException v) {
			List<String> lines = new ArrayList<>();
			v.violations().forEach(x -> lines.add(x.message()));
			message.setText(String.join("\n", lines));
		} else {
			message.setText(UiJobs.message(e));
		}
		fitHeight();
	}

	/** The code of the unit whose ticks are shown, or null while none is (tests). */
	String shownUnitCode() {
		return shownUnit < 0 ? null : units.get(shownUnit).getCode();
	}

	/** Whether the ticks differ from what is stored (tests). */
	boolean isChanged() {
		return changed;
	}
}
