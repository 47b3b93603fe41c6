package se.isu.instrument.asi;

import java.util.Map;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.model.instrument.ItemType;

/** Fills a whole ASI form the way a complete interview would, with chosen answers where a test cares. */
final class AsiAnswers {

	private AsiAnswers() {
	}

	/** Every visible item answered: the given values, else the lowest valid answer (0, no, first choice). */
	static AnswerSheet complete(Form form, Map<String, String> chosen) {
		AnswerSheet sheet = form.newSheet();
		for (Form.Field field : form.fields()) {
			form.settle(sheet);
			if (!form.isVisible(field, sheet) || field.type() == ItemType.COMPUTED) {
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
				case SINGLE_CHOICE, MULTI_CHOICE, SCALE -> field.options().isEmpty() ? String.valueOf(field.min()) : field.options().get(0).code();
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
