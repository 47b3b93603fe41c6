package se.isu.testplugin.instrument.ui;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.FormView;
import se.isu.instrument.ui.api.AnswerText;
import se.isu.instrument.ui.api.ItemRenderer;

/**
 * Draws the family rating's scale items as a ladder of buttons 1–10. It ranks only its own form's items, so
 * installing the plugin changes no other instrument's form.
 */
@Component(service = ItemRenderer.class)
public class LadderRenderer implements ItemRenderer {

	/** The test plugin's form (the same id as its definition's). */
	static final String FORM_ID = "test.familjeskattning";

	@Override
	public int rank(FormView form, FormView.Item item) {
		return FORM_ID.equals(form.instrumentId()) && "SCALE".equals(item.type()) && !item.options().isEmpty() ? 10
				: NOT_FOR_ME;
	}

	@Override
	public void render(Composite parent, FormView form, FormView.Item item, AnswerText answer) {
		new Ladder(parent, item, answer);
	}
}
