package se.isu.ui.protection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.isu.core.ValidationException;
import se.isu.core.protection.ProtectedIdentities;
import se.isu.core.protection.ProtectedIdentities.Decision;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * Redigera › Skyddade personuppgifter… for the case in the active editor (decision 89): the mark and its decisions;
 * a case worker protects with a reason, a unit manager lifts with a decision. The services check again; everything is
 * read and written in jobs, and what was typed stays when a rule refuses it.
 */
public final class IdentityProtectionDialog extends Dialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final UiJobs jobs;
	private final ProtectedIdentities identities;
	private final String caseNumber;
	private final boolean mayProtect;
	private final boolean mayLift;
	private boolean protectedNow;
	private boolean changed;

	private Label state;
	private Table history;
	private Label textLabel;
	private Text text;
	private Button action;
	private Label message;

	/**
	 * @param protectedNow whether the client is marked, as the editor read it
	 * @param mayProtect   whether this person may mark (writes cases of the unit)
	 * @param mayLift      whether this person may lift (a manager of the unit)
	 */
	public IdentityProtectionDialog(Shell parent, UiJobs jobs, ProtectedIdentities identities, String caseNumber,
			boolean protectedNow, boolean mayProtect, boolean mayLift) {
		super(parent);
		this.jobs = jobs;
		this.identities = identities;
		this.caseNumber = caseNumber;
		this.protectedNow = protectedNow;
		this.mayProtect = mayProtect;
		this.mayLift = mayLift;
	}

	/** Whether a decision was stored while the dialog was open (the editor then shows the case anew). */
	public boolean changed() {
		return changed;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.protection_title, caseNumber));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		state = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.PROTECTION_STATE);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT).applyTo(state);
		new Label(area, SWT.NONE).setText(Messages.protection_history);
		history = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION), WidgetIds.PROTECTION_HISTORY);
		history.setHeaderVisible(false);
		for (int width : new int[] { 120, 70, 240, 320 }) {
			new TableColumn(history, SWT.NONE).setWidth(width);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, history.getItemHeight() * 5).applyTo(history);
		textLabel = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(textLabel);
		text = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP), WidgetIds.PROTECTION_TEXT);
		text.setTextLimit(ProtectedIdentities.MAX_REASON);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, text.getLineHeight() * 3).applyTo(text);
		action = WidgetIds.tag(new Button(area, SWT.PUSH), WidgetIds.PROTECTION_ACTION);
		action.addListener(SWT.Selection, e -> decide());
		message = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.PROTECTION_MESSAGE);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT).applyTo(message);
		showState();
		readHistory();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.protection_close, true);
	}

	private void showState() {
		state.setText(protectedNow ? Messages.protection_stateProtected : Messages.protection_stateOpen);
		boolean may = protectedNow ? mayLift : mayProtect;
		textLabel.setText(protectedNow ? Messages.protection_decisionLabel : Messages.protection_reasonLabel);
		action.setText(protectedNow ? Messages.protection_lift : Messages.protection_protect);
		text.setEnabled(may);
		action.setEnabled(may);
		if (protectedNow && !mayLift) {
			message.setText(Messages.protection_liftNeedsManager);
		}
		state.getParent().layout(true, true);
	}

	private void readHistory() {
		jobs.run(Messages.protection_history, history, monitor -> identities.history(caseNumber), this::showHistory,
				e -> message.setText(UiJobs.message(e)));
	}

	private void showHistory(List<Decision> decisions) {
		history.removeAll();
		if (decisions.isEmpty()) {
			new TableItem(history, SWT.NONE).setText(0, Messages.protection_historyNone);
		}
		for (Decision d : decisions) {
			new TableItem(history, SWT.NONE).setText(new String[] { WHEN.format(d.decidedAt()),
					d.protect() ? Messages.protection_historyProtect : Messages.protection_historyLift, d.decidedBy(),
					d.reason() });
		}
	}

	private void decide() {
		String typed = text.getText();
		boolean lifting = protectedNow;
		action.setEnabled(false);
		message.setText(Messages.protection_working);
		jobs.run(Messages.protection_working, action, monitor -> {
			if (lifting) {
				identities.lift(caseNumber, typed);
			} else {
				identities.protect(caseNumber, typed);
			}
			return identities.history(caseNumber);
		}, decisions -> {
			changed = true;
			protectedNow = !lifting;
			text.setText("");
			showState();
			showHistory(decisions);
			message.setText(Messages.protection_done);
		}, e -> {
			action.setEnabled(true);
			message.setText(e instanceof ValidationException v ? v.violations().get(0).message() : UiJobs.message(e));
		});
	}
}
