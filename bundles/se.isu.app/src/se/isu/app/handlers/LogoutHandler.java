package se.isu.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.isu.security.AccountService;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.ui.UiEvents;
import se.isu.ui.login.LoginDialog;
import se.isu.ui.workbench.DraftAddon;
import se.isu.ui.workbench.WindowMemoryAddon;

/**
 * Arkiv › Logga ut. Asks about unsaved tabs as quit does (Avbryt keeps everything), remembers the window for this user,
 * closes every editor, ends the session (the access log records the logout) and hides the window until someone logs
 * in again; cancelling the login dialog quits.
 */
public class LogoutHandler {

	@Execute
	public void execute(IWorkbench workbench, MApplication application, MWindow window, EModelService models,
			EPartService parts, Session session, AccountService accounts, IEventBroker events) {
		if (!parts.saveAll(true)) {
			return;
		}
		for (MAddon addon : application.getAddons()) {
			if (addon.getObject() instanceof WindowMemoryAddon memory) {
				memory.rememberNow();
			} else if (addon.getObject() instanceof DraftAddon drafts) {
				drafts.forgetSession();
			}
		}
		for (MPart part : models.findElements(application, null, MPart.class)) {
			if (part.isCloseable() && part.isToBeRendered()) {
				parts.hidePart(part, true);
			}
		}
		session.logout();
		application.getContext().remove(User.class);
		Shell shell = (Shell) window.getWidget();
		shell.setVisible(false);
		LoginDialog login = new LoginDialog(null, accounts);
		if (login.open() != Window.OK) {
			workbench.close();
			return;
		}
		User user = login.user();
		application.getContext().set(User.class, user);
		window.setLabel(NLS.bind(se.isu.ui.Messages.window_user, user.displayName(), user.role().label()));
		shell.setVisible(true);
		// The lists were filled for the previous person: load them again with the new one's rights.
		events.post(UiEvents.CASES_CHANGED, "");
	}
}
