package se.isu.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.Messages;
import se.isu.ui.WidgetIds;
import se.isu.ui.workbench.AskingSaveHandler;

/**
 * Issue 18: the case editor in a shared database, in a real Shell on the real services and database. Someone else's
 * save never costs this person an edit ("Ladda om med mina ändringar", decision 141), and the editor's database work
 * (save, plan, reading and starting forms) runs in jobs, never on the UI thread.
 */
class CaseEditorSharedDatabaseTest {

	private final CaseService realCases = OsgiServices.get(CaseService.class);
	/* The threads the editor's database calls ran on: the real services, watched through proxies. */
	private final List<Thread> serviceThreads = new CopyOnWriteArrayList<>();
	private Display display;
	private Shell shell;
	private SwtDriver driver;
	private MPart part;
	private CaseEditorPart editor;
	private IsuCase opened;

	@BeforeEach
	void openEditor() {
		TestUsers.caseWorkerOfTestUnits();
		opened = realCases.openCase(new NewCase("20121212-1212", "Tolvan", "Samtidigsson", "EDT", "Delad databas",
				LocalDate.of(2026, 2, 1)));
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("CaseEditorSharedDatabaseTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 1000);
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(CaseEditorPart.CASE_NUMBER, opened.getCaseNumber());
		editor = new CaseEditorPart(watched(CaseService.class, realCases, "saveCase", "findCase"),
				watched(AssessmentService.class, OsgiServices.get(AssessmentService.class), "forCase", "start", "save"),
				OsgiServices.get(InstrumentRegistry.class),
				watched(OccasionPlanner.class, OsgiServices.get(OccasionPlanner.class), "missingOccasions", "missingForms"), part);
		part.setObject(editor);
		editor.create(shell);
		shell.open();
		driver.flush();
		driver.waitUntil(() -> !editor.busy(), "the case's assessments read");
		serviceThreads.clear(); // the part reads the case itself as it is made; what follows is what the person does
	}

	@AfterEach
	void close() {
		shell.dispose();
		TestUsers.caseWorkerOfTestUnits();
	}

	@SuppressWarnings("unchecked")
	private <T> T watched(Class<T> type, T service, String... methods) {
		List<String> names = List.of(methods);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, arguments) -> {
			if (names.contains(method.getName())) {
				serviceThreads.add(Thread.currentThread());
			}
			try {
				return method.invoke(service, arguments);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		});
	}

	/** A colleague saves the case from their own workstation: origin 1, a decision date and an intervention. */
	private void aColleagueSavesFirst() {
		TestUsers.caseWorker("EDT"); // another account, of the case's unit
		try {
			IsuCase theirs = realCases.findCase(opened.getCaseNumber()).orElseThrow();
			theirs.setOrigin(1);
			theirs.setDecisionDate(LocalDate.of(2026, 2, 10));
			Intervention placement = IsuFactory.eINSTANCE.createIntervention();
			placement.setInterventionType(29);
			placement.setDecisionDate(LocalDate.of(2026, 2, 10));
			theirs.getInterventions().add(placement);
			realCases.saveCase(theirs);
		} finally {
			TestUsers.caseWorkerOfTestUnits();
		}
	}

	private IsuCase storedCase() {
		return realCases.findCase(opened.getCaseNumber()).orElseThrow();
	}

	private String summary() {
		return driver.find(shell, WidgetIds.EDITOR_SUMMARY, Label.class).getText();
	}

	@Test
	void aSaveRefusedBecauseSomeoneElseSavedFirstTakesTheirVersionWithMyChangesOnTop() {
		aColleagueSavesFirst();
		// this person, with the version they opened: origin 3 (the colleague chose 1), a reason, an intervention
		driver.select(driver.find(shell, "origin", Combo.class), "3 ");
		driver.click(driver.find(shell, "actualisationReasons.8", Button.class));
		driver.click(driver.find(shell, WidgetIds.EDITOR_INTERVENTIONS + ".add", Button.class));
		driver.select(driver.find(shell, "intervention.interventionType", Combo.class), "12 ");

		editor.save();
		assertTrue(part.isDirty(), "refused: still dirty");
		assertTrue(summary().contains("har ändrats av"), summary());
		Button reload = driver.find(shell, WidgetIds.EDITOR_RELOAD, Button.class);
		assertTrue(reload.isVisible(), "the refusal offers to reload with my changes");
		assertEquals(1, storedCase().getOrigin(), "their version stands in the database");
		assertEquals(3, editor.currentCase().getOrigin(), "my value is still in the form");

		driver.click(reload);
		driver.waitUntil(() -> !editor.busy(), "their version read in a job");
		IsuCase merged = editor.currentCase();
		assertEquals(3, merged.getOrigin(), "where both changed a field, mine stands");
		assertEquals(LocalDate.of(2026, 2, 10), merged.getDecisionDate(), "their decision date is taken");
		assertEquals(List.of(8), merged.getActualisationReasons(), "my reason is on top");
		assertEquals(List.of(29, 12), merged.getInterventions().stream().map(Intervention::getInterventionType).toList(),
				"their intervention and mine");
		assertEquals("2026-02-10", driver.find(shell, "decisionDate", Text.class).getText(), "the form shows the result");
		assertTrue(summary().contains(Messages.field_origin), "the field both changed is named: " + summary());
		assertTrue(summary().contains("3 ändringar"), summary());
		assertFalse(reload.isVisible());
		assertTrue(part.isDirty(), "nothing stored until saved again");
		assertEquals(1, storedCase().getOrigin());
		assertEquals(1, storedCase().getInterventions().size());

		editor.save();
		assertFalse(part.isDirty(), summary());
		IsuCase stored = storedCase();
		assertEquals(3, stored.getOrigin());
		assertEquals(LocalDate.of(2026, 2, 10), stored.getDecisionDate());
		assertEquals(List.of(8), stored.getActualisationReasons());
		assertEquals(2, stored.getInterventions().size(), "nothing lost of either version");
	}

