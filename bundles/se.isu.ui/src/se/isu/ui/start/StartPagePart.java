package se.isu.ui.start;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IPartListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.isu.core.UserWorkspace;
import se.isu.core.compile.FollowUpMonitor;
import se.isu.core.compile.FollowUpMonitor.DueList;
import se.isu.core.compile.FollowUpMonitor.State;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.ui.CaseEditors;
import se.isu.ui.WidgetIds;
import se.isu.ui.editor.CaseEditorPart;
import se.isu.ui.workbench.Messages;

/**
 * The start page in the editor area: what is due for me this week (counts from the due list), the cases I opened
 * recently (links that open them), and how to start. The services are read on a job; the page shows "Hämtar…" until
 * they answer. Opened cases are remembered per user (UserWorkspace preference, case numbers only).
 */
public class StartPagePart {

	static final String RECENT = "recent.cases";
	static final int RECENT_COUNT = 8;

	@Inject
	UserWorkspace workspace;
	@Inject
	Session session;
	@Inject
	@Optional
	FollowUpMonitor monitor;
	@Inject
	UISynchronize sync;
	@Inject
	EPartService parts;
	@Inject
	EModelService models;
	@Inject
	MApplication application;

	private Label welcome;
	private Label due;
	private Composite recent;
	private Font headingFont;
	private final IPartListener opened = new IPartListener() {
		@Override
		public void partActivated(MPart part) {
			if (CaseEditorPart.DESCRIPTOR_ID.equals(part.getElementId())) {
				remember(part.getPersistedState().get(CaseEditorPart.CASE_NUMBER));
			} else if (part.getObject() == StartPagePart.this) {
				load();
			}
		}

		@Override
		public void partBroughtToTop(MPart part) {
		}

		@Override
		public void partDeactivated(MPart part) {
		}

		@Override
		public void partHidden(MPart part) {
		}

		@Override
		public void partVisible(MPart part) {
		}
	};

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(24, 20).spacing(8, 8).applyTo(page);
		welcome = heading(page, Messages.start_title);
		FontData data = welcome.getFont().getFontData()[0];
		headingFont = new Font(welcome.getDisplay(), data.getName(), data.getHeight() + 4, SWT.BOLD);
		welcome.setFont(headingFont);

		heading(page, Messages.start_due);
		due = WidgetIds.tag(new Label(page, SWT.WRAP), WidgetIds.START_DUE);
		due.setText(Messages.start_loading);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(due);

		heading(page, Messages.start_recent);
		recent = WidgetIds.tag(new Composite(page, SWT.NONE), WidgetIds.START_RECENT);
		GridLayoutFactory.fillDefaults().applyTo(recent);

		heading(page, Messages.start_howTo);
		Label howTo = new Label(page, SWT.WRAP);
		howTo.setText(Messages.start_howToText);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(howTo);

		parts.addPartListener(opened);
		load();
	}

	private static Label heading(Composite page, String text) {
		Label label = new Label(page, SWT.NONE);
		label.setText(text);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(label);
		return label;
	}

	/** Reads the due list and the recent cases on a job and shows them when they arrive. */
	public Job load() {
		Job job = Job.create(Messages.start_loading, monitorOfJob -> {
			User user = session.current().orElse(null);
			String dueText = dueText(user);
			List<String> recentCases = recentCases();
			sync.asyncExec(() -> show(user, dueText, recentCases));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private String dueText(User user) {
		if (monitor == null || user == null) {
			return Messages.start_noDue;
		}
		try {
			DueList list = monitor.dueList();
			long mine = list.in(State.DUE_THIS_WEEK).stream().filter(o -> user.userName().equals(o.staffUserName())).count();
			return NLS.bind(Messages.start_dueText, new Object[] { list.in(State.DUE_THIS_WEEK).size(), mine,
					list.in(State.OVERDUE).size() });
		} catch (RuntimeException notForThisRole) {
			return Messages.start_noDue;
		}
	}

	private List<String> recentCases() {
		try {
			return workspace.preference(RECENT).filter(s -> !s.isBlank()).map(s -> Arrays.asList(s.split(","))).orElse(List.of());
		} catch (RuntimeException notLoggedIn) {
			return List.of();
		}
	}

	private void show(User user, String dueText, List<String> recentCases) {
		if (due.isDisposed()) {
			return;
		}
		welcome.setText(user == null ? Messages.start_title : NLS.bind(Messages.start_welcome, user.displayName()));
		due.setText(dueText);
		for (Control old : recent.getChildren()) {
			old.dispose();
		}
		if (recentCases.isEmpty()) {
			new Label(recent, SWT.NONE).setText(Messages.start_noRecent);
		}
		for (String caseNumber : recentCases) {
			Link link = new Link(recent, SWT.NONE);
			link.setText("<a>" + caseNumber + "</a>");
			WidgetIds.tag(link, WidgetIds.START_RECENT + "." + caseNumber);
			link.addListener(SWT.Selection, e -> CaseEditors.open(parts, models, application, caseNumber));
		}
		welcome.getParent().layout(true, true);
	}

	/** Puts the case first among the recent ones (written on a job). */
	private void remember(String caseNumber) {
		if (caseNumber == null) {
			return;
		}
		Job job = Job.create(Messages.start_loading, monitorOfJob -> {
			try {
				Set<String> numbers = new LinkedHashSet<>();
				numbers.add(caseNumber);
				numbers.addAll(recentCases());
				workspace.putPreference(RECENT, String.join(",", new ArrayList<>(numbers).subList(0, Math.min(RECENT_COUNT, numbers.size()))));
				load(); // the page shows the new order when it is next looked at
			} catch (RuntimeException notLoggedIn) {
				// logged out meanwhile: nothing to remember
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	@PreDestroy
	void dispose() {
		parts.removePartListener(opened);
		if (headingFont != null) {
			headingFont.dispose();
		}
	}
}
