package se.isu.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;

/**
 * The new-case wizard in a real dialog on the real service (issue 12): names required for a new client, the unit
 * chosen among the person's own, the service's refusal shown at the field. Units ASV and PLN (of TestUsers.TEST_UNITS,
 * so the case list test still sees every case) are used by no other UI test.
 */
class NewCaseWizardTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final Display display = Display.getDefault();
	private final SwtDriver driver = new SwtDriver(display);
	private Shell owner;
	private Dialog dialog;
	private NewCaseWizard wizard;

	/** Gives the test the Finish button. */
	private static final class Dialog extends WizardDialog {
		Dialog(Shell parent, NewCaseWizard wizard) {
			super(parent, wizard);
		}

		Button finish() {
			return getButton(IDialogConstants.FINISH_ID);
		}
	}

	/**
	 * Makes sure the units have a case each, whose clients (known, so no names are asked for) the tests reuse. The
	 * units themselves are in the unit register already: test users are only created for registered units.
	 */
	private void unitsExist() {
		TestUsers.caseWorker("ASV", "PLN");
		if (cases.findClient("19610101-2380").isEmpty()) {
			cases.openCase(new NewCase("19610101-2380", "Första", "Wizardsson", "ASV", "Wizardenheten A", LocalDate.of(2026, 1, 2)));
			cases.openCase(new NewCase("19610101-2372", "Andra", "Wizardsson", "PLN", "Wizardenheten B", LocalDate.of(2026, 1, 2)));
		}
	}

	private void open() {
		owner = new Shell(display);
		owner.setText("NewCaseWizardTest");
		wizard = new NewCaseWizard(cases);
		dialog = new Dialog(owner, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		driver.flush();
	}

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		if (owner != null) {
			owner.dispose();
		}
		TestUsers.logout();
	}

	/** The unit codes the list offers ("ASV – name": the name is the unit register's). */
	private static List<String> codes(Combo unit) {
		return List.of(unit.getItems()).stream().map(item -> item.substring(0, item.indexOf(" – "))).toList();
	}

	private Shell wizardShell() {
		return dialog.getShell();
	}

	private Label message(String widgetId) {
		return driver.find(wizardShell(), widgetId + WidgetIds.MESSAGE_SUFFIX, Label.class);
	}

	/** A personnummer (born 1938-01-01, like the issue's) that is nobody's yet: the database outlives a run. */
	private String personnummerOfNoClient() {
		for (int serial = 240; serial < 1000; serial++) {
			String nine = "380101" + serial;
			String pnr = "19380101-" + serial + PersonalIdentityNumber.luhnCheckDigit(nine);
			if (cases.findClient(pnr).isEmpty()) {
				return pnr;
			}
		}
		throw new IllegalStateException("no free personnummer left for 1938-01-01");
	}

	@Test
	void aNewClientWithoutNamesCannotBeFinishedAndTheFieldSaysWhy() {
		unitsExist();
		TestUsers.caseWorker("ASV");
		open();
		String newPerson = personnummerOfNoClient();
		driver.type(driver.find(wizardShell(), WidgetIds.WIZARD_PERSONNUMMER, Text.class), newPerson);
		driver.screenshot(wizardShell(), Path.of("target", "screenshots", "new-case-wizard-names.png"));
		assertFalse(dialog.finish().isEnabled(), "Finish without names");
		assertEquals("Förnamn måste fyllas i.", message(WidgetIds.WIZARD_GIVEN_NAME).getText());
		assertEquals("Efternamn måste fyllas i.", message(WidgetIds.WIZARD_FAMILY_NAME).getText());
		assertFalse(wizard.performFinish(), "the service refuses too");
		assertTrue(cases.findClient(newPerson).isEmpty(), "no client stored");

		driver.type(driver.find(wizardShell(), WidgetIds.WIZARD_GIVEN_NAME, Text.class), "Greta");
		driver.type(driver.find(wizardShell(), WidgetIds.WIZARD_FAMILY_NAME, Text.class), "Garbosson");
		assertEquals("", message(WidgetIds.WIZARD_GIVEN_NAME).getText());
		assertTrue(dialog.finish().isEnabled(), "names given, unit and date there");
		driver.click(dialog.finish());
		assertEquals("Garbosson", wizard.created().orElseThrow().getClient().getFamilyName());
	}

	@Test
	void theOnlyUnitIsChosenSeveralAreLeftToThePersonAndNoneCanBeTyped() {
		unitsExist();
		TestUsers.caseWorker("ASV");
		open();
		Combo unit = driver.find(wizardShell(), WidgetIds.WIZARD_UNIT, Combo.class);
		assertTrue((unit.getStyle() & SWT.READ_ONLY) != 0, "chosen, not typed");
		assertEquals(List.of("ASV"), codes(unit));
		assertEquals(0, unit.getSelectionIndex());
		dialog.close();
		owner.dispose();

		TestUsers.caseWorker("ASV", "PLN");
		open();
		unit = driver.find(wizardShell(), WidgetIds.WIZARD_UNIT, Combo.class);
		assertEquals(List.of("ASV", "PLN"), codes(unit));
		assertEquals(-1, unit.getSelectionIndex(), "no unit guessed");
		driver.type(driver.find(wizardShell(), WidgetIds.WIZARD_PERSONNUMMER, Text.class), "19610101-2380");
		assertFalse(dialog.finish().isEnabled(), "a unit must be chosen");
		driver.select(unit, "PLN");
		assertTrue(dialog.finish().isEnabled());
		driver.click(dialog.finish());
		assertTrue(wizard.created().orElseThrow().getCaseNumber().startsWith("PLN-"));
	}

	@Test
	void aRefusalOfTheUnitIsShownAtTheFieldNotAsAnInternalError() {
		unitsExist();
		TestUsers.caseWorker("ASV");
		open();
		driver.type(driver.find(wizardShell(), WidgetIds.WIZARD_PERSONNUMMER, Text.class), "19610101-2380");
		assertTrue(dialog.finish().isEnabled());
		// the person's units change while the wizard is open: the service refuses the unit
		TestUsers.caseWorker("PLN");
		driver.click(dialog.finish());
		assertFalse(wizardShell().isDisposed(), "the wizard stays open");
		assertFalse(message(WidgetIds.WIZARD_UNIT).getText().isBlank(), "the refusal at the unit");
		assertTrue(wizard.created().isEmpty());
	}
}
