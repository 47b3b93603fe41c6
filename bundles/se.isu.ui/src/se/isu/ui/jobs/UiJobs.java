package se.isu.ui.jobs;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;

import jakarta.inject.Inject;
import se.isu.ui.Messages;

/**
 * The one way the workbench runs long work (database, files, rendering): as an Eclipse {@link Job} with a Swedish
 * name, a progress monitor and cancel, off the UI thread. The result or the error comes back on the UI thread through
 * {@link UISynchronize}, and only while the widget that asked is still there; a cancelled job delivers an
 * {@link OperationCanceledException} as its error ({@link #message(Exception)} says "Avbrutet").
 * {@link Latest} keeps only the newest of a series of requests (search as you type).
 */
@Creatable
public class UiJobs {

	/** Work done off the UI thread; it should check {@code monitor.isCanceled()} where it can stop. */
	@FunctionalInterface
	public interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	private final UISynchronize ui;

	/** In the workbench e4 injects the application's {@link UISynchronize}. */
	@Inject
	public UiJobs(UISynchronize ui) {
		this.ui = ui;
	}

	/** For parts rendered outside a workbench (tests): delivers through the display's event loop. */
	public static UiJobs on(Display display) {
		return new UiJobs(new DisplaySynchronize(display));
	}

	/**
	 * Schedules {@code work} as a job named {@code name}. On the UI thread, while {@code owner} is not disposed:
	 * {@code done} gets the result, {@code failed} the exception. {@code progress}, when given, shows the job at once
	 * with a cancel button and hides when it ends.
	 */
	public <T> Job run(String name, Widget owner, ProgressLine progress, Work<T> work, Consumer<? super T> done,
			Consumer<? super Exception> failed) {
		Job job = Job.create(name,
				(org.eclipse.core.runtime.jobs.IJobFunction) monitor -> execute(owner, progress, work, done, failed, monitor));
		job.setUser(true);
		if (progress != null) {
			progress.show(name, job);
		}
		job.schedule();
		return job;
	}

	/** As {@link #run(String, Widget, ProgressLine, Work, Consumer, Consumer)} without a progress line. */
	public <T> Job run(String name, Widget owner, Work<T> work, Consumer<? super T> done,
			Consumer<? super Exception> failed) {
		return run(name, owner, null, work, done, failed);
	}

	private <T> IStatus execute(Widget owner, ProgressLine progress, Work<T> work, Consumer<? super T> done,
			Consumer<? super Exception> failed, IProgressMonitor monitor) {
		try {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			T result = work.run(monitor);
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			deliver(owner, progress, () -> done.accept(result));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			deliver(owner, progress, () -> failed.accept(e));
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			// Shown to the user by the part; a warning, so the job framework does not report it a second time.
			deliver(owner, progress, () -> failed.accept(e));
			return Status.warning(e.getMessage() == null ? e.getClass().getName() : e.getMessage(), e);
		} catch (Error e) {
			// a bug: the part still hears of it (no endless progress), and the job framework logs it
			deliver(owner, progress, () -> failed.accept(new IllegalStateException(e.toString(), e)));
			return Status.error(e.toString(), e);
		}
	}

	private void deliver(Widget owner, ProgressLine progress, Runnable onUiThread) {
		Job finished = Job.getJobManager().currentJob();
		try {
			ui.asyncExec(() -> {
				if (progress != null) {
					progress.hide(finished);
				}
				if (!owner.isDisposed()) {
					onUiThread.run();
				}
			});
		} catch (SWTException e) {
			// the display is gone (the window closed): nobody is left to tell
		}
	}

	/** What to tell the person about a failed or cancelled job. */
	public static String message(Exception e) {
		if (e instanceof OperationCanceledException) {
			return Messages.jobs_cancelled;
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** Keeps the newest of a series of requests: an older job is cancelled and its result never shown. */
	public Latest latest() {
		return new Latest(null);
	}

	/** As {@link #latest()}, each job shown in {@code progress} while it runs. */
	public Latest latest(ProgressLine progress) {
		return new Latest(progress);
	}

	/** One series of requests, e.g. the searches of one search field. Used on the UI thread only. */
	public final class Latest {

		private long generation;
		private long answered;
		private Job running;
		private Runnable pending;
		private final ProgressLine progress;

		private Latest(ProgressLine progress) {
			this.progress = progress;
		}

		/**
		 * Runs {@code work} {@code delayMillis} after the last call (a burst of key presses makes one request), and
		 * cancels the job of any earlier request.
		 */
		public <T> void after(int delayMillis, String name, Widget owner, Work<T> work, Consumer<? super T> done,
				Consumer<? super Exception> failed) {
			Display display = owner.getDisplay();
			if (pending != null) {
				display.timerExec(-1, pending);
			}
			pending = () -> {
				pending = null;
				if (!owner.isDisposed()) {
					run(name, owner, work, done, failed);
				}
			};
			display.timerExec(delayMillis, pending);
		}

		/** Runs {@code work} now, cancelling the job of any earlier request. */
		public <T> Job run(String name, Widget owner, Work<T> work, Consumer<? super T> done,
				Consumer<? super Exception> failed) {
			if (running != null) {
				running.cancel();
			}
			long mine = ++generation;
			running = UiJobs.this.run(name, owner, progress, work, result -> {
				if (mine == generation) {
					answered = mine;
					done.accept(result);
				}
			}, error -> {
				if (mine == generation) {
					answered = mine;
					failed.accept(error);
				}
			});
			return running;
		}

		/** Whether a request is waiting for its delay or its job: its result is still to come. */
		public boolean busy() {
			return pending != null || answered != generation;
		}
	}

	/** {@link UISynchronize} over a display, as the workbench's own does. */
	private static final class DisplaySynchronize extends UISynchronize {

		private final Display display;

		DisplaySynchronize(Display display) {
			this.display = display;
		}

		@Override
		public void syncExec(Runnable runnable) {
			display.syncExec(runnable);
		}

		@Override
		public void asyncExec(Runnable runnable) {
			display.asyncExec(runnable);
		}

		@Override
		protected boolean isUIThread(Thread thread) {
			return display.getThread() == thread;
		}

		@Override
		protected void showBusyWhile(Runnable runnable) {
			BusyIndicator.showWhile(display, runnable);
		}

		@Override
		protected boolean dispatchEvents() {
			return display.readAndDispatch();
		}
	}
}
