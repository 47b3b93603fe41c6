package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.jobs.Job;
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
import se.isu.core.UserWorkspace;
import se.isu.reports.ReportService;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;
import se.isu.ui.workbench.DraftKeeper;

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
	private Path reportFile;
	private String caseNumber;

	@BeforeEach
	void startInterview() {
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Test", "Intervju", "VUX", "Vuxenenheten",
				LocalDate.of(2026, 2, 1)));
		Assessment started = assessments.start(c, null, "asi.grund", Respondent.CLIENT, "anna");
		assessmentId = assessments.save(started, false).getId();
		caseNumber = c.getCaseNumber();
		display = Display.getDefault();
		driver = new SwtDriver(display);
		try {
			reportFile = java.nio.file.Files.createTempDirectory("assessment-report").resolve("aterkoppling.pdf");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private AssessmentEditorPart open(MPart part) {
		shell = new Shell(display);
		shell.setText("AssessmentEditorPartTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 1000);
		part.getPersistedState().put(AssessmentEditorPart.ASSESSMENT_ID, Long.toString(assessmentId));
		part.getPersistedState().put(AssessmentEditorPart.CASE_NUMBER, caseNumber);
		AssessmentEditorPart editor = new AssessmentEditorPart(assessments, part, OsgiServices.get(ReportService.class),
				UiJobs.on(display), (parent, extension, suggested) -> reportFile.toString());
		part.setObject(editor);
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

	/** Issue 18: two workbenches on one interview. The second save is refused; reloading loses nothing typed. */
	@Test
	void whenSomeoneElseSavedFirstTheirVersionIsLoadedWithMyChangesOnTopAndNothingTypedIsLost() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart editor = open(part);
		// another workbench saves the same interview after this editor opened it
		Assessment theirs = assessments.find(assessmentId).orElseThrow();
		answer(theirs, "B9", "3");
		answer(theirs, "B11", "1");
		assessments.save(theirs, false);

		FormRenderer form = editor.renderer();
		form.focus("B10");
		driver.type(form.input("B10").orElseThrow(), "x");
		driver.type(form.input("B11").orElseThrow(), "2");
		Button reload = driver.find(shell, WidgetIds.ASSESSMENT_RELOAD, Button.class);
		assertFalse(reload.isVisible(), "no reload before a refusal");
		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_SAVE_DRAFT, Button.class));
		Label message = driver.find(shell, WidgetIds.ASSESSMENT_MESSAGE, Label.class);
		assertTrue(message.getText().contains("har ändrats av"), message.getText());
		assertTrue(part.isDirty(), "nothing was stored");
		assertTrue(reload.isVisible());
		assertEquals("2", form.input("B11").orElseThrow().getText(), "what was typed stays after the refusal");
		driver.screenshot(shell, Path.of("target", "screenshots", "assessment-changed-by-someone-else.png"));

		driver.click(reload);
		driver.waitUntil(() -> editor.renderer() != form, "the other version read in a job and shown");
		FormRenderer reloaded = editor.renderer();
		assertEquals("3", reloaded.input("B9").orElseThrow().getText(), "their answer");
		assertEquals("x", reloaded.input("B10").orElseThrow().getText(), "my answer on top, as I typed it");
		assertEquals("2", reloaded.input("B11").orElseThrow().getText(), "both changed B11: mine stands");
		assertTrue(message.getText().contains("B11"), "and B11 is named: " + message.getText());
		assertTrue(part.isDirty());
		assertFalse(reload.isVisible());

		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_SAVE_DRAFT, Button.class));
		assertFalse(part.isDirty(), message.getText());
		Assessment stored = assessments.find(assessmentId).orElseThrow();
		assertEquals("3", value(stored, "B9"));
		assertEquals("X", stored.getAnswers().stream().filter(a -> a.getItemId().equals("B10")).findFirst().orElseThrow()
				.getMissingCode());
		assertEquals("2", value(stored, "B11"));
	}

	private static void answer(Assessment a, String item, String value) {
		a.getAnswers().removeIf(x -> x.getItemId().equals(item));
		se.isu.model.instrument.Answer answer = se.isu.model.instrument.InstrumentFactory.eINSTANCE.createAnswer();
		answer.setItemId(item);
		answer.setValue(value);
		a.getAnswers().add(answer);
	}

	private static String value(Assessment a, String item) {
		return a.getAnswers().stream().filter(x -> x.getItemId().equals(item)).findFirst().orElseThrow().getValue();
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

	@Test
	void aCrashLosesNothingTypedTheDraftKeepsEveryFieldEvenARuleBreakingOneAndASaveRemovesIt() throws Exception {
		UserWorkspace workspace = OsgiServices.get(UserWorkspace.class);
		MPart part = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart editor = open(part);
		driver.type(editor.renderer().input("B9").orElseThrow(), "45"); // breaks B9's rule: kept in the field only
		driver.type(editor.renderer().input("B11").orElseThrow(), "2");
		assertFalse(editor.renderer().invalidItems().isEmpty(), "45 breaks B9's rule");
		String key = editor.draftKey();
		String first = editor.draft();
		Thread.sleep(1100); // Properties.store dates its text to the second
		assertEquals(first, editor.draft(), "an unchanged form gives the same draft, so it is not written again");

		Job kept = new DraftKeeper(workspace).keep(java.util.List.of(part));
		kept.join();
		assertTrue(kept.getResult().isOK(), kept.getResult().toString());
		UserWorkspace.Draft draft = workspace.drafts().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
		assertEquals(caseNumber, draft.caseNumber(), "the draft names its case for the log");
		assertTrue(assessments.find(assessmentId).orElseThrow().getAnswers().stream().noneMatch(a -> a.getItemId().equals("B11")),
				"a draft is not a save");

		shell.dispose(); // the process dies: no save, no clean end
		MPart next = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart restored = open(next);
		assertEquals("", restored.renderer().input("B9").orElseThrow().getText());
		restored.restoreDraft(draft.content());
		assertEquals("45", restored.renderer().input("B9").orElseThrow().getText(), "the rule-breaking text is back");
		assertEquals("2", restored.renderer().input("B11").orElseThrow().getText());
		assertEquals("2", restored.renderer().answers().get("B11").orElseThrow().value());
		assertTrue(next.isDirty(), "the restored answers are unsaved until the user saves them");

		DraftKeeper afterRestart = new DraftKeeper(workspace);
		afterRestart.adopt(key, draft.content());
		restored.renderer().input("B9").orElseThrow().selectAll();
		driver.type(restored.renderer().input("B9").orElseThrow(), "12"); // typed over the selection
		assertTrue(restored.save(false), () -> restored.renderer().invalidItems().toString());
		Job removed = afterRestart.keep(java.util.List.of(next));
		removed.join();
		assertTrue(workspace.drafts().stream().noneMatch(d -> d.key().equals(key)), "a save removes the draft");
		assertEquals("12", assessments.find(assessmentId).orElseThrow().getAnswers().stream()
				.filter(a -> a.getItemId().equals("B9")).findFirst().orElseThrow().getValue());
	}

	@Test
	void theFeedbackReportRendersInABackgroundJobWithProgressAndTheFileAppearsOnlyWhole() throws Exception {
		AssessmentEditorPart editor = open(MBasicFactory.INSTANCE.createPart());
		driver.type(editor.renderer().input("B9").orElseThrow(), "12");

		Job rendering = editor.report(); // saves the typed answer first: the report shows what is stored
		assertNotNull(rendering, "the report renders in a job; the window keeps answering");
		assertFalse(editor.renderer().isDirty());
		assertTrue(driver.find(shell, WidgetIds.JOBS_PROGRESS, org.eclipse.swt.widgets.Composite.class).getVisible(),
				"the progress line with Avbryt shows while it renders");
		Label message = driver.find(shell, WidgetIds.ASSESSMENT_MESSAGE, Label.class);
		driver.waitUntil(() -> rendering.getState() == Job.NONE, "the job ends");
		driver.flush();
		assertTrue(message.getText().contains(reportFile.toString()), () -> message.getText() + " / " + trace(rendering.getResult().getException()));
		byte[] pdf = java.nio.file.Files.readAllBytes(reportFile);
		assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
		assertFalse(java.nio.file.Files.exists(reportFile.resolveSibling(reportFile.getFileName() + ".part")));
		assertFalse(driver.find(shell, WidgetIds.JOBS_PROGRESS, org.eclipse.swt.widgets.Composite.class).getVisible());
	}

	private static String trace(Throwable failure) {
		if (failure == null) {
			return "";
		}
		java.io.StringWriter text = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}
}
