package se.isu.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Small pieces the compile view and the report gallery share: labelled fields in a wrapping row, dates typed in. */
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
	 * @throws IllegalArgumentException naming the field (its label without the colon) and what was typed
	 */
	public static LocalDate date(Text text, String label) {
		String value = text.getText().strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.compile_badDate, label.replace(":", ""), value));
		}
	}
}
