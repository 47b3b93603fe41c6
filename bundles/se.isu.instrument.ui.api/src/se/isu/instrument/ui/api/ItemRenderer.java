package se.isu.instrument.ui.api;

import org.eclipse.swt.widgets.Composite;

import se.isu.instrument.api.FormView;

/**
 * A widget of a plugin's own for some items of a form (a 1–10 ladder, a body map), registered as a DS service.
 * When the form renderer makes an item's input it asks every registered renderer for its {@link #rank rank}; the
 * highest rank wins (ties: the service ranking, then the lower service id), and with no taker the item keeps the
 * workbench's own field.
 * <p>
 * The chosen renderer's control stands beside the item's code field, which stays: it is the form's keyboard path
 * and the one place the answer's text lives, so parse rules, messages, drafts, dirty state, skip rules and Tab/Enter
 * work as for every other item. The control talks to the form only through {@link AnswerText}: it sets the canonical
 * answer text (what a person would type, e.g. {@code "7"}) and follows the text when it changes.
 * <p>
 * Both methods run in the UI thread and must return at once: no database, file or network work here. A renderer
 * that throws is logged and the item falls back to the workbench's field; nothing typed is lost.
 */
public interface ItemRenderer {

	/** The rank meaning "not for this item". */
	int NOT_FOR_ME = -1;

	/**
	 * How well this renderer fits the item: {@link #NOT_FOR_ME} (any negative number) when it does not, otherwise a
	 * rank; the workbench's own field counts as 0, so a renderer meant to replace it returns 1 or more.
	 *
	 * @param form the form being rendered (its instrument id and version tell a plugin its own forms)
	 * @param item the item whose input is being made
	 */
	int rank(FormView form, FormView.Item item);

	/**
	 * Makes the item's control in {@code parent} (an empty composite with no layout set; set your own) and connects
	 * it to the answer. Called once per item when its section is first shown.
	 *
	 * @param parent where the control goes; the form puts the code field after it
	 * @param form   the form being rendered
	 * @param item   the item
	 * @param answer the item's answer text: read it, set it, follow its changes
	 */
	void render(Composite parent, FormView form, FormView.Item item, AnswerText answer);
}
