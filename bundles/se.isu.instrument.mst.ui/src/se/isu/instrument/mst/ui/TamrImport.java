package se.isu.instrument.mst.ui;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.isu.instrument.api.AssessmentImport;

/**
 * Imports a file of TAM-R scores in a job (reading and checking many lines must not freeze the window) and shows what
 * came of it: the number imported, or every bad line by line and column with nothing imported (decision 114).
 * Cancelling stops the job while the file is read; once the lines are handed to the import it runs to its end, which
 * stores every line or none, so a cancel can never leave half a file stored.
 */
final class TamrImport {

	static final String INSTRUMENT = "mst.tamr";
	/** Widget ids for tests (the key the workbench's own widgets use). */
	static final String ID_KEY = "isu.widget.id";
	static final String SUMMARY = "mst.import.summary";
	static final String PROBLEMS = "mst.import.problems";

	/** What one import came to, as the person is told it. */
	record Outcome(boolean stored, String summary, List<String> problems) {
	}

	private TamrImport() {
	}

	/** Starts the import of {@code file}; the result opens as a dialog over {@code parent} when the job is done. */
	static Job start(Shell parent, Path file, AssessmentImport importer) {
		String name = String.valueOf(file.getFileName());
		Job job = Job.create(NLS.bind(Messages.job, name), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.job, name), 3);
			progress.subTask(Messages.reading);
			String text;
			try {
				text = Files.readString(file, StandardCharsets.UTF_8);
			} catch (IOException e) {
				show(parent, new Outcome(false, NLS.bind(Messages.unreadable, name, e.getMessage()), List.of()));
				return Status.OK_STATUS;
			}
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(Messages.importing);
			show(parent, run(importer, name, text));
			progress.worked(2);
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** The import itself (blocking), its result in words. */
	static Outcome run(AssessmentImport importer, String name, String text) {
		try {
			AssessmentImport.Result result = importer.importCsv(INSTRUMENT, new StringReader(text));
			if (!result.ok()) {
				long lines = result.problems().stream().mapToLong(AssessmentImport.Problem::line).distinct().count();
				return new Outcome(false, NLS.bind(Messages.refused, lines), result.problems().stream()
						.map(p -> NLS.bind(Messages.problem, new Object[] { p.line(), p.column(), p.message() })).toList());
			}
			return new Outcome(result.imported() > 0, result.imported() == 0 ? NLS.bind(Messages.importedNone, name)
					: NLS.bind(Messages.imported, result.imported(), name), List.of());
		} catch (IOException e) {
			return new Outcome(false, NLS.bind(Messages.unreadable, name, e.getMessage()), List.of());
		} catch (SecurityException e) {
			return new Outcome(false, NLS.bind(Messages.notAllowed, e.getMessage()), List.of());
		}
	}

	private static void show(Shell parent, Outcome outcome) {
		if (!parent.isDisposed()) {
			parent.getDisplay().asyncExec(() -> {
				if (!parent.isDisposed()) {
					open(parent, outcome);
				}
			});
		}
	}

	/** A dialog with the summary and, when the file was refused, every bad line in a list that can be copied. */
	static Shell open(Shell parent, Outcome outcome) {
		Shell dialog = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
		dialog.setText(Messages.resultTitle);
		dialog.setLayout(new GridLayout(1, false));
		Label summary = new Label(dialog, SWT.WRAP);
		summary.setText(outcome.summary());
		summary.setData(ID_KEY, SUMMARY);
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
		wide.widthHint = 520;
		summary.setLayoutData(wide);
		if (!outcome.problems().isEmpty()) {
			// wrapped, so each rule is read whole; one line of the file per paragraph
			Text problems = new Text(dialog, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
			problems.setText(String.join(System.lineSeparator(), outcome.problems()));
			problems.setData(ID_KEY, PROBLEMS);
			GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
			fill.widthHint = 520;
			fill.heightHint = Math.min(360, 40 * outcome.problems().size() + 10);
			problems.setLayoutData(fill);
		}
		Button close = new Button(dialog, SWT.PUSH);
		close.setText(Messages.close);
		close.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		close.addListener(SWT.Selection, e -> dialog.close());
		dialog.setDefaultButton(close);
		dialog.pack();
		dialog.open();
		return dialog;
	}
}
