package se.isu.ui;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.core.DateText;

/**
 * Small pieces the views share: labelled fields in a wrapping row, dates typed in, a field's message as text.
 */
public final class Fields {

	private Fields() {
	}

	/** A label and the composite its field goes into, kept together when a row layout wraps. */
	public static Composite labelled(Composite parent, String label) {
		Composite field = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(field);
		new Label(field, SWT.NONE).setText(label);
		return field;
	}

	/**
	 * The date typed in {@code text} ({@code ÅÅÅÅ-MM-DD}), or null when it is empty.
	 *
	 * @throws IllegalArgumentException naming the field (its label without the colon), what was typed and what is
	 *         wrong: not the shape ÅÅÅÅ-MM-DD, or a day that is not in the calendar (2025-02-30)
	 */
	public static LocalDate date(Text text, String label) {
		return DateText.parse(text.getText(), label.replace(":", ""));
	}

	/**
	 * A field's message as visible text (not a hover-only marker): one line in the error colour, tagged
	 * {@code id}; its height is there while empty too, so showing a message moves nothing. The full text is also
	 * its tool tip when a narrow window cuts it.
	 */
	public static Label message(Composite parent, String id) {
		Label label = WidgetIds.tag(new Label(parent, SWT.NONE), id);
		label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		label.setText(" ");
		int lineHeight = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		label.setText("");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, lineHeight).applyTo(label);
		return label;
	}
}
