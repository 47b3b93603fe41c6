package se.isu.ui.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The window's {@link ISaveHandler}: e4 asks it whenever dirty parts are about to close (a tab's close box, Ctrl+W,
 * quit, logout, the window's close box). It asks in Swedish with {@link UnsavedChangesDialog}. "Spara" runs each part's
 * {@code @Persist}; a part that stays dirty (a broken rule, a concurrent change) stops the close, so what was typed stays
 * on screen with the part's own message.
 */
public final class AskingSaveHandler implements ISaveHandler {

	private final Supplier<Shell> shell;

	public AskingSaveHandler(Supplier<Shell> shell) {
		this.shell = shell;
	}

	@Override
	public boolean save(MPart dirtyPart, boolean confirm) {
		return saveParts(List.of(dirtyPart), confirm);
	}

	@Override
	public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
		List<MPart> dirty = dirtyParts.stream().filter(MPart::isDirty).toList();
		if (dirty.isEmpty()) {
			return true;
		}
		Save choice = confirm ? promptToSave(dirty)[0] : Save.YES;
		if (choice == Save.CANCEL) {
			return false;
		}
		if (choice == Save.NO) {
			return true;
		}
		for (MPart part : dirty) {
			ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
			if (part.isDirty()) {
				if (confirm) {
					// Something was about to close: say why it did not. A plain save (Ctrl+S) shows the part's own message only.
					MessageDialog.openWarning(shell.get(), Messages.unsaved_title, NLS.bind(Messages.unsaved_stillDirty, part.getLocalizedLabel()));
				}
				return false;
			}
		}
		return true;
	}

	@Override
	public Save promptToSave(MPart dirtyPart) {
		return promptToSave(List.of(dirtyPart))[0];
	}

	/** One question for all parts (as the dialog lists them all): every element of the result is the same answer. */
	@Override
	public Save[] promptToSave(Collection<MPart> dirtyParts) {
		List<String> labels = new ArrayList<>();
		for (MPart part : dirtyParts) {
			labels.add(part.getLocalizedLabel());
		}
		Save choice = UnsavedChangesDialog.ask(shell.get(), labels);
		Save[] answers = new Save[dirtyParts.size()];
		java.util.Arrays.fill(answers, choice);
		return answers;
	}
}
