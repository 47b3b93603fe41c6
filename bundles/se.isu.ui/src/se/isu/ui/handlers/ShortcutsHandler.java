package se.isu.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.isu.ui.workbench.Messages;
import se.isu.ui.workbench.TextDialog;

/**
 * Hjälp › Kortkommandon: every key binding of ISU Workbench's commands in the application's binding tables, with the
 * command's name. Bindings of platform commands (present when Eclipse's compatibility layer runs, e.g. in tests) are
 * not ours to explain and are left out.
 */
public class ShortcutsHandler {

	@Execute
	public void execute(MApplication application, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new TextDialog(shell, Messages.help_shortcuts, shortcuts(application), 60).open();
	}

	/** One line per binding, "Ctrl+S   Spara", in the order of the binding tables. */
	public static String shortcuts(MApplication application) {
		List<String> lines = new ArrayList<>();
		for (MBindingTable table : application.getBindingTables()) {
			for (MKeyBinding binding : table.getBindings()) {
				if (!isOurs(binding)) {
					continue;
				}
				String name = binding.getCommand() == null ? "" : binding.getCommand().getLocalizedCommandName().replace("&", "");
				lines.add(String.format("%-16s %s", keys(binding.getKeySequence()), name));
			}
		}
		return String.join("\n", lines);
	}

	/** A binding of one of ISU Workbench's own commands (ids {@code se.isu.*}). */
	public static boolean isOurs(MKeyBinding binding) {
		return binding.getCommand() != null && binding.getCommand().getElementId() != null
				&& binding.getCommand().getElementId().startsWith("se.isu.");
	}

	private static String keys(String sequence) {
		try {
			return KeySequence.getInstance(sequence).format();
		} catch (ParseException e) {
			return sequence;
		}
	}
}
