package se.isu.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.compile.CompilationService;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.FormCustomisationService.QuestionnaireState;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.ScheduleAnchor;
import se.isu.model.query.CompilationQuery;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;
import se.isu.model.query.Measure.Subject;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.WidgetIds;
import se.isu.ui.form.AssessmentEditorPart;
import se.isu.ui.form.FormRenderer;
import se.isu.ui.jobs.UiJobs;

/**
 * Issue 17's walk-through in real windows: methods staff build a questionnaire in the editor (a skip rule that
 * names no question is explained under the rule), see it in the preview as the case worker will, publish it; a
 * case worker answers it on a case in the assessment editor, and the answers compile. The screenshots are
 * docs/questionnaires.md's.
 */
class QuestionnaireEditorPartTest {

	private static final String UNIT = "EGET";
	private final Display display = Display.getDefault();
	private final SwtDriver driver = new SwtDriver(display);
	private final FormCustomisationService service = OsgiServices.get(FormCustomisationService.class);
	private final CaseService cases = OsgiServices.get(CaseService.class);
	private Shell shell;
	private QuestionnaireEditorPart editor;
	private MPart part;
	private IsuCase theCase;

	@BeforeEach
	void open() {
		TestUsers.caseWorker(UNIT); // a case makes the unit exist
		theCase = cases.openCase(new NewCase("19700101-1233", "Test", "Formulär", UNIT, "Egen enhet", LocalDate.of(2026, 2, 1)));
		TestUsers.as(Role.METHODS_STAFF, UNIT);
		shell = new Shell(display);
		shell.setText("Formulärredigeraren");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1400, 900);
		part = MBasicFactory.INSTANCE.createPart();
		editor = new QuestionnaireEditorPart(service, cases, UiJobs.on(display), part);
		editor.create(shell);
		shell.open();
		Combo unit = driver.find(shell, QuestionnaireEditorPart.UNIT, Combo.class);
		driver.waitUntil(() -> unit.getItemCount() > 0, "the units read");
		driver.select(unit, UNIT);
		driver.waitUntil(() -> !editor.isReading() && editor.model() != null, "the unit's questionnaires read");
	}

	@AfterEach
	void close() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
		TestUsers.logout();
	}

	private <W extends org.eclipse.swt.widgets.Widget> W find(String id, Class<W> type) {
		return driver.find(shell, id, type);
	}

	private String messageUnder(String fieldId) {
		return find(fieldId + WidgetIds.MESSAGE_SUFFIX, Label.class).getText();
	}

	private static Path shot(String name) {
		return Path.of("target", "screenshots", name);
	}

	@Test
	void aQuestionnaireBuiltInTheEditorIsPublishedAnsweredOnACaseAndCompiled() throws Exception {
		String name = "Trygghet i boendet " + Long.toString(System.nanoTime() % 100000, 36);
		driver.click(find(QuestionnaireEditorPart.NEW, Button.class));
		driver.type(find(QuestionnaireEditorPart.NAME, Text.class), name);
		driver.select(find(QuestionnaireEditorPart.RESPONDENT, Combo.class), "Handläggaren");
		driver.select(find(QuestionnaireEditorPart.SCHEDULE, Combo.class), "Vid slutet av varje placering");
		assertTrue(part.isDirty(), "typed, not stored: the workbench asks before closing");

		driver.click(find(QuestionnaireEditorPart.ADD_ITEM, Button.class));
		find(QuestionnaireEditorPart.ITEM_LABEL, Text.class).setText("Känner du dig trygg i boendet?");
		find(QuestionnaireEditorPart.ITEM_CHOICES, Text.class).setText("1=Ja\n2=Delvis\n3=Nej");
		driver.click(find(QuestionnaireEditorPart.ITEM_REQUIRED, Button.class));
		driver.screenshot(shell, shot("questionnaire-1-item.png"));

		driver.click(find(QuestionnaireEditorPart.ADD_ITEM, Button.class));
		driver.select(find(QuestionnaireEditorPart.ITEM_TYPE, Combo.class), "Fritext");
		find(QuestionnaireEditorPart.ITEM_LABEL, Text.class).setText("Vad gör dig otrygg?");
		driver.type(find(QuestionnaireEditorPart.ITEM_RULE, Text.class), "A3 = 1");
		assertEquals("Regeln för A2 läser A3, men formuläret har ingen fråga med den beteckningen.",
				messageUnder(QuestionnaireEditorPart.ITEM_RULE), "explained under the rule being typed");
		driver.screenshot(shell, shot("questionnaire-2-rule-explained.png"));
		driver.click(find(QuestionnaireEditorPart.PUBLISH, Button.class));
		assertTrue(find(QuestionnaireEditorPart.STATUS, Label.class).getText().contains("kan inte publiceras"));

		Text rule = find(QuestionnaireEditorPart.ITEM_RULE, Text.class);
		rule.setText("");
		driver.type(rule, "A1 in (2, 3)");
		assertEquals("", messageUnder(QuestionnaireEditorPart.ITEM_RULE));
		// the preview: the real form renderer, with the first question as a case worker types it
		driver.waitUntil(() -> input(find(QuestionnaireEditorPart.PREVIEW, Composite.class), "A1") != null,
				java.time.Duration.ofSeconds(10), "the preview drawn by the form renderer");
		driver.screenshot(shell, shot("questionnaire-3-preview.png"));

		find(QuestionnaireEditorPart.COMMENT, Text.class).setText("Första versionen");
		driver.click(find(QuestionnaireEditorPart.PUBLISH, Button.class));
		Label status = find(QuestionnaireEditorPart.STATUS, Label.class);
		driver.waitUntil(() -> status.getText().contains("version 1"), "published");
		assertFalse(part.isDirty());
		String id = editor.model().getId();
		driver.waitUntil(() -> find(QuestionnaireEditorPart.HISTORY, Label.class).getText().contains("Första versionen"),
				"the version and its comment in the history");
		driver.screenshot(shell, shot("questionnaire-4-published.png"));
		assertEquals(QuestionnaireState.PUBLISHED, service.state(UNIT, id));
		InstrumentDefinition published = OsgiServices.get(InstrumentRegistry.class).available(UNIT).stream()
				.filter(d -> d.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("offered to the unit"));
		assertEquals(List.of(Respondent.STAFF), published.getRespondents());
		assertEquals(ScheduleAnchor.INTERVENTION_END, published.getSchedule().get(0).getAnchor());

		Path exported = Files.createTempDirectory("questionnaire").resolve("formular.xmi");
		editor.exportFile(exported);
		driver.waitUntil(() -> Files.exists(exported), "exported");
		assertTrue(Files.readString(exported).contains("Känner du dig trygg i boendet?"));
		shell.dispose();

		// a case worker answers it on a case, in the assessment editor
		TestUsers.caseWorker(UNIT);
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		Assessment started = assessments.save(assessments.start(theCase, null, id, Respondent.STAFF, "hanna"), false);
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1000, 700);
		MPart assessmentPart = MBasicFactory.INSTANCE.createPart();
		assessmentPart.getPersistedState().put(AssessmentEditorPart.ASSESSMENT_ID, Long.toString(started.getId()));
		assessmentPart.getPersistedState().put(AssessmentEditorPart.CASE_NUMBER, theCase.getCaseNumber());
		AssessmentEditorPart answering = new AssessmentEditorPart(assessments, assessmentPart,
				OsgiServices.get(ReportService.class), UiJobs.on(display), (parent, extension, suggested) -> null);
		assessmentPart.setObject(answering);
		answering.create(shell);
		shell.open();
		FormRenderer form = answering.renderer();
		driver.type(form.input("A1").orElseThrow(), "2");
		driver.press('\t');
		driver.type(form.input("A2").orElseThrow(), "Mörkt i trapphuset");
		driver.screenshot(shell, shot("questionnaire-5-answered.png"));
		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_COMPLETE, Button.class));
		Assessment answered = assessments.find(started.getId()).orElseThrow();
		assertEquals(AssessmentStatus.COMPLETE, answered.getStatus());

		TestUsers.as(Role.ANALYST);
		CompilationService compile = OsgiServices.get(CompilationService.class);
		CompilationQuery count = new CompilationQuery(Measure.count(Subject.ASSESSMENTS), List.of(), List.of())
				.withFilter(Dimension.unit(), UNIT);
		assertEquals("<5", compile.compile(count.withFilter(new Dimension(Dimension.Kind.ITEM, id + "/A1"), "2")).total().text(),
				"the one answer 'Delvis' is counted (and suppressed as every small count)");
		assertEquals("0", compile.compile(count.withFilter(new Dimension(Dimension.Kind.ITEM, id + "/A1"), "1")).total().text());
	}

	@Test
	void aRedcapDictionaryIsReadIntoTheEditorOrRefusedByRowWithNothingImported() throws Exception {
		Path csv = Files.createTempDirectory("redcap").resolve("hvb.csv");
		Files.writeString(csv, "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"
				+ "\"Choices, Calculations, OR Slider Labels\"\n"
				+ "trygg,hvb,,yesno,Trygg?,\n"
				+ "summa,hvb,,calc,Summa,[a]+[b]\n");
		editor.importRedcap(csv);
		Label problems = find(QuestionnaireEditorPart.PROBLEMS, Label.class);
		driver.waitUntil(() -> problems.getText().contains("Rad 3 (summa)"), "the refused row named");
		assertFalse(part.isDirty(), "nothing imported");

		Files.writeString(csv, "Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"
				+ "\"Choices, Calculations, OR Slider Labels\"\n"
				+ "trygg,hvb,Boendet,yesno,Trygg?,\n"
				+ "hur,hvb,,radio,Hur ofta?,\"1, Sällan | 2, Ofta\"\n");
		editor.importRedcap(csv);
		driver.waitUntil(() -> editor.model() != null && "hvb".equals(editor.model().getName()), "the dictionary read in");
		assertEquals(List.of("trygg", "hur"), editor.model().getSections().get(0).getItems().stream().map(i -> i.getId()).toList());
		assertTrue(part.isDirty(), "read in, not stored yet");
	}

	/** The text field the renderer made for an item, if the preview holds one. */
	private static Text input(Composite root, String itemId) {
		for (Control c : root.getChildren()) {
			if (c instanceof Text t && itemId.equals(t.getData(FormRenderer.ITEM_KEY))) {
				return t;
			}
			if (c instanceof Composite composite) {
				Text found = input(composite, itemId);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
