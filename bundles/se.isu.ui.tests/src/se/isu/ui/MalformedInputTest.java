package se.isu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
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
import se.isu.core.DemoDataService;
import se.isu.core.NewCase;
import se.isu.core.compile.CompilationService;
import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.FormCustomisationService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.IsuCase;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Respondent;
import se.isu.model.instrument.Section;
import se.isu.reports.ReportService;
import se.isu.security.Role;
import se.isu.security.Session;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.compile.CompilePart;
import se.isu.ui.editor.CaseEditorPart;
import se.isu.ui.form.AssessmentEditorPart;
import se.isu.ui.form.FormCustomisationPart;
import se.isu.ui.form.FormRenderer;
import se.isu.ui.reports.ReportGalleryPart;

/**
 * No internal error for a user's input anywhere (issue 12): every part that renders in a Shell gets malformed text
 * typed into every text field and editable drop-down it shows, each followed by Enter and Tab, and nothing may escape
 * to the display's event loop (where the workbench shows "Internal Error") nor be stored without a save.
 *
 * <p>Strings a US keyboard types are posted key by key; the rest (the 10 000 characters, right-to-left override,
 * emoji) arrive as a paste or an input method delivers them: the whole text at once. In the long instrument forms
 * (hundreds of items) every string is pasted, so the run stays short; Enter and Tab are always real key presses.
 */
public class MalformedInputTest {

	public static final List<String> MALFORMED = List.of("x".repeat(10_000), "2025-02-30", "-1", "1e309", "NaN",
			"'; DROP TABLE isu_case; --", "\u202Egpj.exe", "\ud83d\ude00\ud83d\udc4d\ud83c\udffd", "     ", "\t", "\r",
			"0x1F", "9".repeat(40), "19700101-1233", "1,5", "-0", "NULL", "%s%n{0}");

	private Display display;
	private SwtDriver driver;
	private Shell shell;
	private final List<String> escaped = new ArrayList<>();
	private Consumer<RuntimeException> runtimeHandler;
	private Consumer<Error> errorHandler;
	private final Set<Shell> known = new HashSet<>();
	private boolean watching;
	private String where = "";

	@BeforeEach
	void collectWhatEscapes() {
		display = Display.getDefault();
		driver = new SwtDriver(display);
		runtimeHandler = display.getRuntimeExceptionHandler();
		errorHandler = display.getErrorHandler();
		// what the workbench would show as "Internal Error" is collected instead of rethrown
		display.setRuntimeExceptionHandler(e -> escaped.add(where + " \u2192 " + describe(e)));
		display.setErrorHandler(e -> escaped.add(where + " \u2192 " + describe(e)));
		known.addAll(List.of(display.getShells()));
		watching = true;
		watchForDialogs();
	}

	@AfterEach
	void restore() {
		watching = false;
		display.setRuntimeExceptionHandler(runtimeHandler);
		display.setErrorHandler(errorHandler);
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
		TestUsers.logout();
	}

	/** A dialog opened by typing (an error dialog, say) would wait for a click: it is recorded and closed. */
	private void watchForDialogs() {
		display.timerExec(300, () -> {
			if (!watching) {
				return;
			}
			for (Shell open : display.getShells()) {
				if (open != shell && !known.contains(open) && open.isVisible()) {
					escaped.add(where + " \u2192 a dialog opened: " + open.getText() + " " + labels(open));
					open.close();
				}
			}
			watchForDialogs();
		});
	}

	private static String labels(Composite root) {
		StringBuilder text = new StringBuilder();
		for (Control child : root.getChildren()) {
			if (child instanceof Label label) {
				text.append(label.getText()).append(' ');
			} else if (child instanceof Composite composite) {
				text.append(labels(composite));
			}
		}
		return text.toString().strip();
	}

	private static String describe(Throwable e) {
		StackTraceElement[] stack = e.getStackTrace();
		StringBuilder text = new StringBuilder(e.toString());
		for (int i = 0; i < Math.min(4, stack.length); i++) {
			text.append("\n      at ").append(stack[i]);
		}
		return text.toString();
	}

