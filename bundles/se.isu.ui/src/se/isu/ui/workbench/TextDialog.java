package se.isu.ui.workbench;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.isu.ui.WidgetIds;

/** A read-only text under a title with one Stäng button: Om, Kortkommandon and Användarhandbok (no browser needed). */
public final class TextDialog extends Dialog {

	private final String title;
	private final String text;
	private final int widthChars;

	public TextDialog(Shell parent, String title, String text, int widthChars) {
		super(parent);
		this.title = title;
		this.text = text;
		this.widthChars = widthChars;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text body = WidgetIds.tag(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), WidgetIds.HELP_TEXT);
		body.setText(text);
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(convertWidthInCharsToPixels(widthChars), convertHeightInCharsToPixels(Math.min(30, (int) text.lines().count() + 2)))
				.applyTo(body);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.help_close, true);
	}
}
