package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.instrument.api.FormView;
import se.isu.instrument.ui.api.AnswerText;
import se.isu.instrument.ui.api.ItemRenderer;
import se.isu.model.valueset.ValueSets;
import se.isu.testkit.SwtDriver;

/**
 * Plugins' item renderers (decision 94) in a real window: the highest rank takes an item, its control reaches the
 * form only through the answer text, and a renderer that fails leaves the built-in field with nothing lost.
 */
class PluginItemRendererTest {

	/** Widget data key the test renderers put on their buttons: the code a button stands for. */
	private static final String CODE = "test.code";

	private Display display;
	private SwtDriver driver;
	private Shell shell;
	private Form form;

	@BeforeEach
	void window() {
		display = Display.getDefault();
		driver = new SwtDriver(display);
		shell = new Shell(display);
		shell.setText("PluginItemRendererTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 900, 900);
		form = new Form(InstrumentDefinitions.load(PluginItemRendererTest.class, "forms/every-type.xmi"),
				ValueSets.standard()::find, new Locale("sv", "SE"), 0);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private FormRenderer render(ItemRenderer... renderers) {
		FormRenderer renderer = new FormRenderer(shell, form, form.newSheet(), new ItemRenderers(List.of(renderers)));
		shell.open();
		driver.flush();
		return renderer;
	}

	@Test
	void theHighestRankTakesTheItemAndItsButtonsAnswerThroughTheCodeField() {
		Buttons low = new Buttons("SCALE", 1);
		Buttons high = new Buttons("SCALE", 5);
		FormRenderer renderer = render(low, high, new Buttons("SCALE", ItemRenderer.NOT_FOR_ME));

		assertEquals(List.of("SC"), high.rendered, "the higher rank made the scale's control");
		assertEquals(List.of(), low.rendered);
		List<Button> buttons = buttons(shell);
		assertEquals(List.of("0", "1", "2", "3", "4"), buttons.stream().map(b -> (String) b.getData(CODE)).toList(),
				"one button per option of the scale, the other items keep the built-in field");

		driver.click(buttons.get(3));
		assertEquals("3", renderer.input("SC").orElseThrow().getText(), "the control sets the text of the code field");
		assertEquals("3", renderer.answers().get("SC").orElseThrow().value(), "parsed as if typed");
		assertEquals("\u2192 3 (Stort problem)", renderer.hint("SC"), "the field's meaning line as for a typed code");
		assertTrue(renderer.isDirty());

		retype(renderer, "SC", "1");
		assertEquals("1", renderer.answers().get("SC").orElseThrow().value());
		assertEquals(List.of(false, true, false, false, false), buttons.stream().map(Button::getSelection).toList(),
				"the control follows a typed code");

		retype(renderer, "SC", "7");
		assertEquals("7", renderer.typedTexts().get("SC"), "a broken rule's text stays for the draft");
		assertTrue(renderer.invalidItems().containsKey("SC"));
		assertTrue(buttons.stream().noneMatch(Button::getSelection));

		renderer.retype(Map.of("SC", "2"));
		assertEquals("2", renderer.answers().get("SC").orElseThrow().value(), "a draft restored");
		assertTrue(buttons.get(2).getSelection(), "the control follows a restored draft");
		driver.screenshot(shell, Path.of("target", "screenshots", "plugin-item-renderer.png"));
	}

	@Test
	void aHiddenItemHidesThePluginControlWithIt() {
		Buttons text = new Buttons("TEXT", 3);
		FormRenderer renderer = render(text);
		renderer.input("T1"); // the second section's item is rendered too
		assertEquals(List.of("Y2", "T1"), text.rendered);
		Control y2Control = buttons(shell).stream().filter(b -> "Y2".equals(b.getParent().getData(CODE)))
				.findFirst().orElseThrow().getParent();
		assertFalse(y2Control.getVisible(), "Y2 is shown only when Y1 = 1");
		driver.type(renderer.input("Y1").orElseThrow(), "1");
		assertTrue(y2Control.getVisible());
		driver.type(renderer.input("Y1").orElseThrow(), "\b0");
		assertFalse(y2Control.getVisible());
		assertFalse(renderer.input("Y2").orElseThrow().getVisible());
	}

	@Test
	void aRendererThatFailsLeavesTheBuiltInFieldAndNothingTypedIsLost() {
		ItemRenderer throwsOnRank = new ItemRenderer() {
			@Override
			public int rank(FormView view, FormView.Item item) {
				throw new IllegalStateException("rank broke");
			}

			@Override
			public void render(Composite parent, FormView view, FormView.Item item, AnswerText answer) {
				throw new AssertionError("never chosen");
			}
		};
		List<String> followed = new ArrayList<>();
		ItemRenderer throwsOnRender = new ItemRenderer() {
			@Override
			public int rank(FormView view, FormView.Item item) {
				return item.id().equals("N1") ? 9 : NOT_FOR_ME;
			}

			@Override
			public void render(Composite parent, FormView view, FormView.Item item, AnswerText answer) {
				new Button(parent, SWT.PUSH).setText("half made");
				answer.onChange(followed::add);
				throw new IllegalStateException("render broke");
			}
		};
		ItemRenderer throwsOnChange = new ItemRenderer() {
			@Override
			public int rank(FormView view, FormView.Item item) {
				return item.id().equals("D1") ? 9 : NOT_FOR_ME;
			}

			@Override
			public void render(Composite parent, FormView view, FormView.Item item, AnswerText answer) {
				parent.setLayout(new RowLayout());
				new Button(parent, SWT.PUSH).setText("stale");
				answer.onChange(text -> {
					throw new IllegalStateException("follow broke");
				});
			}
		};
		FormRenderer renderer = render(throwsOnRank, throwsOnRender, throwsOnChange);

		assertEquals(List.of("stale"), buttons(shell).stream().map(Button::getText).toList(),
				"the half-made control is gone; the working one stays");
		driver.type(renderer.input("N1").orElseThrow(), "42");
		assertEquals("42", renderer.answers().get("N1").orElseThrow().value(), "the built-in field works");
		assertEquals(List.of(), followed, "a failed renderer is not called again");
		driver.type(renderer.input("D1").orElseThrow(), "7");
		assertEquals("7", renderer.answers().get("D1").orElseThrow().value(), "a control that fails to follow loses nothing");
	}

	@Test
	void withoutPluginsTheFormHasOnlyItsOwnFields() {
		FormRenderer renderer = render();
		assertEquals(List.of(), buttons(shell));
		assertNull(renderer.input("SC").orElseThrow().getData(CODE));
	}

	/** Types over what stands in the field, as a person selecting it first would. */
	private void retype(FormRenderer renderer, String item, String text) {
		org.eclipse.swt.widgets.Text input = renderer.input(item).orElseThrow();
		driver.focus(input);
		input.selectAll();
		driver.type(input, text);
	}

	/** A renderer giving every option of the items of one type a toggle button, as a plugin's ladder does. */
	private static final class Buttons implements ItemRenderer {
		final String type;
		final int rank;
		final List<String> rendered = new ArrayList<>();

		Buttons(String type, int rank) {
			this.type = type;
			this.rank = rank;
		}

		@Override
		public int rank(FormView view, FormView.Item item) {
			return item.type().equals(type) ? rank : NOT_FOR_ME;
		}

		@Override
		public void render(Composite parent, FormView view, FormView.Item item, AnswerText answer) {
			rendered.add(item.id());
			parent.setLayout(new RowLayout());
			parent.setData(CODE, item.id());
			List<String> codes = item.options().isEmpty() ? List.of("a", "b") : item.options().stream().map(FormView.Option::code).toList();
			List<Button> buttons = new ArrayList<>();
			for (String code : codes) {
				Button button = new Button(parent, SWT.TOGGLE);
				button.setText(code);
				button.setData(CODE, code);
				button.addListener(SWT.Selection, e -> answer.set(code));
				buttons.add(button);
			}
			answer.onChange(text -> buttons.forEach(b -> b.setSelection(b.getData(CODE).equals(text))));
		}
	}

	private static List<Button> buttons(Composite root) {
		List<Button> found = new ArrayList<>();
		collect(root, found);
		return found;
	}

	private static void collect(Composite parent, List<Button> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button b) {
				found.add(b);
			}
			if (child instanceof Composite c) {
				collect(c, found);
			}
		}
	}

}
