package se.isu.instrument.suv;

import java.time.LocalDate;

import se.isu.core.NewCase;
import se.isu.core.PersonalIdentityNumber;
import se.isu.model.instrument.Answer;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.InstrumentFactory;

/** Small helpers for the tests that record SUV cases through the real services. */
final class SuvCases {

	private SuvCases() {
	}

	/**
	 * A new case in {@code unit} for a client born on {@code born}, a woman when {@code woman} (the personnummer's
	 * second last digit is even), {@code serial} telling clients born the same day apart.
	 */
	static NewCase newCase(String unit, LocalDate born, boolean woman, int serial, LocalDate actualised) {
		int sexDigit = woman ? (serial % 2 == 0 ? 2 : 4) : (serial % 2 == 0 ? 1 : 3);
		return new NewCase(PersonalIdentityNumber.compose(born, serial % 100, sexDigit), "Test", "Suv" + serial, unit,
				"Enhet " + unit, actualised);
	}

	/** Puts an answer as typed: a single letter is a missing code. */
	static void answer(Assessment a, String item, String value) {
		a.getAnswers().removeIf(x -> x.getItemId().equals(item));
		Answer answer = InstrumentFactory.eINSTANCE.createAnswer();
		answer.setItemId(item);
		if (value.length() == 1 && Character.isLetter(value.charAt(0))) {
			answer.setMissingCode(value);
		} else {
			answer.setValue(value);
		}
		a.getAnswers().add(answer);
	}

	/** One row of {@code group} per code in {@code codes} ("1;2": two rows), the way the form stores them. */
	static void rows(Assessment a, String group, String item, String codes) {
		String[] each = codes.split(";");
		for (int row = 1; row <= each.length; row++) {
			answer(a, group + "[" + row + "]." + item, each[row - 1]);
		}
	}

	/** The registration at the start of the intervention, every required item answered. */
	static void start(Assessment a, String reactualised, String honour, String relation, String forms, String freda) {
		rows(a, "fvald", "fform", forms);
		answer(a, "R1", "1");
		answer(a, "B1", reactualised);
		answer(a, "B5", honour);
		answer(a, "utovare[1].relation", relation);
		answer(a, "F2", "1");
		answer(a, "F3", "1");
		answer(a, "F4", freda);
		answer(a, "F5", "2");
		answer(a, "M1", "0");
	}

	/** The registration at closure, every required item answered. */
	static void closure(Assessment a, String interventions, String forms, String goals, LocalDate closed) {
		answer(a, "R1", "2");
		rows(a, "insats", "insatstyp", interventions);
		answer(a, "U1", "0");
		rows(a, "evald", "eform", forms);
		answer(a, "E2", goals);
		answer(a, "A1", closed.toString());
		answer(a, "A2", "1");
	}
}
