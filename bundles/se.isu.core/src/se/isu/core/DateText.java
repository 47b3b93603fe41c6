package se.isu.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Dates as a person types them ({@code ÅÅÅÅ-MM-DD}), for every field that takes one: a text in the right shape that
 * names no day of the calendar (2025-02-30) is told so, rather than told to use the shape it already has.
 */
public final class DateText {

	private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private DateText() {
	}

	/**
	 * @param text what was typed
	 * @param field the field's name as the person reads it, for the message
	 * @return the date, or null when {@code text} is empty
	 * @throws IllegalArgumentException with a message that names the field and what is wrong
	 */
	public static LocalDate parse(String text, String field) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return null;
		}
		Matcher shape = SHAPE.matcher(value);
		if (!shape.matches()) {
			throw new IllegalArgumentException(NLS.bind(Messages.dateShape, field, value));
		}
		try {
			return LocalDate.of(Integer.parseInt(shape.group(1)), Integer.parseInt(shape.group(2)),
					Integer.parseInt(shape.group(3)));
		} catch (DateTimeException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.dateNotInCalendar, field, value));
		}
	}
}