	@Test
	void closingAsksAndStaysOpenWhileAnotherVersionIsInTheWayAndClosesOnceSaved() {
		part.setContext(EclipseContextFactory.create("CaseEditorSharedDatabaseTest"));
		AskingSaveHandler closing = new AskingSaveHandler(() -> shell);
		aColleagueSavesFirst();
		driver.click(driver.find(shell, "actualisationReasons.8", Button.class));
		// "Spara" in the closing question (confirm=false: answered yes): the part's save refuses, so no close
		assertFalse(closing.saveParts(List.of(part), false), "a refused save keeps the editor open");
		assertTrue(part.isDirty());
		driver.click(driver.find(shell, WidgetIds.EDITOR_RELOAD, Button.class));
		driver.waitUntil(() -> !editor.busy(), "their version read in a job");
		assertTrue(closing.saveParts(List.of(part), false), "saved: the editor may close");
		assertFalse(part.isDirty());
		assertEquals(List.of(8), storedCase().getActualisationReasons());
		assertEquals(1, storedCase().getOrigin());
	}

	@Test
	void aSaveThatFailsKeepsWhatWasTypedAndTheNextSaveStoresIt() {
		Text decision = driver.find(shell, "decisionDate", Text.class);
		driver.type(decision, "2026-02-12");
		TestUsers.logout(); // the session ended (or the database refused): the service says no
		editor.save();
		assertTrue(part.isDirty(), summary());
		assertEquals("2026-02-12", decision.getText(), "the typed date is still in its field");
		assertEquals(LocalDate.of(2026, 2, 12), editor.currentCase().getDecisionDate());
		TestUsers.caseWorkerOfTestUnits();
		editor.save();
		assertFalse(part.isDirty(), summary());
		assertEquals(LocalDate.of(2026, 2, 12), storedCase().getDecisionDate());
	}

	@Test
	void savingPlanningAndStartingAFormNeverRunOnTheUiThread() {
		driver.type(driver.find(shell, "decisionDate", Text.class), "2026-02-10");
		editor.save();
		assertFalse(part.isDirty(), summary());
		driver.click(driver.find(shell, WidgetIds.EDITOR_OCCASIONS_PLAN, Button.class));
		driver.waitUntil(() -> !editor.busy(), "the plan");
		assertTrue(part.isDirty(), "the plan added occasions: " + summary());
		editor.save();
		assertFalse(part.isDirty(), summary());
		// the first form of the first occasion that has forms, started from the occasion's list
		org.eclipse.swt.widgets.Table occasions = driver.find(shell, WidgetIds.EDITOR_OCCASIONS, org.eclipse.swt.widgets.Table.class);
		int withForms = 0;
		while (editor.currentCase().getOccasions().get(withForms).getFormsDue().isEmpty()) {
			withForms++;
		}
		occasions.setSelection(withForms);
		occasions.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		org.eclipse.swt.widgets.Table forms = driver.find(shell, WidgetIds.EDITOR_OCCASION_FORMS, org.eclipse.swt.widgets.Table.class);
		assertTrue(forms.getItemCount() > 0, "the planned occasion has a form due");
		forms.setSelection(0);
		driver.click(driver.find(shell, WidgetIds.EDITOR_OCCASION_FORM_OPEN, Button.class));
		driver.waitUntil(() -> !editor.busy(), "the form started and the assessments read again");
		assertEquals(1, OsgiServices.get(AssessmentService.class).forCase(opened.getId()).size(), summary());
		assertFalse(serviceThreads.isEmpty(), "the services were called");
		for (Thread thread : serviceThreads) {
			assertNotEquals(display.getThread(), thread, "a database call ran on the UI thread");
		}
	}
}
