package se.isu.instrument.api.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.FormView;

/**
 * One demo interview to answer: the form, who is interviewed and when, and what this client answered before.
 *
 * @since 1.2
 */
public interface DemoInterview {

	/** The form as the unit fills it in (its item ids are the ids to answer). */
	FormView form();

	String instrumentId();

	/** The occasion: {@code INTAKE}, {@code INTERIM}, {@code DISCHARGE} or {@code FOLLOW_UP}. */
	String occasionKind();

	/** The day of the interview. */
	LocalDate date();

	/** The client's legal sex, SKL variable 4: 1 kvinna (female), 2 man (male). */
	int legalSex();

	/** The client's age in whole years on the day of the interview. */
	int age();

	/** The demo run's random source: draw only from it, so a seed gives the same demo data every time. */
	Random random();

	/**
	 * This client's newest earlier answers to an instrument in the same case (empty at the first occasion, or when
	 * that interview was declined): a follow-up starts from what was said at intake.
	 */
	Optional<Answers> earlier(String instrumentId);

	/**
	 * Answers an item with its stored text: a choice's code, a number, a date as yyyy-MM-dd; several codes of a
	 * multiple-choice item separated by {@code ,}. An item of a repeating group is answered per row, its id made with
	 * {@link se.isu.instrument.api.RowIds#of(String, int, String)}.
	 *
	 * @throws IllegalArgumentException when the form has no such item
	 */
	void put(String answerId, String value);

	/** Records a typed missing code (e.g. {@code X}: the client did not want to answer). */
	void putMissing(String answerId, String missingCode);
}
