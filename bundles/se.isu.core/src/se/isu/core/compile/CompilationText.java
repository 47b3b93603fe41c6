package se.isu.core.compile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.isu.model.query.CompilationQuery;
import se.isu.model.query.DateVariable;
import se.isu.model.query.Dimension;
import se.isu.model.query.Measure;

/**
 * The one text form of a compilation, used for saved compilations and by {@code ./isu compile}: words
 * {@code key=value} separated by spaces, for example
 * {@code measure=count subject=cases rows=unit,sex columns=agegroup:18,25,45,65 filter=unit=VUX|UNG from=2025-01-01}.
 * Keys: measure (count, share, mean, median), subject (cases, clients, interventions, assessments, occasions), value
 * (age, duration:from-to, score:instrument/score, item:instrument/item), rows, columns, filter (repeatable,
 * dimension=value|value), from, to, period (the date the period applies to).
 */
public final class CompilationText {

	private CompilationText() {
	}

	public static CompilationQuery parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("An empty compilation: give at least measure=count and rows=…");
		}
		Measure.Kind kind = Measure.Kind.COUNT;
		Measure.Subject subject = Measure.Subject.CASES;
		Measure.Value value = null;
		List<Dimension> rows = List.of();
		List<Dimension> columns = List.of();
		List<CompilationQuery.Filter> filters = new ArrayList<>();
		LocalDate from = null;
		LocalDate to = null;
		DateVariable period = null;
		for (String word : text.strip().split("\\s+")) {
			int equals = word.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("'" + word + "' is not key=value (keys: measure, subject, value, rows, "
						+ "columns, filter, from, to, period)");
			}
			String key = word.substring(0, equals).toLowerCase(Locale.ROOT);
			String argument = word.substring(equals + 1);
			switch (key) {
			case "measure" -> kind = parseEnum(Measure.Kind.class, argument, "measure");
			case "subject" -> subject = parseEnum(Measure.Subject.class, argument, "subject");
			case "value" -> value = Measure.Value.parse(argument);
			case "rows" -> rows = dimensions(argument);
			case "columns", "cols" -> columns = dimensions(argument);
			case "filter" -> filters.add(filter(argument));
			case "from" -> from = date(argument, "from");
			case "to" -> to = date(argument, "to");
			case "period" -> period = DateVariable.parse(argument);
			default -> throw new IllegalArgumentException("Unknown key '" + key
					+ "': use measure, subject, value, rows, columns, filter, from, to or period");
			}
		}
		return new CompilationQuery(new Measure(kind, subject, value), rows, columns, filters, from, to, period, null);
	}

	public static String format(CompilationQuery query) {
		StringBuilder text = new StringBuilder("measure=").append(lower(query.measure().kind()))
				.append(" subject=").append(lower(query.measure().subject()));
		if (query.measure().value() != null) {
			text.append(" value=").append(query.measure().value());
		}
		if (!query.rows().isEmpty()) {
			text.append(" rows=").append(String.join(",", query.rows().stream().map(Dimension::toString).toList()));
		}
		if (!query.columns().isEmpty()) {
			text.append(" columns=").append(String.join(",", query.columns().stream().map(Dimension::toString).toList()));
		}
		for (CompilationQuery.Filter filter : query.filters()) {
			text.append(" filter=").append(filter.dimension()).append('=')
					.append(String.join("|", filter.values().stream().sorted().toList()));
		}
		if (query.from() != null) {
			text.append(" from=").append(query.from());
		}
		if (query.to() != null) {
			text.append(" to=").append(query.to());
		}
		if (query.periodDate() != DateVariable.ACTUALISATION) {
			text.append(" period=").append(lower(query.periodDate()));
		}
		return text.toString();
	}

	/**
	 * A comma-separated list of dimensions; numbers after a comma belong to the age bands before them
	 * ({@code agegroup:18,25,45,65,sex} is two dimensions).
	 */
	public static List<Dimension> dimensions(String text) {
		List<String> parts = new ArrayList<>();
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			if (!parts.isEmpty() && (Character.isDigit(part.strip().charAt(0)) || part.strip().startsWith("@"))) {
				parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "," + part.strip());
			} else {
				parts.add(part.strip());
			}
		}
		return parts.stream().map(Dimension::parse).toList();
	}

	private static CompilationQuery.Filter filter(String text) {
		int equals = text.lastIndexOf('=');
		if (equals < 1 || equals == text.length() - 1) {
			throw new IllegalArgumentException("A filter is dimension=value|value, e.g. filter=unit=VUX|UNG; was '" + text + "'");
		}
		Set<String> values = new LinkedHashSet<>(List.of(text.substring(equals + 1).split("\\|")));
		return new CompilationQuery.Filter(Dimension.parse(text.substring(0, equals)), values);
	}

	private static LocalDate date(String text, String key) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(key + ": '" + text + "' is not a date (ÅÅÅÅ-MM-DD)");
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String key) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text)) {
				return constant;
			}
		}
		throw new IllegalArgumentException(key + ": '" + text + "' is not one of "
				+ java.util.Arrays.stream(type.getEnumConstants()).map(CompilationText::lower).toList());
	}

	private static String lower(Enum<?> e) {
		return e.name().toLowerCase(Locale.ROOT);
	}
}
