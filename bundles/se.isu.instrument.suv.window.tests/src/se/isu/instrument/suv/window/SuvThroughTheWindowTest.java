package se.isu.instrument.suv.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

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
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.instrument.AssessmentService;
import se.isu.model.CaseStatus;
import se.isu.model.IsuCase;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.Respondent;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.CaseEditors;
import se.isu.ui.WidgetIds;
import se.isu.ui.form.AssessmentEditorPart;
import se.isu.ui.form.FormRenderer;

/**
 * In the running workbench with the SUV plugin installed: a case worker starts SUV-våldsutsatthet at a closed case's
 * discharge occasion in the demo's violence unit (VNR, the demo unit offered SUV: decision 87), registers the closure
 * (R1 = 2: the start's parts disappear), types the answers in the real form and completes it; what was typed is what
 * is stored, with the scores.
 */
class SuvThroughTheWindowTest {

	private final Display display = Display.getCurrent();
	private final SwtDriver driver = new SwtDriver(display);

	@Test
	void theClosureRegistrationOfSuvIsTypedInTheFormAndStored() {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)");
		MWindow model = (MWindow) window.getData("modelElement");
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase closed = cases.findCases(new CaseFilter(null, CaseStatus.CLOSED, "VNR", null, 500)).stream()
				.map(c -> cases.findCase(c.getCaseNumber()).orElseThrow())
				.filter(c -> c.getOccasions().stream().anyMatch(o -> o.getKind() == OccasionKind.DISCHARGE
						&& o.getStatus() == OccasionStatus.DONE))
				.findFirst().orElseThrow(() -> new AssertionError("demo data has closed cases with a done discharge"));
		EPartService parts = model.getContext().get(EPartService.class);
		CaseEditors.open(parts, model.getContext().get(EModelService.class), model.getContext().get(MApplication.class),
				closed.getCaseNumber());
		driver.flush();

		AtomicReference<Throwable> dialogFailure = new AtomicReference<>();
		driver.whenShellOpens("Ny bedömning", dialog -> {
			try {
				List<Combo> combos = all(dialog, Combo.class);
				driver.select(combos.get(0), "Utskrivning");
				driver.select(combos.get(1), "SUV – våldsutsatthet");
				Combo respondent = driver.find(dialog, WidgetIds.NEW_ASSESSMENT_RESPONDENT, Combo.class);
				assertEquals(List.of("personal"), List.of(respondent.getItems()), "SUV is registered by staff");
				driver.click(all(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "").equals("OK"))
						.findFirst().orElseThrow());
			} catch (Throwable t) {
				dialogFailure.set(t);
				dialog.close();
			}
		});
		MPart caseEditor = parts.getActivePart();
		driver.click(driver.find((Composite) caseEditor.getWidget(), WidgetIds.EDITOR_ASSESSMENT_NEW, Button.class));
		if (dialogFailure.get() != null) {
			throw new AssertionError("dialog step failed", dialogFailure.get());
		}
		driver.waitUntil(() -> parts.getActivePart() != null
				&& AssessmentEditorPart.DESCRIPTOR_ID.equals(parts.getActivePart().getElementId()), "the assessment editor");
		MPart part = parts.getActivePart();
		AssessmentEditorPart editor = (AssessmentEditorPart) part.getObject();
		FormRenderer form = editor.renderer();

		// the closure: Bakgrund, Före insats and Förändringsmål are not asked
		type(form, "R1", "2");
		assertFalse(form.input("F2").map(Control::isVisible).orElse(false), "Före insats is hidden at closure");
		// two interventions and one form of violence, a row each
		for (String[] row : new String[][] { { "insats", "insats[1].insatstyp", "1" }, { "insats", "insats[2].insatstyp", "3" },
				{ "evald", "evald[1].eform", "2" } }) {
			driver.click(form.addButton(row[0]).orElseThrow());
			driver.type(form.input(row[1]).orElseThrow(), row[2]);
		}
		Map<String, String> typed = new java.util.LinkedHashMap<>();
		typed.put("I2", "6");
		typed.put("U1", "0");
		typed.put("E2", "2");
		typed.put("E4", "7");
		typed.put("K1", "4");
		typed.put("K2", "3");
		typed.put("A1", "2026-05-12");
		typed.put("A2", "1");
		typed.forEach((item, text) -> type(form, item, text));
		form.focus("K1");
		driver.flush();
		driver.screenshot(window, Path.of("target", "screenshots", "suv-utsatt-avslut.png"));
		driver.click(driver.find((Composite) part.getWidget(), WidgetIds.ASSESSMENT_COMPLETE, Button.class));

		Assessment stored = OsgiServices.get(AssessmentService.class).find(editor.currentAssessment().getId()).orElseThrow();
		assertEquals(AssessmentStatus.COMPLETE, stored.getStatus(), "saved as complete");
		assertEquals("suv.utsatt", stored.getInstrumentId());
		assertEquals(Respondent.STAFF, stored.getRespondent());
		Map<String, String> answers = stored.getAnswers().stream()
				.collect(Collectors.toMap(Answer::getItemId, a -> a.getValue() == null ? a.getMissingCode() : a.getValue()));
		assertEquals("2", answers.get("R1"));
		assertEquals("3", answers.get("insats[2].insatstyp"), "the second intervention's row");
		assertEquals("2026-05-12", answers.get("A1"));
		assertEquals("4", answers.get("K1"), "the client's rating of the support's significance");
		assertFalse(answers.containsKey("F2"), "nothing stored for a part not asked");
		Map<String, Double> scores = stored.getScores().stream()
				.filter(s -> s.getValue() != null)
				.collect(Collectors.toMap(s -> s.getScoreId(), s -> s.getValue()));
		assertEquals(1.0, scores.get("suv.valdsformer"), "one form of violence since the start");
		assertEquals(7.0, scores.get("suv.trygghet"));
		assertTrue(!part.isDirty(), "nothing left unsaved");
		parts.hidePart(part);
	}

	private void type(FormRenderer form, String item, String text) {
		form.focus(item);
		driver.flush();
		driver.type(form.input(item).orElseThrow(() -> new AssertionError("no field " + item)), text);
	}

	private static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}
}
