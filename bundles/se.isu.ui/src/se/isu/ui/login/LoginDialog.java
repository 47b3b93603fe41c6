package se.isu.ui.login;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.isu.security.AccountException;
import se.isu.security.AccountService;
import se.isu.security.LoginException;
import se.isu.security.NewAccount;
import se.isu.security.Role;
import se.isu.security.User;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/**
 * Login at start. Asks for user name and password, and for the authenticator's one-time code when the account requires
 * one. On a real installation without accounts it creates the first system administrator instead. The dialog stays
 * open with the reason shown until a login succeeds or the person cancels.
 */
public class LoginDialog extends TitleAreaDialog {

	private final AccountService accounts;
	private final boolean firstAdministrator;
	private Text userName;
	private Text displayName;
	private Text password;
	private Text repeated;
	private Label codeLabel;
	private Text code;
	private User user;

	public LoginDialog(Shell parent, AccountService accounts) {
		super(parent);
		this.accounts = accounts;
		this.firstAdministrator = !accounts.hasAccounts();
	}

	/** The logged-in user once the dialog closed with OK. */
	public User user() {
		return user;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.login_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(firstAdministrator ? Messages.login_firstAdminTitle : Messages.login_title);
		setMessage(firstAdministrator ? Messages.login_firstAdminMessage : Messages.login_message);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		userName = field(fields, Messages.login_userName, SWT.BORDER, WidgetIds.LOGIN_USER);
		if (firstAdministrator) {
			displayName = field(fields, Messages.login_displayName, SWT.BORDER, WidgetIds.LOGIN_DISPLAY_NAME);
		}
		password = field(fields, Messages.login_password, SWT.BORDER | SWT.PASSWORD, WidgetIds.LOGIN_PASSWORD);
		if (firstAdministrator) {
			repeated = field(fields, Messages.login_repeatPassword, SWT.BORDER | SWT.PASSWORD, WidgetIds.LOGIN_REPEAT);
		} else {
			code = field(fields, Messages.login_code, SWT.BORDER, WidgetIds.LOGIN_CODE);
			codeLabel = (Label) code.getParent().getChildren()[code.getParent().getChildren().length - 2];
			showCode(false);
		}
		return area;
	}

	private static Text field(Composite parent, String label, int style, String id) {
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(label);
		GridDataFactory.swtDefaults().applyTo(caption);
		Text text = WidgetIds.tag(new Text(parent, style), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void showCode(boolean visible) {
		for (Control c : new Control[] { codeLabel, code }) {
			c.setVisible(visible);
			((org.eclipse.swt.layout.GridData) c.getLayoutData()).exclude = !visible;
		}
		code.getParent().layout(true);
		if (visible) {
			getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
		}
	}

	@Override
	protected void okPressed() {
		if (firstAdministrator) {
			if (!password.getText().equals(repeated.getText())) {
				setErrorMessage(Messages.login_passwordsDiffer);
				return;
			}
			try {
				user = accounts.createFirstAdministrator(new NewAccount(userName.getText().strip(), displayName.getText(),
						Role.SYSTEM_ADMIN, java.util.Set.of(), password.getText()));
			} catch (AccountException e) {
				setErrorMessage(e.getMessage());
				return;
			}
			super.okPressed();
			return;
		}
		try {
			user = accounts.login(userName.getText(), password.getText(), code.isVisible() ? code.getText() : null);
			super.okPressed();
		} catch (LoginException e) {
			setErrorMessage(e.getMessage());
			switch (e.reason()) {
			case CODE_REQUIRED, WRONG_CODE -> {
				showCode(true);
				code.setText("");
				code.setFocus();
			}
			default -> {
				password.setText("");
				password.setFocus();
			}
			}
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, firstAdministrator ? Messages.login_create : Messages.login_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
