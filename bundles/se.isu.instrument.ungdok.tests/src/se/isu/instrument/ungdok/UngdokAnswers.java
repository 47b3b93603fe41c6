package se.isu.instrument.ungdok;

import java.time.LocalDate;
import java.util.Map;

import se.isu.core.CaseService;
import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.model.IsuCase;
import se.isu.model.instrument.ItemType;

/** Test fixtures: a young client of a chosen sex, and an UngDOK sheet with every required item answered. */
final class UngdokAnswers {

	private UngdokAnswers() {
	}

	/** A client of the youth unit born on {@code born}; the ninth digit is odd for a man, even for a woman. */
	/**
	 * Hands out serial numbers in turn: drawn at random, two clients born the same day sometimes got the same
	 * personnummer, became one client, and a compilation counted 5 where the fixture made 6.
	 */
	private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger();

	static IsuCase newCase(CaseService cases, LocalDate born, boolean man, String unit) {
		int n = SERIALS.getAndIncrement();
		int sexDigit = 2 * ((n / 89) % 5) + (man ? 1 : 0);
		String pnr = PersonalIdentityNumber.compose(born, 10 + n % 89, sexDigit);
		return cases.openCase(new NewCase(pnr, "Ung", man ? "Pojke" : "Flicka", unit, "Ungdomsmottagningen",
				LocalDate.now().minusMonths(6)));
	}

	/**
	 * Every visible item answered: the chosen value, else the lowest valid answer (no, first choice, minimum); the
	 * chosen row answers ({@code substanser[1].substans}) added as typed. Free text is left empty.
	 */
	static AnswerSheet complete(Form form, Map<String, String> chosen) {
		AnswerSheet sheet = form.newSheet();
		for (Form.Field field : form.fields()) {
			form.settle(sheet);
			if (field.inRows() || !form.isVisible(field, sheet) || field.type() == ItemType.COMPUTED
					|| field.type() == ItemType.TEXT) {
				continue;
			}
			String value = chosen.get(field.id());
			if ("X".equals(value)) {
				sheet.putMissing(field.id(), value);
				continue;
			}
			if (value == null) {
				value = switch (field.type()) {
				case YES_NO -> "0";
				case SINGLE_CHOICE, MULTI_CHOICE, SCALE -> field.options().get(0).code();
				case DATE -> LocalDate.now().minusDays(1).toString();
				default -> String.valueOf(field.min() == null ? 0 : field.min());
				};
			}
			sheet.put(field.id(), value);
		}
		// the rows of the repeating group, as typed into the form
		chosen.forEach((id, value) -> {
			if (id.contains("[")) {
				sheet.put(id, value);
			}
		});
		form.settle(sheet);
		return sheet;
	}

	static Map<String, String> rows(String... idValue) {
		java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < idValue.length; i += 2) {
			map.put(idValue[i], idValue[i + 1]);
		}
		return map;
	}
}
