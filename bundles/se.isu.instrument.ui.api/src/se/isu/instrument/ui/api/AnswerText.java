package se.isu.instrument.ui.api;

import java.util.function.Consumer;

/**
 * An item's answer as the text in its code field: the one channel between a plugin's {@link ItemRenderer} control
 * and the form. Setting a text is the same as typing it, so the form parses it by the item's rules and shows the
 * meaning or the broken rule under the field.
 */
public interface AnswerText {

	/** The answer's id: the item's id, or inside a repeating group its row's ({@code relation[2].rating}). */
	String itemId();

	/** The text in the field now ("" when empty); a code, a canonical value or a missing code. */
	String text();

	/** Puts a text in the field as if typed (e.g. {@code "7"}); ignored when the field takes no input. */
	void set(String text);

	/**
	 * Calls {@code listener} with the field's text after every change: typed, set by a control, restored from a
	 * draft or cleared by a skip rule. Called in the UI thread.
	 */
	void onChange(Consumer<String> listener);

	/** Whether the field takes input (a computed item does not). */
	boolean editable();

	/** Moves the cursor on to the next item, as Enter and Tab do in the field. */
	void next();
}
