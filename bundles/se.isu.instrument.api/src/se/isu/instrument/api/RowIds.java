package se.isu.instrument.api;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the answers of a repeating group are stored: as ordinary answers under a row-qualified item id,
 * {@code group[row].item} with rows counted from 1 (e.g. {@code drug[2].days}: days used of the second substance).
 * Stored ids are at most {@link #MAX_LENGTH} characters (the answer table's item column).
 *
 * @since 1.1
 */
public final class RowIds {

	/** Longest stored item id (the width of the answer table's item id column). */
	public static final int MAX_LENGTH = 64;

	private static final Pattern ROW_ID = Pattern.compile("([^\\[\\]]+)\\[([1-9]\\d{0,3})\\]\\.(.+)");

	/** A row-qualified id read back into its parts. */
	public record Ref(String group, int row, String item) {

		@Override
		public String toString() {
			return of(group, row, item);
		}
	}

	private RowIds() {
	}

	/** The stored id of an item in a row of a repeating group, e.g. {@code of("drug", 2, "days")} = {@code drug[2].days}. */
	public static String of(String group, int row, String item) {
		if (row < 1) {
			throw new IllegalArgumentException("rows are counted from 1: " + row);
		}
		return group + "[" + row + "]." + item;
	}

	/** The parts of a row-qualified id; empty for a plain item id. */
	public static Optional<Ref> parse(String itemId) {
		if (itemId == null || itemId.indexOf('[') < 0) {
			return Optional.empty();
		}
		Matcher m = ROW_ID.matcher(itemId);
		return m.matches() ? Optional.of(new Ref(m.group(1), Integer.parseInt(m.group(2)), m.group(3))) : Optional.empty();
	}

	/** The number of rows of a group among stored ids: the highest row number that holds an answer (0 for none). */
	public static int rows(String group, Collection<String> itemIds) {
		int rows = 0;
		for (String id : itemIds) {
			if (id.startsWith(group) && id.length() > group.length() && id.charAt(group.length()) == '[') {
				Optional<Ref> ref = parse(id);
				if (ref.isPresent() && ref.get().group().equals(group)) {
					rows = Math.max(rows, ref.get().row());
				}
			}
		}
		return rows;
	}
}
