package se.isu.ui.wizard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import se.isu.core.CaseValidator;
import se.isu.core.DateText;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.model.Unit;
import se.isu.security.AccessDeniedException;
import se.isu.ui.Fields;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;

/**
 * New client and new case in one step. The personnummer comes first: an existing client is found and reused (its
 * name shown, the name fields locked), so a person never becomes two clients; a new client needs both names.
 * The unit is chosen among the person's own units (preselected when there is only one); every rule's message is
 * shown under its field, and Finish stays disabled until none is broken.
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
			page.showRefusal(e.violations());
			return false;
		} catch (AccessDeniedException e) {
			// e.g. the person's units changed since the wizard opened: the service's word, at the unit
			page.showRefusal(List.of(new Violation("unit", e.getMessage())));
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
		private final Map<String, Label> messages = new LinkedHashMap<>();
		private List<Unit> units = List.of();

		Page() {
			super("newCase");
			setTitle(Messages.wizard_title);
			setDescription(Messages.wizard_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 2).applyTo(form);
			personnummer = field(form, Messages.wizard_personnummer, WidgetIds.WIZARD_PERSONNUMMER, "personnummer");
			personnummer.setMessage("ÅÅÅÅMMDD-NNNN");
			new Label(form, SWT.NONE);
			clientInfo = WidgetIds.tag(new Label(form, SWT.WRAP), WidgetIds.WIZARD_CLIENT_INFO);
			GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(clientInfo);
			givenName = field(form, Messages.wizard_givenName, WidgetIds.WIZARD_GIVEN_NAME, "givenName");
			familyName = field(form, Messages.wizard_familyName, WidgetIds.WIZARD_FAMILY_NAME, "familyName");
			new Label(form, SWT.NONE).setText(Messages.wizard_unit);
			// Read-only: a unit is one of the person's own, never free text the service would have to refuse.
			unit = WidgetIds.tag(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), WidgetIds.WIZARD_UNIT);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);
			message(form, WidgetIds.WIZARD_UNIT, "unit");
			try {
				units = caseService.unitsForNewCase();
			} catch (AccessDeniedException e) {
				units = List.of();
			}
			units.forEach(u -> unit.add(u.getCode() + " – " + u.getName()));
			if (units.size() == 1) {
				unit.select(0); // the only choice; with several the person chooses, no unit is guessed
			}
			date = field(form, Messages.wizard_actualisationDate, WidgetIds.WIZARD_DATE, "actualisationDate");
			date.setText(LocalDate.now().toString());
			personnummer.addModifyListener(e -> update());
			givenName.addModifyListener(e -> update());
			familyName.addModifyListener(e -> update());
			unit.addListener(SWT.Selection, e -> update());
			date.addModifyListener(e -> update());
			setControl(form);
			update();
		}

		private Text field(Composite form, String label, String id, String fieldId) {
			new Label(form, SWT.NONE).setText(label);
			Text text = WidgetIds.tag(new Text(form, SWT.BORDER), id);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
			message(form, id, fieldId);
			return text;
		}

		/** The line under a field where its rule's message is shown; always there, so nothing moves when it fills. */
		private void message(Composite form, String widgetId, String fieldId) {
			new Label(form, SWT.NONE);
			messages.put(fieldId, Fields.message(form, widgetId + WidgetIds.MESSAGE_SUFFIX));
		}

		/** Checks as the user types; looks the client up as soon as the number is valid. */
		private void update() {
			Map<String, String> errors = new LinkedHashMap<>();
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
						setIfDifferent(givenName, nullToEmpty(client.getGivenName()));
						setIfDifferent(familyName, nullToEmpty(client.getFamilyName()));
						givenName.setEnabled(false);
						familyName.setEnabled(false);
					} else {
						clientInfo.setText(NLS.bind(Messages.wizard_newClient, pnr.birthDate()));
						// the same rule the service applies to a new client
						new CaseValidator().newClient(givenName.getText(), familyName.getText())
								.forEach(v -> errors.putIfAbsent(v.field(), v.message()));
					}
				} catch (ValidationException e) {
					errors.put("personnummer", e.violations().get(0).message());
				} catch (AccessDeniedException e) {
					errors.put("personnummer", e.getMessage());
				}
			}
			if (units.isEmpty()) {
				errors.put("unit", Messages.wizard_noUnits);
			}
			try {
				if (DateText.parse(date.getText(), Messages.wizard_actualisationDate) == null) {
					errors.put("actualisationDate", NLS.bind(se.isu.core.Messages.required, Messages.wizard_actualisationDate));
				}
			} catch (IllegalArgumentException e) {
				errors.put("actualisationDate", e.getMessage());
			}
			show(errors);
			boolean complete = errors.isEmpty() && !personnummer.getText().isBlank() && unit.getSelectionIndex() >= 0;
			// a hint, not an error: with several units none is guessed
			setMessage(unit.getSelectionIndex() < 0 && !units.isEmpty() ? Messages.wizard_unitChoose : null);
			setPageComplete(complete);
			clientInfo.getParent().layout(true);
		}

		/** The service's refusal at Finish, each message at its field (a rule the page did not know of, at the top). */
		void showRefusal(List<Violation> violations) {
			Map<String, String> errors = new LinkedHashMap<>();
			violations.forEach(v -> errors.putIfAbsent(messages.containsKey(v.field()) ? v.field() : "", v.message()));
			show(errors);
		}

		private void show(Map<String, String> errors) {
			messages.forEach((field, label) -> {
				String text = errors.getOrDefault(field, "");
				label.setText(text);
				label.setToolTipText(text.isEmpty() ? null : text);
			});
			setErrorMessage(errors.isEmpty() ? null : errors.values().iterator().next());
		}

		NewCase request() {
			int index = unit.getSelectionIndex();
			Unit chosen = index < 0 ? null : units.get(index);
			LocalDate actualised;
			try {
				actualised = DateText.parse(date.getText(), Messages.wizard_actualisationDate);
			} catch (IllegalArgumentException e) {
				actualised = null;
			}
			return new NewCase(personnummer.getText(), givenName.getText(), familyName.getText(),
					chosen == null ? null : chosen.getCode(), chosen == null ? null : chosen.getName(), actualised);
		}

		private static void setIfDifferent(Text text, String value) {
			if (!value.equals(text.getText())) {
				text.setText(value); // a modify event only when something changed, so update() does not recurse
			}
		}

		private static String nullToEmpty(String s) {
			return s == null ? "" : s;
		}
	}
}
