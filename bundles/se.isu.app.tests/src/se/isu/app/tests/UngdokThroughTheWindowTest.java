package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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
import se.isu.core.instrument.Form;
import se.isu.model.IsuCase;
import se.isu.model.OccasionKind;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.ItemType;
import se.isu.model.query.CaseFilter;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.ui.CaseEditors;
import se.isu.ui.WidgetIds;
import se.isu.ui.form.AssessmentEditorPart;
import se.isu.ui.form.FormRenderer;

/**
 * UngDOK Inskrivning in the running workbench (issue 14): started at a case's intake occasion from the case editor,
 * every question typed section by section, two substances added as rows of section F, completed and stored. The
 * plugin is in this test runtime by name (pom.xml extraRequirements), as the test plugin is.
 */
class UngdokThroughTheWindowTest {

	private final Display display = Display.getCurrent();
	private final SwtDriver driver = new SwtDriver(display);

	@Test
	void anUngdokIntakeIsTypedThroughTheFormWithItsSubstanceRows() {
		Shell window = driver.waitForShell("ISU Workbench – Hanna Handläggare (Handläggare)");
		MWindow model = (MWindow) window.getData("modelElement");
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase c = cases.findCases(new CaseFilter(null, null, null, null, 500)).stream()
				.filter(x -> !x.getClient().isProtectedIdentity())
				.map(x -> cases.findCase(x.getCaseNumber()).orElseThrow())
				.filter(x -> "UNG".equals(x.getUnit().getCode())) // the unit offered UngDOK (decision 87)
				.filter(x -> x.getOccasions().stream().anyMatch(o -> o.getKind() == OccasionKind.INTAKE
						&& o.getStatus() == OccasionStatus.DONE))
				.skip(2).findFirst().orElseThrow(() -> new AssertionError("demo data has cases with a done intake"));
		EPartService parts = model.getContext().get(EPartService.class);
		CaseEditors.open(parts, model.getContext().get(EModelService.class), model.getContext().get(MApplication.class),
				c.getCaseNumber());
		driver.flush();
		int intake = c.getOccasions().indexOf(c.getOccasions().stream().filter(o -> o.getKind() == OccasionKind.INTAKE)
				.findFirst().orElseThrow());

		AtomicReference<Throwable> dialogFailure = new AtomicReference<>();
		driver.whenShellOpens("Ny bedömning", dialog -> {
			try {
				List<Combo> combos = all(dialog, Combo.class);
				driver.select(combos.get(0), "Inskrivning");
				driver.select(combos.get(1), "UngDOK Inskrivning");
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

		// every question outside the group, as an interviewer types them: the first answer of each list, no, 0;
		// wanting to change the housing situation opens its two follow-up questions
		Map<String, String> chosen = Map.of("admin_datum", LocalDate.now().minusDays(1).toString(), "boende_typ", "7",
				"boende_oro30", "1", "boende_vill", "1", "boende_sjalv", "0", "boende_hjalp", "1", "droger_anvant30", "1",
				"viktigast", "droger", "admin_samtycke", "1");
		for (Form.Field field : form.form().fields()) {
			if (field.inRows() || field.type() == ItemType.COMPUTED || field.type() == ItemType.TEXT
					|| !form.form().isVisible(field, form.answers())) {
				continue;
			}
			String value = chosen.getOrDefault(field.id(), switch (field.type()) {
			case YES_NO -> "0";
			case SINGLE_CHOICE, SCALE, MULTI_CHOICE -> field.options().get(0).code();
			default -> String.valueOf(field.min() == null ? 0 : field.min());
			});
			form.focus(field.id());
			driver.type(form.input(field.id()).orElseThrow(), value);
			if (field.id().equals("droger_anvant30")) {
				substanceRows(form, window);
			}
		}
		assertEquals(2, form.rowCount("substanser"));
		driver.click(driver.find((Composite) part.getWidget(), WidgetIds.ASSESSMENT_COMPLETE, Button.class));

		Assessment stored = OsgiServices.get(AssessmentService.class).find(editor.currentAssessment().getId()).orElseThrow();
		assertEquals(AssessmentStatus.COMPLETE, stored.getStatus(), "completed: every required question answered");
		assertEquals("ungdok.inskrivning", stored.getInstrumentId());
		assertEquals(c.getOccasions().get(intake).getId(), stored.getOccasionId());
		Map<String, String> answers = stored.getAnswers().stream().filter(a -> a.getValue() != null)
				.collect(Collectors.toMap(Answer::getItemId, Answer::getValue));
		assertEquals("2", answers.get("substanser[1].substans"), "cannabis in the first row");
		assertEquals("21", answers.get("substanser[1].dagar30"));
		assertEquals("1", answers.get("substanser[1].primar"));
		assertEquals("1", answers.get("substanser[2].substans"), "alcohol in the second");
		assertEquals("0", answers.get("substanser[2].primar"));
		assertEquals("1", answers.get("boende_hjalp"), "the follow-up question opened by 'wants to change'");
		assertTrue(stored.getScores().stream().anyMatch(s -> s.getScoreId().equals("ungdok.substanser") && s.getValue() == 2.0),
				stored.getScores().toString());
		parts.hidePart(part);
	}

	/** Section F's rows, added with the group's button and typed like every other field. */
	private void substanceRows(FormRenderer form, Shell window) {
		String[][] rows = { { "2", "21", "14", "1", "1" }, { "1", "3", "13", "2", "0" } };
		String[] items = { "substans", "dagar30", "debutalder", "intag", "primar" };
		for (int row = 1; row <= rows.length; row++) {
			driver.click(form.addButton("substanser").orElseThrow());
			for (int i = 0; i < items.length; i++) {
				String id = "substanser[" + row + "]." + items[i];
				form.focus(id);
				driver.type(form.input(id).orElseThrow(), rows[row - 1][i]);
			}
		}
		driver.screenshot(window, Path.of("target", "screenshots", "ungdok-substances.png"));
	}

	private static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> found) {
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
