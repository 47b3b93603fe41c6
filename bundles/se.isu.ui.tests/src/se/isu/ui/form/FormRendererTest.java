package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
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

/** The generic form renderer in a real window, driven by posted key presses as a person would type. */
class FormRendererTest {

	private Display display;
	private SwtDriver driver;
	private Shell shell;
	private FormRenderer renderer;

	@BeforeEach
	void render() {
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("FormRendererTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 900, 900);
		Form form = new Form(InstrumentDefinitions.load(FormRendererTest.class, "forms/every-type.xmi"),
				ValueSets.standard()::find, new Locale("sv", "SE"), 0);
		renderer = new FormRenderer(shell, form, form.newSheet());
		shell.open();
		driver.flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private Text input(String item) {
		return renderer.input(item).orElseThrow();
	}

	private String hint(String item) {
		return renderer.hint(item);
	}

	@Test
	void typedCodesAreReadAtOnceAndTabAndEnterMoveToTheNextItem() {
		driver.type(input("N1"), "42");
		driver.press('\t');
		assertSame(input("D1"), display.getFocusControl(), "Tab goes to the next item");
		driver.type(input("D1"), "7");
		driver.press(SWT.CR);
		assertSame(input("M1"), display.getFocusControl(), "Enter goes on too");
		driver.type(input("C1"), "2");
		driver.type(input("SC"), "3");
		assertEquals("42", renderer.answers().get("N1").orElseThrow().value());
		assertEquals("\u2192 2 Två", hint("C1"));
		assertEquals("\u2192 3 (Stort problem)", hint("SC"), "a scale value shows its band");
		assertEquals("49", input("CP").getText(), "computed N1 + D1");
		assertFalse(input("CP").getEditable());
		assertTrue(renderer.isDirty());
	}

	@Test
	void aMissingCodeIsTypedByItsKeyAndShownWithItsMeaning() {
		driver.type(input("D1"), "x");
		assertEquals("X", renderer.answers().get("D1").orElseThrow().missingCode());
		assertEquals("\u2192 X Ej besvarad", hint("D1"));
		driver.type(input("M1"), "N");
		assertEquals("N", renderer.answers().get("M1").orElseThrow().missingCode());
	}

	@Test
	void textThatBreaksARuleStaysInTheFieldMarkedAndIsNotAnAnswer() {
		driver.type(input("D1"), "45");
		assertEquals("45", input("D1").getText(), "nothing typed is thrown away");
		assertTrue(hint("D1").contains("45 ligger utanför det tillåtna intervallet 0–30"), hint("D1"));
		assertTrue(renderer.answers().get("D1").isEmpty());
		assertEquals(java.util.Set.of("D1"), renderer.invalidItems().keySet());
		driver.press(SWT.BS);
		assertTrue(renderer.invalidItems().isEmpty());
		assertEquals("4", renderer.answers().get("D1").orElseThrow().value());
	}

	@Test
	void skipLogicShowsAndHidesAnItemAndClearsItsAnswer() {
		assertFalse(input("Y2").getVisible(), "Y2 is asked only after a yes to Y1");
		driver.type(input("Y1"), "j");
		assertTrue(input("Y2").getVisible());
		driver.type(input("Y2"), "hos syster");
		assertEquals("hos syster", renderer.answers().get("Y2").orElseThrow().value());
		driver.type(input("Y1"), "\b0");
		assertFalse(input("Y2").getVisible());
		assertEquals("", input("Y2").getText());
		assertTrue(renderer.answers().get("Y2").isEmpty(), "a hidden question's answer is cleared");
	}

	@Test
	void eachSectionShowsItsProgress() {
		assertEquals("0 av 8 besvarade", renderer.progress("S").orElseThrow(), "9 items minus the computed one, Y2 hidden");
		driver.type(input("N1"), "1");
		driver.type(input("K1"), "3,1");
		assertEquals("2 av 8 besvarade", renderer.progress("S").orElseThrow());
		assertEquals("1;3", renderer.answers().get("K1").orElseThrow().value());
		assertEquals("0 av 1 besvarade", renderer.progress("T").orElseThrow());
	}

	@Test
	void tabFromTheLastItemOfASectionContinuesInTheNextSection() {
		assertEquals("S", renderer.currentSection().getId());
		driver.type(input("DT"), "2026-03-01");
		driver.press('\t');
		assertEquals("T", renderer.currentSection().getId(), "the computed CP takes no input, so T1 is next");
		assertSame(input("T1"), display.getFocusControl());
		driver.press('\t', SWT.SHIFT);
		assertEquals("S", renderer.currentSection().getId());
		assertSame(input("DT"), display.getFocusControl());
	}
}
