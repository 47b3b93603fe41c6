package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.model.valueset.ValueSets;
import se.isu.testkit.SwtDriver;

/**
 * A repeating group (substances) and a grid (behaviours) in the real renderer in a real window, typed into with
 * posted key presses: rows added from the keyboard, typed, removed (asked first when they hold answers), a skip
 * rule inside a row, a draft's typed texts (rows and a broken rule included) put back into a new renderer.
 */
class GroupsRendererTest {

	private Display display;
	private SwtDriver driver;
	private Shell shell;
	private Form form;
	private FormRenderer renderer;
	private final List<String> asked = new ArrayList<>();

	@BeforeEach
	void render() {
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("GroupsRendererTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 900, 900);
		form = new Form(InstrumentDefinitions.load(GroupsRendererTest.class, "forms/groups.xmi"), ValueSets.standard()::find,
				new Locale("sv", "SE"), 0);
		renderer = new FormRenderer(shell, form, form.newSheet());
		renderer.setRemovalConfirmation(title -> {
			asked.add(title);
			return true;
		});
		shell.open();
		driver.flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private Text input(String id) {
		return renderer.input(id).orElseThrow(() -> new AssertionError("no field " + id));
	}

	private Button add() {
		return renderer.addButton("drug").orElseThrow();
	}

	private Button remove(int row) {
		return renderer.removeButton("drug", row).orElseThrow(() -> new AssertionError("no row " + row));
	}

	@Test
	void rowsAreAddedFromTheKeyboardTypedAndStoredUnderTheirRow() {
		assertEquals(0, renderer.rowCount("drug"));
		assertEquals("Lägg till substans", add().getText(), "the button says what a row is, Swedish first");
		driver.type(input("F1"), "1");
		driver.press('\t');
		assertSame(add(), display.getFocusControl(), "Tab from F1 reaches the add button of the empty group");
		driver.press(SWT.CR);
		assertEquals(1, renderer.rowCount("drug"));
		assertSame(input("drug[1].substance"), display.getFocusControl(), "a new row puts the cursor in its first field");
		driver.type(input("drug[1].substance"), "2");
		driver.press('\t');
		driver.type(input("drug[1].days"), "12");
		driver.type(input("drug[1].route"), "1");
		assertFalse(input("drug[1].needle").getVisible(), "row 1 was smoked: the needle question is not asked");
		driver.type(input("drug[1].primary"), "1");
		driver.press('\t');
		assertSame(add(), display.getFocusControl(), "after the last row, Tab reaches the add button");
		driver.press(SWT.CR);
		driver.type(input("drug[2].substance"), "3");
		driver.type(input("drug[2].days"), "4");
		driver.type(input("drug[2].route"), "3");
		assertTrue(input("drug[2].needle").getVisible(), "row 2 was injected: its own route shows the question");
		assertFalse(input("drug[1].needle").getVisible(), "row 1 still reads its own route");
		driver.type(input("drug[2].needle"), "0");

		assertEquals("2", renderer.answers().get("drug[1].substance").orElseThrow().value());
		assertEquals("12", renderer.answers().get("drug[1].days").orElseThrow().value());
		assertEquals("0", renderer.answers().get("drug[2].needle").orElseThrow().value());
		assertEquals("\u2192 3 Amfetamin", renderer.hint("drug[2].substance"));
		assertEquals("Huvudsubstans", form.field("drug[2].primary").orElseThrow().label());
		assertTrue(renderer.isDirty());
		for (int i = 0; i < 5; i++) {
			try {
				Thread.sleep(60); // GTK paints on its frame clock: let the last keys reach the screen before it is copied
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			driver.flush();
		}
		driver.screenshot(shell, Path.of("target", "screenshots", "form-repeating-group.png"));
	}

	@Test
	void removingARowWithAnswersAsksAndTheRowsAfterItMoveUpWithWhatWasTyped() {
		for (int r = 1; r <= 3; r++) {
			driver.click(add());
		}
		// row 3 ends up empty; row 1 answered; row 2 holds a text that breaks a rule, which must not be lost
		driver.type(input("drug[1].substance"), "1");
		driver.type(input("drug[2].substance"), "4");
		driver.type(input("drug[2].days"), "45");
		assertEquals(Map.of("drug[2].days", renderer.invalidItems().get("drug[2].days")), renderer.invalidItems());

		driver.click(remove(3));
		assertEquals(List.of(), asked, "an empty row goes without a question");
		assertEquals(2, renderer.rowCount("drug"));

		driver.click(remove(1));
		assertEquals(List.of("Substans 1"), asked, "a row with answers is asked about, by its title");
		assertEquals(1, renderer.rowCount("drug"));
		assertEquals("4", input("drug[1].substance").getText(), "row 2 moved up");
		assertEquals("45", input("drug[1].days").getText(), "with the text that breaks a rule");
		assertTrue(renderer.invalidItems().containsKey("drug[1].days"), renderer.invalidItems().toString());
		assertEquals("4", renderer.answers().get("drug[1].substance").orElseThrow().value());
		assertFalse(renderer.answers().get("drug[2].substance").isPresent());
		assertTrue(renderer.input("drug[2].substance").isEmpty());

		List<String> refused = new ArrayList<>();
		renderer.setRemovalConfirmation(title -> refused.add(title) && false);
		driver.click(remove(1));
		assertEquals(List.of("Substans 1"), refused);
		assertEquals(1, renderer.rowCount("drug"), "Nej keeps the row");
		assertEquals("45", input("drug[1].days").getText());

		// from the keyboard: Ctrl+Delete in a row's field asks the same question
		driver.focus(input("drug[1].substance"));
		driver.press(SWT.DEL, SWT.MOD1);
		driver.flush();
		assertEquals(List.of("Substans 1", "Substans 1"), refused, "Ctrl+Delete asks too");
		assertEquals(1, renderer.rowCount("drug"));
		renderer.setRemovalConfirmation(title -> true);
		driver.focus(input("drug[1].substance"));
		driver.press(SWT.DEL, SWT.MOD1);
		driver.flush();
		assertEquals(0, renderer.rowCount("drug"), "Ctrl+Delete removed the row");
	}

	@Test
	void aDraftBringsBackItsRowsAndEveryTypedText() {
		driver.click(add());
		driver.click(add());
		driver.type(input("drug[1].substance"), "2");
		driver.type(input("drug[2].days"), "99");
		driver.type(input("B2"), "9");
		Map<String, String> draft = renderer.typedTexts();
		assertEquals("99", draft.get("drug[2].days"));
		assertEquals("", draft.get("drug[2].substance"));

		Shell other = new Shell(display);
		try {
			other.setLayout(new FillLayout());
			other.setBounds(0, 0, 900, 900);
			FormRenderer restored = new FormRenderer(other, form, form.newSheet());
			other.open();
			restored.retype(draft);
			driver.flush();
			assertEquals(2, restored.rowCount("drug"), "the empty second row's place comes back");
			assertEquals(draft, restored.typedTexts());
			assertTrue(restored.invalidItems().containsKey("drug[2].days"), "the broken rule is marked again");
			assertEquals("9", restored.answers().get("B2").orElseThrow().value());
		} finally {
			other.dispose();
		}
	}

	/** The labels after a grid row's field, up to the next row's label: its marks under the choices. */
	private static List<org.eclipse.swt.widgets.Control> cellsOf(Text input) {
		List<org.eclipse.swt.widgets.Control> siblings = List.of(input.getParent().getChildren());
		int at = siblings.indexOf(input);
		return siblings.subList(at + 1, at + 4);
	}

	private static List<String> marks(Text input) {
		return cellsOf(input).stream().map(c -> ((org.eclipse.swt.widgets.Label) c).getText()).toList();
	}

	@Test
	void aGridIsATableTypedByCodeWithTheChoiceMarked() throws Exception {
		renderer.show(form.sections().get(1));
		driver.type(input("B1"), "1");
		driver.press('\t');
		assertSame(input("B2"), display.getFocusControl(), "Tab moves down the grid's rows");
		driver.type(input("B2"), "2");
		driver.press(SWT.CR);
		driver.type(input("B3"), "1");
		driver.type(input("B4"), "9");
		driver.type(input("B5"), "x");
		assertEquals("1", renderer.answers().get("B1").orElseThrow().value());
		assertEquals("X", renderer.answers().get("B5").orElseThrow().missingCode());
		assertEquals("", renderer.hint("B1"), "the mark in the Ja column says it; no line under the row");
		assertEquals("\u2192 X Ej besvarad", renderer.hint("B5"));
		assertEquals("5 av 5 besvarade", renderer.progress("G").orElseThrow());
		assertEquals(List.of("\u25cf", "", ""), marks(input("B1")), "B1 = 1: the mark under Ja");
		assertEquals(List.of("", "", "\u25cf"), marks(input("B4")), "B4 = 9: under Vet ej");
		assertEquals(List.of("", "", ""), marks(input("B5")), "a missing code is no choice");
		org.eclipse.swt.widgets.Label jaMark = (org.eclipse.swt.widgets.Label) cellsOf(input("B1")).get(0);
		assertTrue(jaMark.getSize().x > 0, "the mark's column has room");
		for (int i = 0; i < 5; i++) {
			Thread.sleep(60); // GTK paints on its frame clock: let the last keys reach the screen before it is copied
			driver.flush();
		}
		Path shot = driver.screenshot(shell, Path.of("target", "screenshots", "form-grid.png"));
		assertTrue(Files.size(shot) > 0);
		// the scores count the ja over the grid
		se.isu.model.instrument.ScoreDefinition ja = form.definition().getScores().get(0);
		assertEquals(null, se.isu.core.instrument.DeclarativeScoring.value(ja, renderer.answers()), "B5 is X: the count is missing");
		driver.type(input("B5"), "\b2");
		assertEquals(2.0, se.isu.core.instrument.DeclarativeScoring.value(ja, renderer.answers()));
	}
}
