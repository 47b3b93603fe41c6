package se.isu.instrument.api.report;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The texts this API itself writes (a report's period line), from {@code texts.properties} (Swedish, the default) and
 * {@code texts_en.properties}: the API bundle depends on nothing, so it reads them the way {@code NLS} does, by the
 * platform's language, with Swedish as the fallback rather than the JVM's locale.
 */
final class ReportTexts {

	private static final ResourceBundle TEXTS = ResourceBundle.getBundle("se.isu.instrument.api.report.texts",
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private ReportTexts() {
	}

	static String text(String key, Object... arguments) {
		String pattern = TEXTS.getString(key);
		return arguments.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), arguments);
	}
}
