package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Respondent;
import se.isu.reports.ReportService;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.jobs.UiJobs;

/**
 * A whole DOK Inskrivning typed through the real assessment editor, key by key: two substance rows added with the
 * group's button, saved half-done and resumed, then every remaining item typed and the interview completed.
 */
class DokFormWindowTest {

	private final CaseService cases = OsgiServices.get(CaseService.class);
	private final AssessmentService assessments = OsgiServices.get(AssessmentService.class);
	private Display display;
	private SwtDriver driver;
	private Shell shell;
	private long assessmentId;
	private String caseNumber;

	@BeforeEach
	void startInterview() {
		TestUsers.caseWorkerOfTestUnits();
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Test", "Dokintervju", "VUX", "Vuxenenheten",
				LocalDate.of(2026, 2, 1)));
		Assessment started = assessments.start(c, null, "dok.inskrivning", Respondent.CLIENT, "anna");
		assessmentId = assessments.save(started, false).getId();
		caseNumber = c.getCaseNumber();
		display = Display.getDefault();
		driver = new SwtDriver(display);
	}

	@AfterEach
	void close() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}

	private AssessmentEditorPart open(MPart part) {
		shell = new Shell(display);
		shell.setText("DokFormWindowTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1100, 1000);
		part.getPersistedState().put(AssessmentEditorPart.ASSESSMENT_ID, Long.toString(assessmentId));
		part.getPersistedState().put(AssessmentEditorPart.CASE_NUMBER, caseNumber);
		AssessmentEditorPart editor = new AssessmentEditorPart(assessments, part, OsgiServices.get(ReportService.class),
				UiJobs.on(display), (parent, extension, suggested) -> null);
		part.setObject(editor);
		editor.create(shell);
		shell.open();
		driver.flush();
		return editor;
	}

	private void type(FormRenderer form, String itemId, String text) {
		form.focus(itemId);
		driver.type(form.input(itemId).orElseThrow(() -> new AssertionError("no field " + itemId)), text);
	}

	@Test
	void aDokIntakeWithTwoSubstanceRowsIsTypedSavedResumedAndCompleted() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		AssessmentEditorPart editor = open(part);
		FormRenderer form = editor.renderer();
		assertNotNull(form, "DOK is installed, so the form is rendered");

		type(form, "droger_alkohol30", "20");
		type(form, "droger_narkotika30", "5");
		type(form, "droger_dagar30", "22");
		// each row added redraws the group, button included: ask for it again
		driver.click(form.addButton("substanser").orElseThrow());
		driver.click(form.addButton("substanser").orElseThrow());
		assertEquals(2, form.rowCount("substanser"));
		Map<String, String> rows = Map.ofEntries(
				Map.entry("substanser[1].substans", "1"), Map.entry("substanser[1].dagar30", "20"),
				Map.entry("substanser[1].debutalder", "15"), Map.entry("substanser[1].intag", "2"),
				Map.entry("substanser[1].primar", "1"),
				Map.entry("substanser[2].substans", "2"), Map.entry("substanser[2].dagar30", "5"),
				Map.entry("substanser[2].debutalder", "17"), Map.entry("substanser[2].intag", "1"),
				Map.entry("substanser[2].primar", "0"));
		for (String id : rows.keySet().stream().sorted().toList()) {
			driver.type(form.input(id).orElseThrow(() -> new AssertionError("no row field " + id)), rows.get(id));
		}
		assertEquals("droger", form.currentSection().getId());
		assertTrue(form.hint("substanser[1].substans").contains("Alkohol"), form.hint("substanser[1].substans"));
		driver.screenshot(shell, Path.of("target", "screenshots", "dok-form.png"));

		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_SAVE_DRAFT, Button.class));
		shell.dispose();

		AssessmentEditorPart resumed = open(MBasicFactory.INSTANCE.createPart());
		FormRenderer again = resumed.renderer();
		assertEquals(2, again.rowCount("substanser"), "both rows come back");
		assertEquals("17", again.input("substanser[2].debutalder").orElseThrow().getText());

		// the rest of the interview, typed item by item as the interviewer would
		Form definition = again.form();
		for (Form.Field field : definition.fields()) {
			if (field.inRows() || field.type() == ItemType.COMPUTED || again.answers().get(field.id()).isPresent()
					|| !definition.isVisible(field, again.answers())) {
				continue;
			}
			type(again, field.id(), switch (field.type()) {
			case YES_NO -> "0";
			case DATE -> "2026-02-03";
			case TEXT -> "Egen anteckning";
			case AGE -> "34";
			case SINGLE_CHOICE, SCALE -> field.options().get(0).code();
			default -> "0";
			});
		}
		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_COMPLETE, Button.class));
		Label message = driver.find(shell, WidgetIds.ASSESSMENT_MESSAGE, Label.class);
		Assessment stored = assessments.find(assessmentId).orElseThrow();
		assertEquals(AssessmentStatus.COMPLETE, stored.getStatus(), message.getText() + " " + again.invalidItems());
		Map<String, String> answers = stored.getAnswers().stream().filter(a -> a.getItemId().startsWith("substanser["))
				.collect(Collectors.toMap(Answer::getItemId, Answer::getValue));
		assertEquals(rows, answers, "the rows typed in the window are the stored answers");
		assertEquals(2.0, stored.getScores().stream().filter(s -> s.getScoreId().equals("dok.substanser")).findFirst()
				.orElseThrow().getValue(), "two substances used in the last 30 days");
		assertEquals("boende", stored.getAnswers().stream().filter(a -> a.getItemId().equals("viktigast")).findFirst()
				.orElseThrow().getValue());
	}
}
