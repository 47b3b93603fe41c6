package se.isu.ui.workbench;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.isu.core.UserWorkspace;
import se.isu.ui.AssessmentEditors;
import se.isu.ui.CaseEditors;
import se.isu.ui.form.AssessmentEditorPart;

/**
 * Add-on (Application.e4xmi) that runs the {@link DraftKeeper}: every {@value #INTERVAL_MS} ms and whenever the window
 * loses focus it keeps the drafts of dirty editors; after start-up it offers to put back the drafts a crash left
 * ("Återställ osparat arbete"); at a clean end (everything was asked about) it removes this session's drafts.
 */
public class DraftAddon {

	static final int INTERVAL_MS = 20_000;

	@Inject
	UserWorkspace workspace;
	@Inject
	MApplication application;
	@Inject
	EModelService models;
	@Inject
	UISynchronize sync;

	private DraftKeeper keeper;
	private Display display;
	private final Runnable tick = this::tick;
	private final Listener deactivated = event -> {
		if (event.widget instanceof Shell) {
			keepNow();
		}
	};

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) org.osgi.service.event.Event event) {
		keeper = new DraftKeeper(() -> workspace); // the injected service of the moment
		display = Display.getCurrent();
		display.addFilter(SWT.Deactivate, deactivated);
		display.timerExec(INTERVAL_MS, tick);
		Job.create(Messages.drafts_job, monitor -> {
			List<UserWorkspace.Draft> left = workspace.drafts();
			if (!left.isEmpty()) {
				sync.asyncExec(() -> offer(left));
			}
		}).schedule();
	}

	private void tick() {
		keepNow();
		if (display != null && !display.isDisposed()) {
			display.timerExec(INTERVAL_MS, tick);
		}
	}

	/** Keeps the drafts of every dirty editor now; the job that writes them, or null. */
	public Job keepNow() {
		return keeper == null ? null : keeper.keep(models.findElements(application, null, MPart.class));
	}

	private void offer(List<UserWorkspace.Draft> drafts) {
		MWindow window = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
		int choice = RestoreDraftsDialog.ask((Shell) window.getWidget(), drafts);
		if (choice == RestoreDraftsDialog.DISCARD) {
			Job.create(Messages.drafts_job, monitor -> {
				drafts.forEach(d -> workspace.removeDraft(d.key()));
			}).schedule();
		}
		if (choice != RestoreDraftsDialog.RESTORE) {
			return;
		}
		EPartService parts = window.getContext().get(EPartService.class);
		for (UserWorkspace.Draft draft : drafts) {
			try {
				MPart part = editorOf(parts, draft);
				if (part != null && part.getObject() instanceof Drafted editor && editor.draftKey().equals(draft.key())) {
					editor.restoreDraft(draft.content());
					keeper.adopt(draft.key(), draft.content());
				}
			} catch (RuntimeException outOfReach) {
				// The case is gone or no longer this person's (the service refused and logged it): the draft stays.
			}
		}
	}

	/** Opens the editor a draft was kept from, by the kind its key names; null for a kind this version does not know. */
	private MPart editorOf(EPartService parts, UserWorkspace.Draft draft) {
		String key = draft.key();
		if (key.startsWith(AssessmentEditorPart.DRAFT_PREFIX)) {
			return AssessmentEditors.open(parts, models, application, Long.parseLong(key.substring(AssessmentEditorPart.DRAFT_PREFIX.length())),
					draft.label(), draft.caseNumber());
		}
		return draft.caseNumber() == null ? null : CaseEditors.open(parts, models, application, draft.caseNumber());
	}

	/** The user chose what to keep when asked (quit, logout): this session's drafts go. */
	public void forgetSession() {
		if (keeper != null) {
			keeper.forgetAll();
		}
	}

	@PreDestroy
	void stopped() {
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, tick);
			display.removeFilter(SWT.Deactivate, deactivated);
		}
		try {
			forgetSession();
		} catch (RuntimeException loggedOut) {
			// Ended after a logout without a new login: the drafts were removed at the logout already.
		}
	}
}