	private Shell shell(String title) {
		shell = new Shell(display);
		shell.setText(title);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1400, 950);
		return shell;
	}

	/** Every Text and editable Combo a user could type into under the root, in tab order of the tree. */
	private static List<Control> fields(Composite root) {
		List<Control> found = new ArrayList<>();
		collect(root, found);
		return found;
	}

	private static void collect(Composite parent, List<Control> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && text.getEditable()
					|| child instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) == 0) {
				found.add(child);
			} else if (child instanceof Composite composite) {
				collect(composite, found);
			}
		}
	}

	private static boolean typeable(String text) {
		return text.length() < 200 && text.chars().allMatch(c -> c >= ' ' && c < 127 || c == '\t' || c == '\r');
	}

	/** Above this many fields (the ASI forms have hundreds) every text arrives as a paste, to keep the run short. */
	private static final int KEY_BY_KEY_UP_TO = 80;
	private boolean keyByKey;

	/** Clears the field, types (or pastes) the text, presses Enter and Tab, as a person does. */
	private void enter(Control field, String text, String name) {
		if (field.isDisposed() || !field.isVisible() || !field.isEnabled()) {
			return;
		}
		where = name + " \u2190 \"" + (text.length() > 20 ? text.substring(0, 20) + "…(" + text.length() + ")" : text) + "\"";
		try {
			driver.focus(field);
			if (field instanceof Text t) {
				t.selectAll(); // what is typed replaces what was there
			} else if (field instanceof Combo c) {
				c.setSelection(new Point(0, c.getText().length()));
			}
			if (keyByKey && typeable(text)) {
				for (char c : text.toCharArray()) {
					driver.press(c);
				}
			} else if (field instanceof Text t) {
				t.insert(text);
			} else if (field instanceof Combo c) {
				c.setText(text);
			}
			driver.flush();
			if (!field.isDisposed() && field.isFocusControl()) {
				driver.press(SWT.CR);
			}
			if (!field.isDisposed() && field.isFocusControl()) {
				driver.press('\t');
			}
		} catch (RuntimeException | Error e) {
			// a listener called straight from the paste above
			escaped.add(where + " \u2192 " + describe(e));
		}
	}

	/** Types every malformed string into every field under the root, re-reading the tree as parts rebuild it. */
	private void typeEverywhere(Composite root, String part) {
		int count = fields(root).size();
		assertTrue(count > 0, part + " has fields to type into");
		keyByKey = count <= KEY_BY_KEY_UP_TO;
		for (String text : MALFORMED) {
			List<Control> fields = fields(root);
			for (int i = 0; i < fields.size(); i++) {
				Control field = fields.get(i);
				Object id = field.getData(WidgetIds.KEY) != null ? field.getData(WidgetIds.KEY)
						: field.getData(FormRenderer.ITEM_KEY) != null ? field.getData(FormRenderer.ITEM_KEY) : "#" + i;
				enter(field, text, part + "/" + id);
			}
		}
		driver.flush();
	}

	private void assertNothingEscaped() {
		assertTrue(escaped.isEmpty(), escaped.size() + " inputs escaped to the display:\n" + String.join("\n", escaped));
	}

	@Test
	void aFieldWhoseListenerThrowsIsCaughtAndNamed() {
		// the harness itself can fail: a listener that breaks on "NaN" is reported with the field and the input
		Text broken = WidgetIds.tag(new Text(shell("harness"), SWT.BORDER), "harness.broken");
		broken.addListener(SWT.Modify, e -> {
			if (broken.getText().contains("NaN")) {
				throw new NumberFormatException("NaN");
			}
		});
		shell.open();
		typeEverywhere(shell, "harness");
		assertTrue(escaped.stream().anyMatch(e -> e.startsWith("harness/harness.broken \u2190 \"NaN\"")
				&& e.contains("NumberFormatException")), String.join("\n", escaped));
		escaped.clear();
	}

	@Test
	void everyInstalledFormTakesMalformedTextInEveryItem() {
		InstrumentRegistry registry = OsgiServices.get(InstrumentRegistry.class);
		List<InstrumentDefinition> definitions = registry.installed().stream().map(InstrumentRegistry.Installed::definition)
				.toList();
		assertTrue(definitions.stream().anyMatch(d -> d.getId().equals("asi.grund")));
		assertTrue(definitions.stream().anyMatch(d -> d.getId().equals("isu.klientfragor")));
		for (InstrumentDefinition definition : definitions) {
			Form form = registry.form(definition.getId(), definition.getVersion(), null).orElseThrow();
			FormRenderer renderer = new FormRenderer(shell(definition.getId()), form, form.newSheet());
			shell.open();
			for (Section section : form.sections()) {
				renderer.show(section); // every section's widgets made
			}
			typeEverywhere(shell, definition.getId());
			shell.dispose();
		}
		assertNothingEscaped();
	}

	@Test
	void theAssessmentEditorStoresNothingTypedUntilSaved() {
		TestUsers.caseWorkerOfTestUnits();
		CaseService cases = OsgiServices.get(CaseService.class);
		AssessmentService assessments = OsgiServices.get(AssessmentService.class);
		IsuCase c = cases.openCase(new NewCase("19700101-1233", "Test", "Felinmatning", "VUX", "Vuxenenheten",
				LocalDate.of(2026, 2, 1)));
		Assessment started = assessments.save(assessments.start(c, null, "asi.grund", Respondent.CLIENT, "anna"), false);
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(AssessmentEditorPart.ASSESSMENT_ID, Long.toString(started.getId()));
		AssessmentEditorPart editor = new AssessmentEditorPart(assessments, part);
		editor.create(shell("assessment"));
		shell.open();
		editor.setFocus();
		// the first section's items: the whole form is covered above
		typeEverywhere(shell, "assessment");
		assertNothingEscaped();
		Assessment stored = assessments.find(started.getId()).orElseThrow();
		assertEquals(0, stored.getAnswers().size(), "typing stores nothing");
		assertEquals(started.getVersion(), stored.getVersion());
		where = "assessment/save draft after the malformed text";
		driver.click(driver.find(shell, WidgetIds.ASSESSMENT_SAVE_DRAFT, org.eclipse.swt.widgets.Button.class));
		assertNothingEscaped();
	}

	@Test
	void theFormCustomisationPartTakesMalformedTextAndStoresNoVersion() {
		TestUsers.caseWorkerOfTestUnits();
		CaseService cases = OsgiServices.get(CaseService.class);
		cases.openCase(new NewCase("19700101-1233", "Test", "Anpassning", "SPA", "Spa", LocalDate.of(2026, 2, 1)));
		TestUsers.as(Role.METHODS_STAFF);
		FormCustomisationService customisation = OsgiServices.get(FormCustomisationService.class);
		int versions = customisation.overlayHistory("SPA", "asi.grund").size();
		FormCustomisationPart part = new FormCustomisationPart(customisation, OsgiServices.get(InstrumentRegistry.class),
				cases);
		part.create(shell("customisation"));
		shell.open();
		part.select("SPA", "asi.grund");
		typeEverywhere(shell, "customisation");
		assertNothingEscaped();
		assertEquals(versions, customisation.overlayHistory("SPA", "asi.grund").size(), "typing stores no version");
	}

	@Test
	void theCaseEditorTakesMalformedTextAndStoresNothingUntilSaved() {
		TestUsers.caseWorkerOfTestUnits();
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase c = cases.openCase(new NewCase("20121212-1212", "Tolvan", "Felinmatning", "EDT", "Editortest",
				LocalDate.of(2026, 2, 1)));
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(CaseEditorPart.CASE_NUMBER, c.getCaseNumber());
		CaseEditorPart editor = new CaseEditorPart(cases, OsgiServices.get(AssessmentService.class),
				OsgiServices.get(InstrumentRegistry.class), OsgiServices.get(OccasionPlanner.class), part);
		editor.create(shell("case editor"));
		shell.open();
		typeEverywhere(shell, "case editor");
		assertNothingEscaped();
		assertEquals(c.getVersion(), cases.findCase(c.getCaseNumber()).orElseThrow().getVersion(), "typing stores nothing");
	}

	@Test
	void theCompileViewTakesMalformedText() {
		TestUsers.as(Role.SYSTEM_ADMIN, () -> OsgiServices.get(DemoDataService.class).generate(30, 5));
		TestUsers.as(Role.ANALYST);
		CompilationService compilations = OsgiServices.get(CompilationService.class);
		int saved = compilations.saved().size();
		CompilePart part = new CompilePart(compilations, OsgiServices.get(CaseService.class));
		part.create(shell("compile"));
		shell.open();
		typeEverywhere(shell, "compile");
		assertNothingEscaped();
		assertEquals(saved, compilations.saved().size(), "typing saves no compilation");
	}

	@Test
	void theReportGalleryTakesMalformedText() {
		TestUsers.as(Role.METHODS_STAFF);
		ReportService reports = OsgiServices.get(ReportService.class);
		int templates = reports.templates().size();
		ReportGalleryPart part = new ReportGalleryPart(reports, OsgiServices.get(CaseService.class),
				OsgiServices.get(Session.class));
		part.create(shell("reports"));
		shell.open();
		typeEverywhere(shell, "reports");
		assertNothingEscaped();
		assertEquals(templates, reports.templates().size());
	}
}
