package se.isu.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
