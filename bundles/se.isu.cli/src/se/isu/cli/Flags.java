package se.isu.cli;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs of one command; every error names the flag and what it expects. */
record Flags(Map<String, String> values) {

	static Flags parse(List<String> args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				if (i == 0) {
					values.put("", arg); // a sub-command such as "templates list"
					continue;
				}
				throw new IllegalArgumentException("Oväntat argument / unexpected argument: " + arg);
			}
			if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
				throw new IllegalArgumentException(arg + " saknar värde / needs a value");
			}
			values.put(arg.substring(2), args.get(++i));
		}
		return new Flags(values);
	}

	/**
	 * Refuses any flag the command does not know, naming it and the nearest known one, so a typo such as
	 * {@code --unti} never runs the command unfiltered.
	 */
	void requireKnown(String command, Set<String> known) {
		for (String name : values.keySet()) {
			if (!name.isEmpty() && !known.contains(name)) {
				String nearest = known.stream().min(Comparator.comparingInt((String k) -> editDistance(name, k))
						.thenComparing(Comparator.naturalOrder())).orElse(null);
				throw new IllegalArgumentException("Okänd flagga / unknown flag --" + name + " för / for " + command
						+ (nearest == null ? " (kommandot har inga flaggor / the command takes no flags)"
								: ". Menade du / did you mean --" + nearest + "?"));
			}
		}
	}

	/** Levenshtein distance: how many single-character edits turn one flag name into the other. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	String required(String name) {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("--" + name + " krävs / is required");
		}
		return value;
	}

	String optional(String name) {
		return values.get(name);
	}

	/** An enum constant by name (any case), or null when the flag is absent; the error lists the allowed names. */
	<E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		throw new IllegalArgumentException("--" + name + " ska vara ett av / must be one of "
				+ java.util.Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'");
	}

	int integer(String name, int defaultValue) {
		String value = values.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " ska vara ett heltal / must be an integer, was '" + value + "'");
		}
	}
}
