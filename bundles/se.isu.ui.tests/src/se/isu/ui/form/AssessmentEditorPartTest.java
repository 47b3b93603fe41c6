package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.Respondent;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/** An ASI Grund interview in the assessment editor: typed, saved half-done, resumed, refused when incomplete. */
class AssessmentEditorPartTest {

	@org.junit.jupiter.api.BeforeEach
	void logInAsCaseWorker() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private Display display;
	private SwtDriver driver;
	private Shell shell;
	private long assessmentId;

	@BeforeEach
	void startInterview() {
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Test", "Intervju", "VUX", "Vuxenenheten",
				LocalDate.of(2026, 2, 1)));
		Assessment started = assessments.start(c, null, "asi.grund", Respondent.CLIENT, "anna");
		assessmentId = assessments.save(started, false).getId();
		display = Display.getDefault();
		driver = new SwtDriver(display);
	}

	private AssessmentEditorPart open(MPart part) {
		shell = new Shell(display);
		shell.setText("AssessmentEditorPartTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 1000);
		part.getPersistedState().put(AssessmentEditorPart.ASSESSMENT_ID, Long.toString(assessmentId));
		AssessmentEditorPart editor = new AssessmentEditorPart(assessments, part);
		editor.create(shell);
		shell.open();
		driver.flush();
		return editor;
	}

	@AfterEach
	void close() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	@Test
	void aHalfDoneInterviewIsSavedAndResumedWithEverythingTyped() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart editor = open(part);
		FormRenderer form = editor.renderer();
		assertNotNull(form, "ASI is installed, so the form is rendered");
		form.focus("B9"); // as choosing "B Fysisk hälsa" in the section list does
		assertEquals("B", form.currentSection().getId());
		driver.type(form.input("B9").orElseThrow(), "12");
		driver.type(form.input("B10").orElseThrow(), "x");
		driver.type(form.input("B11").orElseThrow(), "2");
		driver.type(form.input("B12").orElseThrow(), "5");
		assertTrue(part.isDirty());
		driver.screenshot(shell, Path.of("target", "screenshots", "asi-form.png"));

		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_SAVE_DRAFT, Button.class));
		assertFalse(part.isDirty());
		shell.dispose();

		AssessmentEditorPart resumed = open(MBasicFactory.INSTANCE.createPart());
		assertEquals("12", resumed.renderer().input("B9").orElseThrow().getText());
		assertEquals("X", resumed.renderer().input("B10").orElseThrow().getText());
		assertEquals(AssessmentStatus.IN_PROGRESS, resumed.currentAssessment().getStatus());
	}

	@Test
	void completingAnUnfinishedInterviewIsRefusedAndTheCursorGoesToTheFirstGap() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart editor = open(part);
		driver.type(editor.renderer().input("B9").orElseThrow(), "45");
		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_COMPLETE, Button.class));
		Label message = driver.find(shell, WidgetIds.ASSESSMENT_MESSAGE, Label.class);
		assertTrue(message.getText().contains("B9"), message.getText());
		assertSame(editor.renderer().input("B9").orElseThrow(), display.getFocusControl());
		assertTrue(part.isDirty(), "the typed text is kept, unsaved");

		driver.type(editor.renderer().input("B9").orElseThrow(), "\b\b4");
		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_COMPLETE, Button.class));
		assertTrue(message.getText().contains("måste besvaras"), message.getText());
		assertEquals(AssessmentStatus.IN_PROGRESS, assessments.find(assessmentId).orElseThrow().getStatus());
	}
	/** Posts each character as a key press to whatever has the keyboard focus, as a person types without clicking. */
	private void typeWhereTheCursorIs(String text) {
		for (char c : text.toCharArray()) {
			driver.press(c);
		}
	}

	@Test
	void onOpenTheCursorIsInTheFirstUnansweredItemAndTheTypedDateAndEnterAreKept() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart editor = open(part);
		shell.forceActive();
		editor.setFocus(); // what e4 does when the new part is activated
		driver.flush();
		FormRenderer form = editor.renderer();
		assertSame(form.input("A1").orElseThrow(), display.getFocusControl(), "the interview date, not the section list");

		typeWhereTheCursorIs("2026-02-01");
		driver.press(SWT.CR);
		assertEquals("2026-02-01", form.input("A1").orElseThrow().getText(), "nothing typed is lost");
		assertEquals("2026-02-01", form.answers().get("A1").orElseThrow().value());
		assertTrue(display.getFocusControl() instanceof org.eclipse.swt.widgets.Text, "Enter moved on to the next item");
		assertTrue(part.isDirty());
	}

	@Test
	void keysTypedInTheSectionListGoToTheFirstUnansweredItemOfTheShownSection() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart editor = open(part);
		FormRenderer form = editor.renderer();
		Table sections = driver.find(shell, WidgetIds.FORM_SECTIONS, Table.class);
		driver.focus(sections); // as clicking a section does

		typeWhereTheCursorIs("2026-02-01");
		driver.press(SWT.CR); // raised ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 8
		assertEquals("A", form.currentSection().getId());
		assertEquals("2026-02-01", form.input("A1").orElseThrow().getText(), "nothing typed is lost");
		assertEquals("2026-02-01", form.answers().get("A1").orElseThrow().value());
	}
}
