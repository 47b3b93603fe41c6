package se.isu.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;

/**
 * Issue 13: an occasion row in the case editor names the forms due there and how far each has come, and a form is
 * started at its occasion from the occasion's own list (a real Shell on the real services and database).
 */
class OccasionFormsTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private Display display;
	private Shell shell;
	private CaseEditorPart editor;
	private SwtDriver driver;
	private IsuCase opened;

	@BeforeEach
	void openEditorOnACaseWithAFollowUpOfTwoForms() {
		TestUsers.caseWorkerOfTestUnits();
		IsuCase c = cases.openCase(new NewCase("19750505-0026", "Formulärs", "Tillfällesson", "EDT", "Editortest",
				LocalDate.of(2026, 3, 2)));
		Occasion followUp = IsuFactory.eINSTANCE.createOccasion();
		followUp.setKind(OccasionKind.FOLLOW_UP);
		followUp.setStatus(OccasionStatus.PLANNED);
		followUp.setPlannedDate(LocalDate.of(2026, 12, 10));
		followUp.getFormsDue().addAll(List.of("asi.uppfoljning", "isu.klientfragor"));
		c.getOccasions().add(followUp);
		opened = cases.saveCase(c);

		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("OccasionFormsTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 1000);
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(CaseEditorPart.CASE_NUMBER, opened.getCaseNumber());
		editor = new CaseEditorPart(cases, assessments, OsgiServices.get(InstrumentRegistry.class),
				OsgiServices.get(OccasionPlanner.class), part);
		editor.create(shell);
		shell.open();
		driver.flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
		TestUsers.logout();
	}

	@Test
	void theOccasionRowNamesItsFormsAndAFormIsStartedAtTheOccasionFromThere() {
		Table occasions = driver.find(shell, WidgetIds.EDITOR_OCCASIONS, Table.class);
		assertEquals(1, occasions.getItemCount());
		int formsColumn = occasions.getColumnCount() - 1;
		assertEquals("Formulär", occasions.getColumn(formsColumn).getText());
		assertEquals("ASI Uppföljning (ej påbörjat), Klientfrågor (SKL) (ej påbörjat)",
				occasions.getItem(0).getText(formsColumn));

		// choosing the occasion lists its forms below, each with its state
		occasions.setSelection(0);
		occasions.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		driver.flush();
		assertEquals("Planerat", driver.find(shell, WidgetIds.EDITOR_OCCASION_STATUS, Combo.class).getText(),
				"the chosen occasion's status is shown at once");
		Table forms = driver.find(shell, WidgetIds.EDITOR_OCCASION_FORMS, Table.class);
		assertEquals(2, forms.getItemCount());
		assertEquals("ASI Uppföljning", forms.getItem(0).getText(0));
		assertEquals("ej påbörjat", forms.getItem(0).getText(1));

		// start the client questions at this occasion
		forms.setSelection(1);
		driver.click(driver.find(shell, WidgetIds.EDITOR_OCCASION_FORM_OPEN, Button.class));
		driver.waitUntil(() -> !editor.busy(), "the form started and the assessments read again, in jobs");
		List<Assessment> started = assessments.forCase(opened.getId());
		assertEquals(1, started.size());
		assertEquals("isu.klientfragor", started.get(0).getInstrumentId());
		assertEquals(opened.getOccasions().get(0).getId(), started.get(0).getOccasionId(), "linked to its occasion");
		assertEquals("påbörjat", forms.getItem(1).getText(1));
		assertTrue(occasions.getItem(0).getText(formsColumn).endsWith("Klientfrågor (SKL) (påbörjat)"),
				occasions.getItem(0).getText(formsColumn));
		driver.screenshot(shell, Path.of("target", "screenshots", "case-editor-occasion-forms.png"));
	}
}
