package se.isu.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.core.protection.ProtectedIdentities;
import se.isu.model.IsuCase;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;
import se.isu.ui.protection.IdentityProtectionDialog;

/**
 * Skyddade personuppgifter in real windows (decision 89): the responsible case worker marks the client through the
 * dialog; a colleague's editor asks for a reason in place of the case, refuses an empty one naming the field, and
 * then shows the case with the client masked.
 */
class ProtectedCaseEditorTest {

	private static final String UNIT = "PRU";

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final ProtectedIdentities identities = OsgiServices.get(ProtectedIdentities.class);
	private Display display;
	private SwtDriver driver;
	private String familyName;
	private IsuCase opened;

	@BeforeEach
	void openACase() {
		display = Display.getDefault();
		driver = new SwtDriver(display);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		familyName = "Skyddad" + random.nextInt(1_000_000);
		TestUsers.caseWorker(UNIT);
		opened = cases.openCase(new NewCase(PersonalIdentityNumber.compose(LocalDate.of(1980, 1, 1)
				.plusDays(random.nextInt(9_000)), random.nextInt(100), 4), "Lina", familyName, UNIT, "Skyddstest",
				LocalDate.now().minusDays(10)));
	}

	@AfterEach
	void cleanUp() {
		for (Shell shell : display.getShells()) {
			shell.dispose();
		}
		TestUsers.logout();
	}

	@Test
	void theResponsibleMarksTheClientInTheDialogAndItsDecisionIsListed() {
		Shell parent = new Shell(display);
		IdentityProtectionDialog dialog = new IdentityProtectionDialog(parent, UiJobs.on(display), identities,
				opened.getCaseNumber(), false, true, false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		Button action = driver.find(shell, WidgetIds.PROTECTION_ACTION, Button.class);
		Label message = driver.find(shell, WidgetIds.PROTECTION_MESSAGE, Label.class);
		driver.click(action);
		driver.waitUntil(() -> message.getText().contains("Skäl"), "the empty reason refused");
		assertTrue(message.getText().contains("måste fyllas i"), message.getText());

		driver.type(driver.find(shell, WidgetIds.PROTECTION_TEXT, Text.class), "Skyddad folkbokföring enligt Skatteverket");
		driver.click(action);
		Table history = driver.find(shell, WidgetIds.PROTECTION_HISTORY, Table.class);
		driver.waitUntil(() -> dialog.changed(), "the decision stored");
		driver.waitUntil(() -> history.getItemCount() == 1 && history.getItem(0).getText(3).contains("Skatteverket"),
				"the decision listed");
		assertTrue(driver.find(shell, WidgetIds.PROTECTION_STATE, Label.class).getText().startsWith("Klienten har skyddade"));
		assertEquals("Häv skyddet", action.getText());
		assertTrue(!action.isEnabled(), "a case worker cannot lift it");
		driver.screenshot(shell, Path.of("target", "screenshots", "protected-identity-dialog.png"));
		assertTrue(cases.findCase(opened.getCaseNumber()).orElseThrow().getClient().isProtectedIdentity());
	}

	@Test
	void aColleaguesEditorAsksWhyBeforeItShowsTheCaseAndThenShowsTheClientMasked() {
		identities.protect(opened.getCaseNumber(), "Skyddad folkbokföring");
		TestUsers.caseWorker(UNIT, "PRV");
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1000, 800);
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(CaseEditorPart.CASE_NUMBER, opened.getCaseNumber());
		CaseEditorPart editor = new CaseEditorPart(cases, OsgiServices.get(AssessmentService.class),
				OsgiServices.get(InstrumentRegistry.class), OsgiServices.get(OccasionPlanner.class), part);
		editor.protectedIdentities = identities;
		editor.jobs = UiJobs.on(display);
		editor.create(shell);
		shell.open();
		driver.flush();

		Button open = driver.find(shell, WidgetIds.READ_REASON_OPEN, Button.class);
		Label message = driver.find(shell, WidgetIds.READ_REASON_MESSAGE, Label.class);
		driver.click(open);
		driver.waitUntil(() -> message.getText().contains("måste fyllas i"), "the empty reason refused");
		assertTrue(message.getText().startsWith("Skäl att öppna ärendet"), message.getText());
		assertEquals(null, editor.currentCase(), "nothing of the case read yet");
		driver.screenshot(shell, Path.of("target", "screenshots", "protected-read-reason.png"));

		driver.type(driver.find(shell, WidgetIds.READ_REASON_TEXT, Text.class), "Vikarierar för ansvarig handläggare");
		driver.click(open);
		Label title = driver.waitFor(shell, WidgetIds.EDITOR_TITLE, Label.class);
		assertTrue(title.getText().contains("Skyddade personuppgifter"), title.getText());
		assertEquals("Ärende " + opened.getCaseNumber() + " – Skyddade personuppgifter", title.getText(),
				"neither the number nor the age the birth date would give");
		assertTrue(!title.getText().contains(familyName), title.getText());
		assertTrue(driver.find(shell, WidgetIds.EDITOR_PROTECTED_IDENTITY, Label.class).getText()
				.contains("bara för ansvarig handläggare"));
		driver.screenshot(shell, Path.of("target", "screenshots", "protected-case-editor.png"));
	}
}
