package se.isu.ui.wizard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.Unit;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/**
 * New client and new case in one step. The personnummer comes first: an existing client is found and reused (its
 * name shown, the name fields locked), so a person never becomes two clients.
 */
public class NewCaseWizard extends Wizard {

	private final CaseService caseService;
	private final Page page;
	private IsuCase created;

	public NewCaseWizard(CaseService caseService) {
		this.caseService = caseService;
		this.page = new Page();
		setWindowTitle(Messages.wizard_title);
		addPage(page);
	}

	/** The case opened by Finish, if any. */
	public Optional<IsuCase> created() {
		return Optional.ofNullable(created);
	}

	@Override
	public boolean performFinish() {
		try {
			created = caseService.openCase(page.request());
			return true;
		} catch (ValidationException e) {
			page.setErrorMessage(String.join(" ", e.violations().stream().map(Violation::message).toList()));
			return false;
		}
	}

	private final class Page extends WizardPage {

		private Text personnummer;
		private Text givenName;
		private Text familyName;
		private Combo unit;
		private Text date;
		private Label clientInfo;
		private List<Unit> units = List.of();

		Page() {
			super("newCase");
			setTitle(Messages.wizard_title);
			setDescription(Messages.wizard_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 8).applyTo(form);
			personnummer = field(form, Messages.wizard_personnummer, WidgetIds.WIZARD_PERSONNUMMER);
			personnummer.setMessage("ÅÅÅÅMMDD-NNNN");
			new Label(form, SWT.NONE);
			clientInfo = WidgetIds.tag(new Label(form, SWT.WRAP), WidgetIds.WIZARD_CLIENT_INFO);
			GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(clientInfo);
			givenName = field(form, Messages.wizard_givenName, WidgetIds.WIZARD_GIVEN_NAME);
			familyName = field(form, Messages.wizard_familyName, WidgetIds.WIZARD_FAMILY_NAME);
			new Label(form, SWT.NONE).setText(Messages.wizard_unit);
			unit = WidgetIds.tag(new Combo(form, SWT.DROP_DOWN), WidgetIds.WIZARD_UNIT);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);
			units = caseService.units();
			units.forEach(u -> unit.add(u.getCode() + " – " + u.getName()));
			if (!units.isEmpty()) {
				unit.select(0);
			}
			date = field(form, Messages.wizard_actualisationDate, WidgetIds.WIZARD_DATE);
			date.setText(LocalDate.now().toString());
			personnummer.addModifyListener(e -> update());
			unit.addModifyListener(e -> update());
			date.addModifyListener(e -> update());
			setControl(form);
			update();
		}

		private Text field(Composite form, String label, String id) {
			new Label(form, SWT.NONE).setText(label);
			Text text = WidgetIds.tag(new Text(form, SWT.BORDER), id);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
			return text;
		}

		/** Checks as the user types; looks the client up as soon as the number is valid. */
		private void update() {
			String error = null;
			clientInfo.setText("");
			givenName.setEnabled(true);
			familyName.setEnabled(true);
			if (!personnummer.getText().isBlank()) {
				try {
					PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(personnummer.getText(), LocalDate.now());
					Optional<Client> existing = caseService.findClient(pnr.value());
					if (existing.isPresent()) {
						Client client = existing.get();
						clientInfo.setText(NLS.bind(Messages.wizard_existingClient,
								(nullToEmpty(client.getGivenName()) + " " + nullToEmpty(client.getFamilyName())).strip(),
								client.ageAt(LocalDate.now())));
						givenName.setText(nullToEmpty(client.getGivenName()));
						familyName.setText(nullToEmpty(client.getFamilyName()));
						givenName.setEnabled(false);
						familyName.setEnabled(false);
					} else {
						clientInfo.setText(NLS.bind(Messages.wizard_newClient, pnr.birthDate()));
					}
				} catch (ValidationException e) {
					error = e.violations().get(0).message();
				}
			}
			if (error == null) {
				try {
					LocalDate.parse(date.getText().strip());
				} catch (DateTimeParseException e) {
					error = NLS.bind(Messages.editor_dateFormat, Messages.wizard_actualisationDate);
				}
			}
			setErrorMessage(error);
			setPageComplete(error == null && !personnummer.getText().isBlank() && !unit.getText().isBlank());
			clientInfo.getParent().layout(true);
		}

		NewCase request() {
			String unitText = unit.getText().strip();
			String code = unitText.contains(" – ") ? unitText.substring(0, unitText.indexOf(" – ")) : unitText;
			String name = unitText.contains(" – ") ? unitText.substring(unitText.indexOf(" – ") + 3) : unitText;
			LocalDate actualised;
			try {
				actualised = LocalDate.parse(date.getText().strip());
			} catch (DateTimeParseException e) {
				actualised = null;
			}
			return new NewCase(personnummer.getText(), givenName.getText(), familyName.getText(), code, name, actualised);
		}

		private static String nullToEmpty(String s) {
			return s == null ? "" : s;
		}
	}
}
