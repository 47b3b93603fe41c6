package se.isu.ui.workbench;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.isu.core.UserWorkspace;
import se.isu.ui.WidgetIds;

/** "Återställ osparat arbete": after a crash, offers to put the drafts back into their editors. */
public final class RestoreDraftsDialog extends MessageDialog {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	private RestoreDraftsDialog(Shell parent, List<UserWorkspace.Draft> drafts) {
		super(parent, Messages.drafts_title, null, NLS.bind(Messages.drafts_message, drafts.stream()
				.map(d -> "  • " + d.label() + " (" + TIME.format(d.savedAt()) + ")").collect(Collectors.joining("\n"))),
				QUESTION, new String[] { Messages.drafts_restore, Messages.drafts_discard }, 0);
	}

	public static final int RESTORE = 0;
	public static final int DISCARD = 1;

	/** {@link #RESTORE}, {@link #DISCARD}, or anything else (Escape): keep the drafts and ask at the next start. */
	public static int ask(Shell parent, List<UserWorkspace.Draft> drafts) {
		return new RestoreDraftsDialog(parent, drafts).open();
	}

	@Override
	protected void createButtonsForButtonBar(org.eclipse.swt.widgets.Composite parent) {
		super.createButtonsForButtonBar(parent);
		WidgetIds.tag(getButton(0), WidgetIds.DRAFTS_RESTORE);
		WidgetIds.tag(getButton(1), WidgetIds.DRAFTS_DISCARD);
	}
}
