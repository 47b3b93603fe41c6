package se.isu.instrument.dok;

import java.util.Map;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.model.instrument.ItemType;

/** Fills a DOK family form the way a complete interview would, with chosen answers where a test cares. */
final class DokAnswers {

	private DokAnswers() {
	}

	/**
	 * Every visible item outside the repeating group answered: the given value, else the lowest valid answer (0, no,
	 * the first choice). A single letter is a missing code. Row answers ({@code substanser[1].substans}) are put as given.
	 */
	static AnswerSheet complete(Form form, Map<String, String> chosen) {
		AnswerSheet sheet = form.newSheet();
		chosen.forEach((id, value) -> {
			if (id.contains("[")) {
				sheet.put(id, value);
			}
		});
		for (Form.Field field : form.fields()) {
			form.settle(sheet);
			if (field.inRows() || !form.isVisible(field, sheet) || field.type() == ItemType.COMPUTED) {
				continue;
			}
			String value = chosen.get(field.id());
			if (value != null && value.length() == 1 && Character.isLetter(value.charAt(0))) {
				sheet.putMissing(field.id(), value);
				continue;
			}
			if (value == null) {
				value = switch (field.type()) {
				case YES_NO -> "0";
				case SINGLE_CHOICE, MULTI_CHOICE, SCALE -> field.options().isEmpty() ? String.valueOf(field.min())
						: field.options().get(0).code();
				case DATE -> "2026-01-15";
				case TEXT -> "anteckning";
				default -> String.valueOf(field.min() == null ? 0 : field.min());
				};
			}
			sheet.put(field.id(), value);
		}
		form.settle(sheet);
		return sheet;
	}
}
