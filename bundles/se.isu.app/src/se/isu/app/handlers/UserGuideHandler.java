package se.isu.app.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;
import se.isu.ui.workbench.Messages;
import se.isu.ui.workbench.TextDialog;

/**
 * Hjälp › Användarhandbok: the short user guide shipped in this bundle ({@code help/anvandarhandbok.txt}, English in
 * {@code help/user-guide_en.txt}), shown as text so no browser is needed.
 */
public class UserGuideHandler {

	static final String GUIDE = "help/anvandarhandbok.txt";

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new TextDialog(shell, Messages.help_guide, guide(), 90).open();
	}

	/** The guide in the workbench's language: its file is named in the NLS texts (English with ISU_LANG=en). */
	public static String guide() {
		Bundle bundle = FrameworkUtil.getBundle(UserGuideHandler.class);
		URL entry = bundle.getEntry(Messages.help_guideFile);
		try (InputStream in = (entry != null ? entry : bundle.getEntry(GUIDE)).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
