package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.CaseStatus;
import se.isu.model.IsuCase;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.CaseEditors;
import se.isu.ui.WidgetIds;
import se.isu.ui.form.AssessmentEditorPart;
import se.isu.ui.form.FormRenderer;

/**
 * In the running workbench: a case worker opens a closed demo case, starts the client questions at its discharge
 * occasion from the case editor, types the answers and completes the form; the case editor lists it.
 */
class AssessmentThroughTheWindowTest {

	private final Display display = Display.getCurrent();
	private final SwtDriver driver = new SwtDriver(display);

	@Test
	void clientQuestionsAreAnsweredAtTheDischargeOccasionFromTheCaseEditor() {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)") /* the logged-in demo user in the title */;
		MWindow model = (MWindow) window.getData("modelElement");
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase closed = cases.findCases(new CaseFilter(null, CaseStatus.CLOSED, null, null, 500)).stream()
				.filter(c -> !c.getClient().isProtectedIdentity())
				.map(c -> cases.findCase(c.getCaseNumber()).orElseThrow())
				.filter(c -> c.getOccasions().stream().anyMatch(o -> o.getKind() == OccasionKind.DISCHARGE
						&& o.getStatus() == OccasionStatus.DONE))
				.findFirst().orElseThrow(() -> new AssertionError("demo data has closed cases with a done discharge"));
		int before = OsgiServices.get(AssessmentService.class).forCase(closed.getId()).size();
		CaseEditors.open(model.getContext().get(EPartService.class), model.getContext().get(EModelService.class),
				model.getContext().get(MApplication.class), closed.getCaseNumber());
		driver.flush();
		int discharge = closed.getOccasions().indexOf(closed.getOccasions().stream()
				.filter(o -> o.getKind() == OccasionKind.DISCHARGE).findFirst().orElseThrow());

		AtomicReference<Throwable> dialogFailure = new AtomicReference<>();
		driver.whenShellOpens("Ny bedömning", dialog -> {
			try {
				Combo[] combos = combos(dialog);
				driver.select(combos[0], "Utskrivning");
				assertEquals(discharge + 1, combos[0].getSelectionIndex());
				driver.select(combos[1], "Klientfrågor");
				// only the form's own respondents are offered: the client questions are the client's
				Combo respondent = driver.find(dialog, WidgetIds.NEW_ASSESSMENT_RESPONDENT, Combo.class);
				assertEquals(List.of("klienten"), List.of(respondent.getItems()));
				assertEquals("klienten", respondent.getText());
				driver.click(button(dialog, "OK"));
			} catch (Throwable t) {
				dialogFailure.set(t);
				dialog.close();
			}
		});
		MPart caseEditorPart = model.getContext().get(EPartService.class).getActivePart();
		driver.click(driver.find((Composite) caseEditorPart.getWidget(), WidgetIds.EDITOR_ASSESSMENT_NEW, Button.class));
		if (dialogFailure.get() != null) {
			throw new AssertionError("dialog step failed", dialogFailure.get());
		}
		EPartService parts = model.getContext().get(EPartService.class);
		driver.waitUntil(() -> parts.getActivePart() != null
				&& AssessmentEditorPart.DESCRIPTOR_ID.equals(parts.getActivePart().getElementId()), "the assessment editor");
		MPart part = parts.getActivePart();
		AssessmentEditorPart editor = (AssessmentEditorPart) part.getObject();
		FormRenderer form = editor.renderer();
		form.focus("B1a");
		driver.type(form.input("B1a").orElseThrow(), "1");
		driver.press('\t');
		driver.type(form.input("B1b").orElseThrow(), "2");
		driver.press('\t');
		driver.type(form.input("B2").orElseThrow(), "1");
		for (String item : List.of("B3", "B4", "B5")) {
			driver.type(form.input(item).orElseThrow(), "2");
		}
		driver.screenshot(window, Path.of("target", "screenshots", "client-questions-workbench.png"));
		driver.click(driver.find((Composite) part.getWidget(), WidgetIds.ASSESSMENT_COMPLETE, Button.class));

		List<Assessment> stored = OsgiServices.get(AssessmentService.class).forCase(closed.getId());
		assertEquals(before + 1, stored.size());
		Assessment answered = stored.stream().filter(a -> a.getId() == editor.currentAssessment().getId()).findFirst().orElseThrow();
		assertEquals(AssessmentStatus.COMPLETE, answered.getStatus());
		assertEquals("isu.klientfragor", answered.getInstrumentId());
		assertEquals(se.isu.model.instrument.Respondent.CLIENT, answered.getRespondent());
		assertEquals(closed.getOccasions().get(discharge).getId(), answered.getOccasionId());
		assertEquals(6, answered.getAnswers().size());

		MPart caseEditor = parts.getParts().stream().filter(p -> closed.getCaseNumber().equals(p.getLabel())).findFirst().orElseThrow();
		parts.activate(caseEditor);
		Table table = driver.find((Composite) caseEditor.getWidget(), WidgetIds.EDITOR_ASSESSMENTS, Table.class);
		driver.waitUntil(() -> table.getItemCount() == before + 1, "the new assessment listed in the case editor");
		parts.hidePart(part);
	}

	private static Combo[] combos(Composite root) {
		java.util.List<Combo> found = new java.util.ArrayList<>();
		collect(root, Combo.class, found);
		return found.toArray(Combo[]::new);
	}

	private static Button button(Composite root, String text) {
		java.util.List<Button> found = new java.util.ArrayList<>();
		collect(root, Button.class, found);
		return found.stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, java.util.List<T> found) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				collect(composite, type, found);
			}
		}
	}
}
