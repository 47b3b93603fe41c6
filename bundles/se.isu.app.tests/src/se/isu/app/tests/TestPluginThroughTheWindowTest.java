package se.isu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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
 * Issue 13's test plugin in the running workbench: an instrument built on the API only (family respondent, 1–10
 * ratings), its own part from fragment.e4xmi under Uppföljning, and its own item renderer (a ladder). The plugin is
 * in this test runtime only; the product, app, ui and core do not name it.
 */
class TestPluginThroughTheWindowTest {

	private static final String TITLE = "ISU Workbench – Hanna Handläggare (Handläggare)";
	/** The test plugin's ids (spelt out: this fragment does not import the plugin). */
	private static final String MENU_ITEM = "se.isu.testplugin.instrument.ui.menuitem.familyratings";
	private static final String PART = "se.isu.testplugin.instrument.ui.partdescriptor.familyratings";
	private static final String LADDER_CODE = "se.isu.testplugin.ladder.code";
	private static final String PART_WIDGET = "se.isu.testplugin.id";

	private final Display display = Display.getCurrent();
	private final SwtDriver driver = new SwtDriver(display);

	@Test
	void thePluginsPartOpensFromItsMenuEntryUnderUppfoljning() {
		Shell window = driver.waitForShell(TITLE);
		MWindow model = (MWindow) window.getData("modelElement");
		MApplication application = model.getContext().get(MApplication.class);
		List<MHandledMenuItem> items = model.getContext().get(EModelService.class).findElements(application, MENU_ITEM,
				MHandledMenuItem.class, null, EModelService.IN_MAIN_MENU);
		assertEquals(1, items.size(), "the fragment's menu entry merged into the model once");
		MUIElement parent = (MUIElement) ((org.eclipse.emf.ecore.EObject) items.get(0)).eContainer();
		assertEquals("se.isu.app.menu.followup", parent.getElementId(), "under Uppföljning, the published id");

		MenuItem entry = menuEntry(window, "Uppföljning", "Familjeskattningar");
		entry.notifyListeners(SWT.Selection, new Event());
		driver.flush();
		EPartService parts = model.getContext().get(EPartService.class);
		driver.waitUntil(() -> parts.getActivePart() != null && PART.equals(parts.getActivePart().getElementId()),
				"the plugin's part active");
		MPart part = parts.getActivePart();
		assertEquals("Familjeskattningar", part.getLabel(), "the plugin's own Swedish text");
		assertEquals("se.isu.app.stack.editors", ((MUIElement) ((org.eclipse.emf.ecore.EObject) part).eContainer()).getElementId());
		Label title = find((Composite) part.getWidget(), Label.class, l -> "title".equals(l.getData(PART_WIDGET)));
		assertEquals("Familjeskattningar", title.getText());
		driver.screenshot(window, Path.of("target", "screenshots", "testplugin-part.png"));

		// a second choice of the entry brings the same part forward
		entry = menuEntry(window, "Uppföljning", "Familjeskattningar");
		entry.notifyListeners(SWT.Selection, new Event());
		driver.flush();
		assertSame(part, parts.getActivePart());
		parts.hidePart(part);
	}

