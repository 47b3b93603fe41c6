package se.isu.ui.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentDefinitions;
import se.isu.model.valueset.ValueSets;
import se.isu.testkit.SwtDriver;
import se.isu.ui.WidgetIds;

/**
 * A form in an editor half a screen wide (an assessment beside the case list): the questions keep readable lines. Long
 * section names made the section list keep ~300 px and squeezed the question labels to a few visible characters.
 */
class FormRendererNarrowTest {

	private final Display display = Display.getDefault();
	private final SwtDriver driver = new SwtDriver(display);
	private Shell shell;

	@AfterEach
	void close() {
		shell.dispose();
	}

	private FormRenderer render(int width) {
		shell = new Shell(display);
		shell.setText("FormRendererNarrowTest");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, width, 700);
		Form form = new Form(InstrumentDefinitions.load(FormRendererNarrowTest.class, "forms/long-sections.xmi"),
				ValueSets.standard()::find, Locale.forLanguageTag("sv-SE"), 0);
		FormRenderer renderer = new FormRenderer(shell, form, form.newSheet());
		shell.open();
		driver.flush();
		return renderer;
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 560, 690, 900, 1400 })
	void everyLineOfAQuestionIsShownWholeAtThisWidth(int width) {
		FormRenderer renderer = render(width);
		List<String> clipped = new ArrayList<>();
		GC gc = new GC(shell);
		try {
			for (Label label : questionLabels(renderer.control())) {
				for (String line : label.getText().split("\n")) {
					int needed = gc.textExtent(line).x;
					if (needed > label.getSize().x + 1) {
						clipped.add("'" + line + "' needs " + needed + " px, has " + label.getSize().x);
					}
				}
			}
		} finally {
			gc.dispose();
		}
		driver.screenshot(shell, Path.of("target", "screenshots", "form-" + width + "px.png"));
		assertTrue(clipped.isEmpty(), clipped.toString());
		Table sections = driver.find(shell, WidgetIds.FORM_SECTIONS, Table.class);
		// the questions keep 640 px before the list grows past its 140 px minimum
		int trim = sections.computeTrim(0, 0, 0, 0).width;
		assertTrue(sections.getSize().x <= Math.max(140, width - 640) + trim + 1,
				"the section list yields room to the questions: " + sections.getSize().x + " px of " + width);
	}

	@Test
	void aWideWindowShowsTheSectionNamesWhole() {
		render(1400);
		Table sections = driver.find(shell, WidgetIds.FORM_SECTIONS, Table.class);
		assertTrue(sections.getColumn(0).getWidth() <= sections.getClientArea().width,
				"at full width the list is as wide as its longest name");
	}

	/** The labels of the shown questions: they start with the item id (A1, B2 …). */
	private static List<Label> questionLabels(Control control) {
		List<Label> labels = new ArrayList<>();
		if (control instanceof Label label && label.isVisible() && label.getText().matches("(?s)[A-D][0-9]  .*")) {
			labels.add(label);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				labels.addAll(questionLabels(child));
			}
		}
		return labels;
	}
}
