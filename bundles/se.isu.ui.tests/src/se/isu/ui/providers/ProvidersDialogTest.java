package se.isu.ui.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.provider.ProviderService;
import se.isu.model.Provider;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/** Verktyg › Utförare… in a real window: a wrong check digit is named at the field, a sound provider is stored. */
class ProvidersDialogTest {

	private final Display display = Display.getDefault();
	private final SwtDriver driver = new SwtDriver(display);
	private final ProviderService providers = OsgiServices.get(ProviderService.class);
	private Shell parent;
	private ProvidersDialog dialog;

	@BeforeEach
	void open() {
		TestUsers.as(Role.METHODS_STAFF, "EGET");
		parent = new Shell(display);
		dialog = new ProvidersDialog(parent, providers, UiJobs.on(display));
		dialog.setBlockOnOpen(false);
		dialog.open();
		Label status = driver.find(dialog.getShell(), ProvidersDialog.STATUS, Label.class);
		driver.waitUntil(() -> !status.getText().startsWith("Läser"), "the register read");
	}

	@AfterEach
	void close() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.getShell().dispose();
		}
		parent.dispose();
		TestUsers.logout();
	}

	@Test
	void aWrongCheckDigitIsNamedAtTheFieldAndASoundProviderIsStoredAndListed() {
		Shell shell = dialog.getShell();
		String name = "Björkhagens HVB " + Long.toString(System.nanoTime() % 100000, 36);
		driver.click(driver.find(shell, ProvidersDialog.NEW, Button.class));
		driver.type(driver.find(shell, ProvidersDialog.NAME, Text.class), name);
		driver.type(driver.find(shell, ProvidersDialog.ORGANISATION_NUMBER, Text.class), "556036-0794");
		driver.select(driver.find(shell, ProvidersDialog.KIND, Combo.class), "HVB");
		assertTrue(dialog.dirty(), "typed, not stored");
		driver.click(driver.find(shell, ProvidersDialog.SAVE, Button.class));
		Label message = driver.find(shell, ProvidersDialog.ORGANISATION_NUMBER + WidgetIds.MESSAGE_SUFFIX, Label.class);
		driver.waitUntil(() -> !message.getText().isEmpty(), "the refusal at the field");
		assertTrue(message.getText().startsWith("Organisationsnummer: kontrollsiffran stämmer inte"), message.getText());
		assertTrue(message.getText().contains("skulle vara 3"), message.getText());
		driver.screenshot(shell, Path.of("target", "screenshots", "providers-refused.png"));

		Text number = driver.find(shell, ProvidersDialog.ORGANISATION_NUMBER, Text.class);
		number.setText("");
		driver.type(number, "5560360793");
		driver.click(driver.find(shell, ProvidersDialog.SAVE, Button.class));
		Label status = driver.find(shell, ProvidersDialog.STATUS, Label.class);
		driver.waitUntil(() -> status.getText().contains("är sparad"), "stored");
		assertFalse(dialog.dirty());
		Table table = driver.find(shell, ProvidersDialog.TABLE, Table.class);
		assertTrue(java.util.Arrays.stream(table.getItems()).anyMatch(i -> i.getText(0).equals(name)), "listed");
		Provider stored = providers.list().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
		assertEquals("556036-0793", stored.getOrganisationNumber());
		driver.screenshot(shell, Path.of("target", "screenshots", "providers.png"));
	}
}
