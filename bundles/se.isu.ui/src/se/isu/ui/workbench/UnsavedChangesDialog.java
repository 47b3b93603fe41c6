package se.isu.ui.workbench;

import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ISaveHandler.Save;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.isu.ui.WidgetIds;

/**
 * Asks what to do with unsaved changes before something closes: Spara / Spara inte / Avbryt, naming every unsaved
 * tab. Escape and the window's close box mean Avbryt, so nothing is lost by accident.
 */
public final class UnsavedChangesDialog extends MessageDialog {

	private static final int SAVE = 0;
	private static final int DISCARD = 1;
	private static final int CANCEL = 2;

	private UnsavedChangesDialog(Shell parent, List<String> unsaved) {
		super(parent, Messages.unsaved_title, null, message(unsaved), QUESTION,
				new String[] { Messages.unsaved_save, Messages.unsaved_discard, Messages.unsaved_cancel }, SAVE);
	}

	/** Opens the dialog (modal) and returns the choice; anything but Spara or Spara inte is {@link Save#CANCEL}. */
	public static Save ask(Shell parent, List<String> unsaved) {
		return switch (new UnsavedChangesDialog(parent, unsaved).open()) {
		case SAVE -> Save.YES;
		case DISCARD -> Save.NO;
		default -> Save.CANCEL;
		};
	}

	private static String message(List<String> unsaved) {
		return unsaved.size() == 1 ? NLS.bind(Messages.unsaved_one, unsaved.get(0))
				: NLS.bind(Messages.unsaved_many, "  • " + String.join("\n  • ", unsaved));
	}

	@Override
	protected void createButtonsForButtonBar(org.eclipse.swt.widgets.Composite parent) {
		super.createButtonsForButtonBar(parent);
		WidgetIds.tag(getButton(SAVE), WidgetIds.UNSAVED_SAVE);
		WidgetIds.tag(getButton(DISCARD), WidgetIds.UNSAVED_DISCARD);
		WidgetIds.tag(getButton(CANCEL), WidgetIds.UNSAVED_CANCEL);
	}

	@Override
	protected void handleShellCloseEvent() {
		setReturnCode(CANCEL);
		close();
	}
}
