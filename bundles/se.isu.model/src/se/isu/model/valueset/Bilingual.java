package se.isu.model.valueset;

import java.util.Locale;

/**
 * The one place that decides between a Swedish text and its English sibling (label/labelEn, name/nameEn of value
 * sets, definitions and scores): English only when the workbench runs in English and an English text exists, Swedish
 * otherwise. Texts of the program itself go through NLS files and never ask this.
 */
public final class Bilingual {

	private Bilingual() {
	}

	/** Whether texts are shown in English ({@code -nl en}, ISU_LANG=en); every other language gets Swedish. */
	public static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/** The text for the locale: the English one when {@link #english} and it is not blank, else the Swedish one. */
	public static String pick(String swedish, String english, Locale locale) {
		return english(locale) && english != null && !english.isBlank() ? english : swedish;
	}
}
