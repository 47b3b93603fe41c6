package se.isu.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
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

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.model.IsuCase;
import se.isu.testkit.OsgiServices;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/** The case editor in a real Shell on the real service and database, driven through its widgets. */
class CaseEditorPartTest {

	/** Another case worker of the editor's unit, so a case can be reassigned. */
	private se.isu.security.User colleague;

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private Display display;
	private Shell shell;
	private SwtDriver driver;
	private MPart part;
	private CaseEditorPart editor;
	private IsuCase opened;

	@BeforeEach
	void openEditor() {
		colleague = se.isu.testkit.TestUsers.caseWorker("EDT");
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
		opened = cases.openCase(new NewCase("20121212-1212", "Tolvan", "Editorsson", "EDT", "Editortest",
				LocalDate.of(2026, 2, 1)));
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("CaseEditorPartTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 1000);
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(CaseEditorPart.CASE_NUMBER, opened.getCaseNumber());
		editor = new CaseEditorPart(cases, OsgiServices.get(AssessmentService.class),
				OsgiServices.get(InstrumentRegistry.class), OsgiServices.get(se.isu.core.instrument.OccasionPlanner.class), part);
		editor.create(shell);
		shell.open();
		driver.flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void editingMarksDirtyAndUndoRestoresTheValue() {
		assertFalse(part.isDirty());
		Combo origin = driver.find(shell, "origin", Combo.class);
		driver.select(origin, "3 ");
		assertTrue(part.isDirty());
		assertEquals(3, editor.currentCase().getOrigin());
		editor.undo();
		assertNull(editor.currentCase().getOrigin());
		assertEquals(0, origin.getSelectionIndex());
		assertFalse(part.isDirty());
		editor.redo();
		assertEquals(3, editor.currentCase().getOrigin());
	}

	@Test
	void aBrokenRuleIsShownAndTheCaseIsNotSaved() {
		Text decision = driver.find(shell, "decisionDate", Text.class);
		driver.type(decision, "2026-01-15"); // before aktualisering 2026-02-01
		Label summary = driver.find(shell, WidgetIds.EDITOR_SUMMARY, Label.class);
		assertTrue(summary.getText().contains("Datum för beslut om insats (10)"), summary.getText());
		editor.save();
		assertTrue(part.isDirty(), "nothing stored, still dirty");
		assertNull(cases.findCase(opened.getCaseNumber()).orElseThrow().getDecisionDate());
	}

	@Test
	void aMalformedDateIsNamedAndNothingIsStored() {
		Text decision = driver.find(shell, "decisionDate", Text.class);
		driver.type(decision, "2026-1-15");
		Label summary = driver.find(shell, WidgetIds.EDITOR_SUMMARY, Label.class);
		assertTrue(summary.getText().contains("ÅÅÅÅ-MM-DD"), summary.getText());
		editor.save();
		assertNull(cases.findCase(opened.getCaseNumber()).orElseThrow().getDecisionDate());
	}

	@Test
	void variablesAndAnInterventionEnteredInTheFormAreSaved() {
		driver.find(shell, "actualisationReasons.8", Button.class);
		driver.click(driver.find(shell, "actualisationReasons.8", Button.class));
		driver.select(driver.find(shell, "origin", Combo.class), "1 ");
		driver.type(driver.find(shell, "decisionDate", Text.class), "2026-02-10");
		driver.click(driver.find(shell, WidgetIds.EDITOR_INTERVENTIONS + ".add", Button.class));
		driver.select(driver.find(shell, "intervention.interventionType", Combo.class), "29 ");
		driver.type(driver.find(shell, "intervention.startDate", Text.class), "2026-02-15");
		Table interventions = driver.find(shell, WidgetIds.EDITOR_INTERVENTIONS, Table.class);
		assertEquals(1, interventions.getItemCount());
		driver.screenshot(shell, Path.of("target", "screenshots", "case-editor.png"));
		editor.save();
		assertFalse(part.isDirty(), driver.find(shell, WidgetIds.EDITOR_SUMMARY, Label.class).getText());

		IsuCase stored = cases.findCase(opened.getCaseNumber()).orElseThrow();
		assertEquals(java.util.List.of(8), stored.getActualisationReasons());
		assertEquals(1, stored.getOrigin());
		assertEquals(LocalDate.of(2026, 2, 10), stored.getDecisionDate());
		assertEquals(1, stored.getInterventions().size());
		assertEquals(29, stored.getInterventions().get(0).getInterventionType());
		assertEquals(LocalDate.of(2026, 2, 15), stored.getInterventions().get(0).getStartDate());
	}

	@Test
	void occasionsArePlannedFromTheFormsSchedulesAsOneUndoableEdit() {
		// the test runtime has ASI: Grund is scheduled at aktualisering (2026-02-01, 30 days' tolerance)
		int before = editor.currentCase().getOccasions().size();
		driver.click(driver.find(shell, WidgetIds.EDITOR_OCCASIONS_PLAN, Button.class));
		driver.waitUntil(() -> !editor.busy(), "the plan, read in a job");
		java.util.List<se.isu.model.Occasion> planned = editor.currentCase().getOccasions().subList(before,
				editor.currentCase().getOccasions().size());
		assertTrue(planned.stream().anyMatch(o -> o.getKind() == se.isu.model.OccasionKind.INTAKE
				&& LocalDate.of(2026, 2, 1).equals(o.getPlannedDate())
				&& o.getFormsDue().contains("asi.grund")), "the occasion knows the form due there: " + planned);
		assertTrue(part.isDirty());
		editor.undo();
		assertEquals(before, editor.currentCase().getOccasions().size());
	}

	// --- issue 12: where errors are shown, dirty state, responsible case worker ---------------------------

	private Label message(String fieldId) {
		return driver.find(shell, fieldId + WidgetIds.MESSAGE_SUFFIX, Label.class);
	}

	@Test
	void aDayThatIsNotInTheCalendarIsToldSoAtTheField() {
		driver.type(driver.find(shell, "decisionDate", Text.class), "2025-02-30");
		assertEquals("Datum för beslut om insats (10): 2025-02-30 finns inte i kalendern.", message("decisionDate").getText());
		assertTrue(message("decisionDate").isVisible());
	}

	@Test
	void afterARefusedSaveTheFirstBrokenFieldHasTheCursorAndItsMessageIsVisible() {
		Text decision = driver.find(shell, "decisionDate", Text.class);
		Text closure = driver.find(shell, "closureDate", Text.class);
		driver.type(decision, "2026-01-15"); // before aktualisering 2026-02-01
		driver.type(closure, "2026-01-10"); // before aktualisering and beslut
		driver.focus(driver.find(shell, WidgetIds.EDITOR_OCCASION_STATUS, Combo.class)); // the cursor far below
		editor.save();
		driver.flush();
		assertTrue(part.isDirty(), "nothing stored");
		assertEquals(decision, display.getFocusControl(), "the first broken field in form order has the cursor");
		Label shown = message("decisionDate");
		assertTrue(shown.isVisible());
		assertEquals("Datum för beslut om insats (10) får inte vara före Datum för aktualisering (1).", shown.getText());
		driver.screenshot(shell, Path.of("target", "screenshots", "case-editor-errors.png"));
		// the field is in the visible part of the scrolled form
		org.eclipse.swt.graphics.Rectangle view = decision.getDisplay().map(decision.getParent(), shell, decision.getBounds());
		assertTrue(view.y >= 0 && view.y + view.height <= shell.getClientArea().height, view.toString());
	}

	@Test
	void errorsAppearingMoveNoField() {
		Text closure = driver.find(shell, "closureDate", Text.class);
		int before = closure.toDisplay(0, 0).y;
		driver.type(driver.find(shell, "decisionDate", Text.class), "2026-1");
		Label summary = driver.find(shell, WidgetIds.EDITOR_SUMMARY, Label.class);
		assertTrue(summary.getText().contains("ÅÅÅÅ-MM-DD"), summary.getText());
		driver.type(driver.find(shell, "actualisationDate", Text.class), "0"); // now 2026-02-010: a second error
		driver.flush();
		assertEquals(before, closure.toDisplay(0, 0).y, "the field below the messages stayed where it was");
	}

	@Test
	void eachBrokenRuleIsListedOnce() {
		driver.click(driver.find(shell, WidgetIds.EDITOR_INTERVENTIONS + ".add", Button.class));
		driver.select(driver.find(shell, "intervention.interventionType", Combo.class), "29 ");
		driver.type(driver.find(shell, "intervention.startDate", Text.class), "2099-01-01"); // in the future
		Label summary = driver.find(shell, WidgetIds.EDITOR_SUMMARY, Label.class);
		assertTrue(summary.getText().startsWith("1 fel"), summary.getText());
		assertEquals(1, summary.getToolTipText().split("\n– ").length - 1, summary.getToolTipText());
	}

	@Test
	void aDateBeingTypedMakesThePartDirtySoClosingAsksAndClearingItMakesItCleanAgain() {
		Text decision = driver.find(shell, "decisionDate", Text.class);
		driver.type(decision, "2026-0");
		assertTrue(part.isDirty(), "what was typed would be lost on close");
		decision.setText("");
		driver.flush();
		assertFalse(part.isDirty());
		driver.type(decision, "2026-02-10");
		assertTrue(part.isDirty());
		editor.save();
		assertFalse(part.isDirty());
		assertEquals(LocalDate.of(2026, 2, 10), cases.findCase(opened.getCaseNumber()).orElseThrow().getDecisionDate());
	}

	@Test
	void theCaseWorkerWhoOpenedTheCaseIsResponsibleAndTheCaseCanBeReassigned() {
		Combo responsible = driver.find(shell, WidgetIds.EDITOR_RESPONSIBLE, Combo.class);
		String me = se.isu.testkit.OsgiServices.get(se.isu.security.Session.class).current().orElseThrow().userName();
		assertTrue(responsible.getText().endsWith("(" + me + ")"), responsible.getText());
		driver.select(responsible, colleague.displayName() + " (" + colleague.userName() + ")");
		assertTrue(part.isDirty());
		editor.save();
		assertFalse(part.isDirty(), driver.find(shell, WidgetIds.EDITOR_SUMMARY, Label.class).getText());
		assertEquals(colleague.userName(),
				cases.findCase(opened.getCaseNumber()).orElseThrow().getResponsibleStaff().getUserName());
	}
}
