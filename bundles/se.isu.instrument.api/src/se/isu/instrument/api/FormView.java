package se.isu.instrument.api;

import java.util.List;
import java.util.Optional;

/**
 * A form as a unit fills it in (its definition with the unit's changes and the text pack applied, in the user's
 * language), read-only.
 */
public interface FormView {

	/** A section of the form. */
	record Section(String id, String label) {
	}

	/** A code of a choice or scale item and its label. */
	record Option(String code, String label) {
	}

	/** Scale values from..to (inclusive) that read as one band, e.g. 4–5 "moderate problem". */
	record Band(int from, int to, String label) {

		public boolean contains(int value) {
			return value >= from && value <= to;
		}
	}

	/**
	 * One item.
	 *
	 * @param type the item type's name, e.g. {@code INTEGER}, {@code SCALE}, {@code YES_NO}
	 */
	record Item(String id, String sectionId, String label, String type, List<Option> options, List<Band> bands) {

		public Item {
			options = List.copyOf(options);
			bands = List.copyOf(bands);
		}

		/** The band a scale value falls in, if the scale has bands. */
		public Optional<Band> band(int value) {
			return bands.stream().filter(b -> b.contains(value)).findFirst();
		}

		/** The label of a code, or the code itself. */
		public String optionLabel(String code) {
			return options.stream().filter(o -> o.code().equals(code)).map(Option::label).findFirst().orElse(code);
		}
	}

	/**
	 * A repeating group or a grid of a section.
	 *
	 * @param kind     {@code REPEATING} (the items are asked once per row; answers under
	 *                 {@link RowIds#of(String, int, String)}) or {@code GRID} (each item is one row of a table on one
	 *                 choice set; ordinary item ids)
	 * @param rowLabel what one row is, in the singular (repeating groups), e.g. "substans"
	 * @param itemIds  the group's items in order
	 * @since 1.1
	 */
	record Group(String id, String sectionId, String kind, String label, String rowLabel, int minRows, int maxRows,
			List<String> itemIds) {

		public Group {
			itemIds = List.copyOf(itemIds);
		}

		public boolean isRepeating() {
			return "REPEATING".equals(kind);
		}
	}

	String instrumentId();

	String version();

	/** The form's name in the user's language. */
	String name();

	List<Section> sections();

	List<Item> items();

	Optional<Item> item(String itemId);

	/** The section's label, or the id when there is no such section. */
	default String sectionLabel(String sectionId) {
		return sections().stream().filter(s -> s.id().equals(sectionId)).map(Section::label).findFirst()
				.orElse(sectionId);
	}

	/**
	 * The form's repeating groups and grids, in form order.
	 *
	 * @since 1.1
	 */
	default List<Group> groups() {
		return List.of();
	}

	/**
	 * The group an item belongs to (by the item's id, not a row-qualified id).
	 *
	 * @since 1.1
	 */
	default Optional<Group> groupOf(String itemId) {
		return groups().stream().filter(g -> g.itemIds().contains(itemId)).findFirst();
	}
}
