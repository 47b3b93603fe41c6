package se.isu.core.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as Swedish tables print them: decimal comma, one decimal, a space before the per cent sign. */
final class Numbers {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private Numbers() {
	}

	static String decimal(double value) {
		// Small figures (means of scores, changes) need two decimals to show a difference; days and ages one.
		DecimalFormat format = new DecimalFormat(Math.abs(value) < 10 ? "0.00" : "0.0",
				DecimalFormatSymbols.getInstance(SWEDISH));
		// DecimalFormat writes the Unicode minus in Swedish; a hyphen-minus survives CSV and spreadsheets better.
		return format.format(value).replace('\u2212', '-');
	}

	static String percent(double share) {
		return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(SWEDISH)).format(share) + " %";
	}
}
