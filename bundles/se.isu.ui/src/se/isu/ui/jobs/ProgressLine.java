package se.isu.ui.jobs;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/**
 * A line in a part that shows the running job at once — its name, a moving bar and Avbryt — and takes no room when
 * nothing runs. The parent must use a {@code GridLayout}.
 */
public class ProgressLine {

	private final Composite line;
	private final Label task;
	private final Button cancel;
	private Job job;

	public ProgressLine(Composite parent) {
		line = WidgetIds.tag(new Composite(parent, SWT.NONE), WidgetIds.JOBS_PROGRESS);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(line);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
		task = new Label(line, SWT.NONE);
		ProgressBar bar = new ProgressBar(line, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(bar);
		cancel = WidgetIds.tag(new Button(line, SWT.PUSH), WidgetIds.JOBS_CANCEL);
		cancel.setText(Messages.jobs_cancel);
		cancel.addListener(SWT.Selection, e -> {
			if (job != null) {
				job.cancel();
			}
		});
		setShown(false);
	}

	void show(String name, Job shown) {
		job = shown;
		if (!line.isDisposed()) {
			task.setText(name);
			setShown(true);
		}
	}

	void hide(Job finished) {
		if (job != finished) {
			return; // a newer job is running
		}
		job = null;
		if (!line.isDisposed()) {
			setShown(false);
		}
	}

	/** Whether a job is shown as running. */
	public boolean running() {
		return job != null;
	}

	private void setShown(boolean shown) {
		line.setVisible(shown);
		((GridData) line.getLayoutData()).exclude = !shown;
		line.getParent().layout(true, true);
	}
}
