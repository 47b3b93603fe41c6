package se.isu.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;
import se.isu.core.CaseService;
import se.isu.core.UserWorkspace;
import se.isu.ui.CaseEditors;
import se.isu.ui.editor.CaseEditorPart;

/**
 * Add-on (Application.e4xmi) that gives the main window its remembered size and state before it shows, reopens the
 * remembered case editors after start-up (looked up on a job; a case gone or out of reach is skipped) and remembers
 * all of it when the workbench ends.
 */
public class WindowMemoryAddon {

	static final String MAIN_WINDOW = "se.isu.app.window.main";

	@Inject
	UserWorkspace workspace;
	@Inject
	CaseService cases;
	@Inject
	MApplication application;
	@Inject
	EModelService models;
	@Inject
	UISynchronize sync;

	/** Set once the main window was rendered and given its remembered bounds. */
	private boolean windowSeen;
	private Rectangle normalBounds;
	private boolean maximized;

	@Inject
	@Optional
	void windowRendered(@UIEventTopic(UIEvents.UIElement.TOPIC_WIDGET) Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MWindow window && MAIN_WINDOW.equals(window.getElementId())
				&& event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof Shell shell) {
			windowSeen = true;
			memory().restore(shell);
			window.setX(shell.getBounds().x);
			window.setY(shell.getBounds().y);
			window.setWidth(shell.getBounds().width);
			window.setHeight(shell.getBounds().height);
			track(shell);
		}
	}

	/** Follows the window: its bounds when not maximised, and whether it is maximised. */
	private void track(Shell shell) {
		normalBounds = shell.getBounds();
		maximized = shell.getMaximized();
		org.eclipse.swt.widgets.Listener follow = e -> {
			maximized = shell.getMaximized();
			if (!maximized && !shell.getMinimized()) {
				normalBounds = shell.getBounds();
			}
		};
		shell.addListener(SWT.Resize, follow);
		shell.addListener(SWT.Move, follow);
	}

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		if (!windowSeen) {
			return;
		}
		List<String> remembered = memory().openCases();
		if (remembered.isEmpty()) {
			return;
		}
		Job.create(Messages.window_reopen, monitor -> {
			List<String> found = remembered.stream().filter(number -> {
				try {
					return cases.findCase(number).isPresent();
				} catch (RuntimeException outOfReach) {
					return false;
				}
			}).toList();
			sync.asyncExec(() -> reopen(found));
		}).schedule();
	}

	private void reopen(List<String> caseNumbers) {
		MWindow window = (MWindow) models.find(MAIN_WINDOW, application);
		if (window == null || window.getContext() == null) {
			return;
		}
		EPartService parts = window.getContext().get(EPartService.class);
		for (String caseNumber : caseNumbers) {
			CaseEditors.open(parts, models, application, caseNumber);
		}
	}

	@Inject
	@Optional
	void ending(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event event) {
		stopped();
	}

	@jakarta.annotation.PreDestroy
	void stopped() {
		try {
			rememberNow();
		} catch (RuntimeException loggedOut) {
			// Ended after a logout without a new login: the window was remembered at the logout.
		}
	}

	/** Writes the window's state now (at the end, and before a logout). */
	public void rememberNow() {
		if (windowSeen && normalBounds != null) {
			memory().remember(normalBounds, maximized, openCaseNumbers());
		}
	}

	/**
	 * Over the workspace service injected now: when DS replaces it (the store restarted), e4 injects the new one, and a
	 * memory made at start would still write through the closed database.
	 */
	private WindowMemory memory() {
		return new WindowMemory(workspace);
	}

	private List<String> openCaseNumbers() {
		List<String> numbers = new ArrayList<>();
		MPartStack stack = (MPartStack) models.find(CaseEditors.EDITOR_STACK, application);
		if (stack != null) {
			for (var child : stack.getChildren()) {
				if (child instanceof MPart part && CaseEditorPart.DESCRIPTOR_ID.equals(part.getElementId()) && part.isToBeRendered()) {
					String number = part.getPersistedState().get(CaseEditorPart.CASE_NUMBER);
					if (number != null) {
						numbers.add(number);
					}
				}
			}
		}
		return numbers;
	}
}