	@Test
	void theFamilysRatingIsPickedOnThePluginsLadderAndStored() {
		Shell window = driver.waitForShell(TITLE);
		MWindow model = (MWindow) window.getData("modelElement");
		CaseService cases = OsgiServices.get(CaseService.class);
		IsuCase closed = cases.findCases(new CaseFilter(null, CaseStatus.CLOSED, null, null, 500)).stream()
				.filter(c -> !c.getClient().isProtectedIdentity())
				.map(c -> cases.findCase(c.getCaseNumber()).orElseThrow())
				.filter(c -> c.getOccasions().stream().anyMatch(o -> o.getKind() == OccasionKind.DISCHARGE
						&& o.getStatus() == OccasionStatus.DONE))
				.skip(1).findFirst().orElseThrow(() -> new AssertionError("demo data has closed cases with a done discharge"));
		EPartService parts = model.getContext().get(EPartService.class);
		CaseEditors.open(parts, model.getContext().get(EModelService.class), model.getContext().get(MApplication.class),
				closed.getCaseNumber());
		driver.flush();
		int discharge = closed.getOccasions().indexOf(closed.getOccasions().stream()
				.filter(o -> o.getKind() == OccasionKind.DISCHARGE).findFirst().orElseThrow());

		AtomicReference<Throwable> dialogFailure = new AtomicReference<>();
		driver.whenShellOpens("Ny bedömning", dialog -> {
			try {
				List<Combo> combos = all(dialog, Combo.class);
				driver.select(combos.get(0), "Utskrivning");
				driver.select(combos.get(1), "Familjeskattning");
				Combo respondent = driver.find(dialog, WidgetIds.NEW_ASSESSMENT_RESPONDENT, Combo.class);
				assertEquals(List.of("familj/närstående"), List.of(respondent.getItems()), "the form is the family's");
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

		Map<String, List<Button>> ladders = all((Composite) part.getWidget(), Button.class).stream()
				.filter(b -> b.getData(LADDER_CODE) != null)
				.collect(Collectors.groupingBy(TestPluginThroughTheWindowTest::itemOf));
		assertEquals(2, ladders.size(), "a ladder for each of the two ratings, none for the comment: " + ladders.keySet());
		List<Button> f1 = ladders.get("F1");
		assertNotNull(f1, "F1 has the plugin's ladder");
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
				f1.stream().map(b -> (String) b.getData(LADDER_CODE)).toList());

		// the mouse: a click on 7
		driver.click(f1.get(6));
		assertEquals("7", form.input("F1").orElseThrow().getText(), "the ladder answers through the code field");
		assertEquals("\u2192 7 (Blandat)", form.hint("F1"));
		assertTrue(part.isDirty(), "unsaved answers make the editor dirty");

		// the keyboard: from 5, one step right, then the digit 8, then Enter goes on to the comment
		List<Button> f2 = ladders.get("F2");
		driver.focus(f2.get(4));
		driver.press(SWT.ARROW_RIGHT);
		assertEquals("6", form.input("F2").orElseThrow().getText());
		driver.press('8');
		assertEquals("8", form.input("F2").orElseThrow().getText());
		assertTrue(f2.get(7).getSelection() && f2.stream().filter(Button::getSelection).count() == 1, "8 pressed, only 8");
		driver.press(SWT.CR);
		assertSame(form.input("F3").orElseThrow(), display.getFocusControl(), "Enter on the ladder goes on to the next item");
		// and a typed code moves the ladder
		org.eclipse.swt.widgets.Text f1Field = form.input("F1").orElseThrow();
		driver.focus(f1Field);
		f1Field.selectAll(); // typed over, as a person selecting the field first
		driver.type(f1Field, "9");
		assertTrue(f1.get(8).getSelection() && f1.stream().filter(Button::getSelection).count() == 1, "the ladder follows 9");
		driver.click(f1.get(6));
		driver.screenshot(window, Path.of("target", "screenshots", "testplugin-ladder.png"));

		// the repeating group: a row per important relation, its rating on the plugin's ladder as well
		driver.click(form.addButton("relation").orElseThrow());
		assertEquals(1, form.rowCount("relation"));
		driver.type(form.input("relation[1].who").orElseThrow(), "3");
		List<Button> rowLadder = all((Composite) part.getWidget(), Button.class).stream()
				.filter(b -> b.getData(LADDER_CODE) != null && itemOf(b).equals("relation[1].rating")).toList();
		assertEquals(10, rowLadder.size(), "the plugin's ladder in the group's row too");
		driver.click(rowLadder.get(5));
		assertEquals("6", form.input("relation[1].rating").orElseThrow().getText(), "answered through the row's field");
		// the grid: each event typed by its code, ja/nej/vet ej
		driver.type(form.input("H1").orElseThrow(), "1");
		driver.type(form.input("H2").orElseThrow(), "2");
		driver.type(form.input("H3").orElseThrow(), "9");
		driver.screenshot(window, Path.of("target", "screenshots", "testplugin-grid.png"));

		driver.click(driver.find((Composite) part.getWidget(), WidgetIds.ASSESSMENT_COMPLETE, Button.class));
		Assessment stored = OsgiServices.get(AssessmentService.class).find(editor.currentAssessment().getId()).orElseThrow();
		assertEquals(AssessmentStatus.COMPLETE, stored.getStatus(), "saved as complete");
		assertEquals("test.familjeskattning", stored.getInstrumentId());
		assertEquals(Respondent.FAMILY, stored.getRespondent());
		Map<String, String> answers = stored.getAnswers().stream().collect(Collectors.toMap(Answer::getItemId, Answer::getValue));
		assertEquals(Map.of("F1", "7", "F2", "8", "relation[1].who", "3", "relation[1].rating", "6", "H1", "1", "H2", "2",
				"H3", "9"), answers, "the values chosen on the ladders, the group's row and the grid are the stored answers");
		assertEquals(1.0, score(stored, "test.familj.relationer"), 1e-9, "one relation row");
		assertEquals(1.0, score(stored, "test.familj.handelser"), 1e-9, "one ja in the grid");
		assertEquals(7.5, stored.getScores().stream().filter(s -> s.getScoreId().equals("test.familj.medel")).findFirst()
				.orElseThrow().getValue().doubleValue(), 1e-9, "the declared 1–10 mean");
		parts.hidePart(part);
		parts.hidePart(caseEditor);
	}

	@Test
	void theTestPluginIsWiredToTheTwoApisOnlyAndNothingOfOursNamesIt() {
		org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext();
		List<org.osgi.framework.Bundle> plugin = java.util.Arrays.stream(context.getBundles())
				.filter(b -> b.getSymbolicName().startsWith("se.isu.testplugin.")).toList();
		assertEquals(2, plugin.size(), "the form bundle and its .ui bundle are in this runtime");
		for (org.osgi.framework.Bundle bundle : plugin) {
			List<String> ours = bundle.adapt(org.osgi.framework.wiring.BundleWiring.class)
					.getRequiredWires(null).stream().map(w -> w.getProvider().getBundle().getSymbolicName())
					.filter(name -> name.startsWith("se.isu.")).distinct().sorted().toList();
			assertTrue(List.of("se.isu.instrument.api", "se.isu.instrument.ui.api").containsAll(ours),
					bundle.getSymbolicName() + " uses only the APIs of ours: " + ours);
		}
		for (org.osgi.framework.Bundle bundle : context.getBundles()) {
			if (bundle.getSymbolicName().startsWith("se.isu.") && !bundle.getSymbolicName().startsWith("se.isu.testplugin.")
					&& bundle.adapt(org.osgi.framework.wiring.BundleWiring.class) != null) {
				List<String> toPlugin = bundle.adapt(org.osgi.framework.wiring.BundleWiring.class).getRequiredWires(null)
						.stream().map(w -> w.getProvider().getBundle().getSymbolicName())
						.filter(name -> name.startsWith("se.isu.testplugin.")).toList();
				assertEquals(List.of(), toPlugin, bundle.getSymbolicName() + " does not depend on the test plugin");
			}
		}
	}

	private static double score(Assessment assessment, String id) {
		return assessment.getScores().stream().filter(s -> s.getScoreId().equals(id)).findFirst().orElseThrow().getValue()
				.doubleValue();
	}

	/** The item whose ladder a button is on: the answer field in the row above the ladder's row. */
	private static String itemOf(Button ladderButton) {
		Control row = ladderButton.getParent();
		List<Control> siblings = List.of(row.getParent().getChildren());
		for (int i = siblings.indexOf(row) - 1; i >= 0; i--) {
			if (siblings.get(i).getData(FormRenderer.ITEM_KEY) != null) {
				return (String) siblings.get(i).getData(FormRenderer.ITEM_KEY);
			}
		}
		throw new AssertionError("no answer field above the ladder");
	}

	/** The SWT entry of a main-menu menu, after the menu was filled as showing it does. */
	private MenuItem menuEntry(Shell window, String menuText, String entryText) {
		for (MenuItem top : window.getMenuBar().getItems()) {
			if (top.getText().replace("&", "").equals(menuText)) {
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				driver.flush();
				for (MenuItem item : menu.getItems()) {
					if (item.getText().replace("&", "").startsWith(entryText)) {
						menu.notifyListeners(SWT.Hide, new Event());
						return item;
					}
				}
				throw new AssertionError("no entry " + entryText + " in " + menuText + ": "
						+ java.util.Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
			}
		}
		throw new AssertionError("no menu " + menuText);
	}

	private static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
		return all(root, type).stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("no such " + type.getSimpleName()));
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
