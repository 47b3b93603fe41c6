package se.isu.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.core.ValidationException;
import se.isu.core.protection.ProtectedIdentities;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * Asks, in place of an editor, why a protected case is opened (decision 89). Inline rather than a dialog, so an editor
 * brought back at start-up asks only when the person turns to it. The reason is logged in a job; then the panel goes
 * and {@code opened} builds the editor.
 */
public final class ReadReasonPanel {

	private final Composite panel;
	private final Text reason;
	private final Label message;
	private final Button open;

	public ReadReasonPanel(Composite parent, String explanation, String caseNumber, ProtectedIdentities identities,
			UiJobs jobs, Runnable opened) {
		panel = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(panel);
		GridLayoutFactory.fillDefaults().margins(16, 16).spacing(8, 8).applyTo(panel);
		Label title = new Label(panel, SWT.NONE);
		title.setText(Messages.readReason_title);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		Label text = new Label(panel, SWT.WRAP);
		text.setText(explanation);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
		new Label(panel, SWT.NONE).setText(Messages.readReason_label);
		reason = WidgetIds.tag(new Text(panel, SWT.BORDER | SWT.MULTI | SWT.WRAP), WidgetIds.READ_REASON_TEXT);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, reason.getLineHeight() * 3).applyTo(reason);
		reason.setTextLimit(ProtectedIdentities.MAX_REASON);
		message = WidgetIds.tag(new Label(panel, SWT.WRAP), WidgetIds.READ_REASON_MESSAGE);
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);
		open = WidgetIds.tag(new Button(panel, SWT.PUSH), WidgetIds.READ_REASON_OPEN);
		open.setText(Messages.readReason_open);
		open.addListener(SWT.Selection, e -> give(caseNumber, identities, jobs, opened));
		reason.setFocus();
	}

	private void give(String caseNumber, ProtectedIdentities identities, UiJobs jobs, Runnable opened) {
		String typed = reason.getText();
		open.setEnabled(false);
		message.setText(Messages.readReason_working);
		UiJobs.Work<Void> work = monitor -> {
			identities.giveReadReason(caseNumber, typed);
			return null;
		};
		java.util.function.Consumer<Exception> failed = e -> {
			// what was typed stays; the message names the rule
			open.setEnabled(true);
			message.setText(e instanceof ValidationException v ? v.violations().get(0).message() : UiJobs.message(e));
			panel.layout(true, true);
		};
		Runnable done = () -> {
			Composite parent = panel.getParent();
			panel.dispose();
			opened.run();
			parent.layout(true, true);
		};
		if (jobs == null) { // rendered outside a workbench (tests without jobs)
			try {
				work.run(null);
				done.run();
			} catch (Exception e) {
				failed.accept(e);
			}
			return;
		}
		jobs.run(Messages.readReason_working, panel, work, ignored -> done.run(), failed);
	}
}
