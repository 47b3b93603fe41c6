package se.isu.store;

import java.util.Optional;

/** Installation settings an administrator changes, by name. */
public interface SettingsRepository {

	Optional<String> get(String name);

	void put(String name, String value);

	/** Every setting whose name starts with {@code prefix}, by name. */
	java.util.SortedMap<String, String> list(String prefix);

	void remove(String name);
}
