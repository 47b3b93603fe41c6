package se.isu.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.UserWorkspace;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.IsuCase;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.editor.CaseEditorPart;

/**
 * Unsaved work survives a crash: a dirty case editor's state is kept as a draft in the database, a new editor (the
 * next start) gets it back with the change unsaved, and a save removes the draft.
 */
class DraftKeeperTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final UserWorkspace workspace = OsgiServices.get(UserWorkspace.class);
	private final Display display = Display.getDefault();
	private final SwtDriver driver = new SwtDriver(display);
	private Shell shell;

	@BeforeAll
	static void login() {
		se.isu.testkit.TestUsers.caseWorkerOfTestUnits();
	}

	@AfterEach
	void close() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	@Test
	void aDirtyEditorIsKeptAsADraftThatANewEditorRestoresAndASaveRemoves() throws InterruptedException {
		IsuCase opened = cases.openCase(new NewCase("20121212-1212", "Tolvan", "Utkastsson", "EDT", "Drafttest",
				LocalDate.of(2026, 2, 1)));
		String key = "case:" + opened.getCaseNumber();
		MPart part = MBasicFactory.INSTANCE.createPart();
		CaseEditorPart editor = open(part, opened.getCaseNumber());
		driver.type(driver.find(shell, "decisionDate", Text.class), "2026-02-10");
		assertTrue(part.isDirty());

		join(new DraftKeeper(workspace).keep(List.of(part)));
		assertTrue(draft(key).isPresent(), "the dirty editor's draft is in the database");
		assertNull(cases.findCase(opened.getCaseNumber()).orElseThrow().getDecisionDate(), "a draft is not a save");

		shell.dispose(); // the process dies: no save, no clean end
		MPart next = MBasicFactory.INSTANCE.createPart();
		CaseEditorPart restored = open(next, opened.getCaseNumber());
		assertEquals("", driver.find(shell, "decisionDate", Text.class).getText());
		restored.restoreDraft(draft(key).orElseThrow().content());
		assertEquals("2026-02-10", driver.find(shell, "decisionDate", Text.class).getText());
		assertTrue(next.isDirty(), "the restored change is unsaved until the user saves it");
		assertEquals(opened.getClient().getFamilyName(), restored.currentCase().getClient().getFamilyName(), "the client travels with the draft");

		DraftKeeper afterRestart = new DraftKeeper(workspace);
		afterRestart.adopt(key, draft(key).orElseThrow().content());
		restored.save();
		assertFalse(next.isDirty());
		assertEquals(LocalDate.of(2026, 2, 10), cases.findCase(opened.getCaseNumber()).orElseThrow().getDecisionDate());
		join(afterRestart.keep(List.of(next)));
		assertFalse(draft(key).isPresent(), "a clean save removes the draft");
	}

	private Optional<UserWorkspace.Draft> draft(String key) {
		return workspace.drafts().stream().filter(d -> d.key().equals(key)).findFirst();
	}

	private void join(Job job) throws InterruptedException {
		assertTrue(job != null, "the keeper had something to write");
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
	}

	private CaseEditorPart open(MPart part, String caseNumber) {
		shell = new Shell(display);
		shell.setText("DraftKeeperTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 1000);
		part.getPersistedState().put(CaseEditorPart.CASE_NUMBER, caseNumber);
		CaseEditorPart editor = new CaseEditorPart(cases, OsgiServices.get(AssessmentService.class),
				OsgiServices.get(InstrumentRegistry.class), OsgiServices.get(OccasionPlanner.class), part);
		part.setObject(editor);
		editor.create(shell);
		shell.open();
		driver.flush();
		return editor;
	}
}
