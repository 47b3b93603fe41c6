package se.isu.core.instrument;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.isu.model.instrument.Answer;
import se.isu.model.instrument.InstrumentFactory;

/**
 * The answers of one form while it is being filled in or scored: per item a canonical value or a typed missing
 * code. Values are kept as text (the stored form); {@link #valueOf} reads them as numbers, multiple choices or
 * text for expressions.
 */
public final class AnswerSheet {

	/** The codes chosen in a multiple-choice item. */
	public record Choices(Set<String> codes) {
	}

	/** One item's answer: exactly one of value and missingCode is set. */
	public record Entry(String value, String missingCode) {
		public boolean isMissing() {
			return missingCode != null;
		}
	}

	/** Separator of the codes of a multiple-choice answer in its canonical text. */
	public static final String MULTI_SEPARATOR = ";";

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final Map<String, Entry> entries;
	private final Set<String> multiChoiceItems;
	/** Turns an id as read into the stored id: the identity, or a row's ids for a repeating group's items. */
	private final java.util.function.UnaryOperator<String> stored;

	public AnswerSheet(Set<String> multiChoiceItems) {
		this(new LinkedHashMap<>(), Set.copyOf(multiChoiceItems), id -> id);
	}

	private AnswerSheet(Map<String, Entry> entries, Set<String> multiChoiceItems, java.util.function.UnaryOperator<String> stored) {
		this.entries = entries;
		this.multiChoiceItems = multiChoiceItems;
		this.stored = stored;
	}

	/**
	 * The same answers as one row of a repeating group sees them: the group's item ids ({@code rowItems}) read and
	 * write that row ({@code days} is {@code drug[2].days}), every other id is read as it is. Skip rules and computed
	 * items inside a row are evaluated on this view.
	 */
	public AnswerSheet inRow(String group, int row, Set<String> rowItems) {
		return new AnswerSheet(entries, multiChoiceItems,
				id -> rowItems.contains(id) ? se.isu.instrument.api.RowIds.of(group, row, id) : stored.apply(id));
	}

	/** A sheet holding the stored answers of an assessment. */
	public static AnswerSheet of(Form form, Collection<Answer> answers) {
		AnswerSheet sheet = new AnswerSheet(form.multiChoiceItemIds());
		for (Answer a : answers) {
			if (a.getMissingCode() != null) {
				sheet.putMissing(a.getItemId(), a.getMissingCode());
			} else if (a.getValue() != null) {
				sheet.put(a.getItemId(), a.getValue());
			}
		}
		return sheet;
	}

	public void put(String itemId, String value) {
		entries.put(stored.apply(itemId), new Entry(value, null));
	}

	public void putMissing(String itemId, String code) {
		entries.put(stored.apply(itemId), new Entry(null, code));
	}

	/** @return true when the item had an answer */
	public boolean clear(String itemId) {
		return entries.remove(stored.apply(itemId)) != null;
	}

	public Optional<Entry> get(String itemId) {
		return Optional.ofNullable(entries.get(stored.apply(itemId)));
	}

	/** Has a real value (not a missing code). */
	public boolean isAnswered(String itemId) {
		Entry e = entries.get(stored.apply(itemId));
		return e != null && e.value() != null;
	}

	/** Holds a typed missing code. */
	public boolean isMissing(String itemId) {
		Entry e = entries.get(stored.apply(itemId));
		return e != null && e.isMissing();
	}

	/** The value as a number, or null when unanswered, missing or not numeric. */
	public Double number(String itemId) {
		Entry e = entries.get(stored.apply(itemId));
		return e != null && e.value() != null && NUMBER.matcher(e.value()).matches() ? Double.valueOf(e.value()) : null;
	}

	/** What an expression sees: a number, {@link Choices}, text, or null for unanswered or missing. */
	public Object valueOf(String itemId) {
		Entry e = entries.get(stored.apply(itemId));
		if (e == null || e.value() == null) {
			return null;
		}
		// a row's answer (drug[2].routes) is a multiple choice when its item is
		String item = se.isu.instrument.api.RowIds.parse(itemId).map(se.isu.instrument.api.RowIds.Ref::item).orElse(itemId);
		if (multiChoiceItems.contains(item)) {
			Set<String> codes = new LinkedHashSet<>(List.of(e.value().split(MULTI_SEPARATOR)));
			codes.remove("");
			return new Choices(codes);
		}
		return NUMBER.matcher(e.value()).matches() ? (Object) Double.valueOf(e.value()) : e.value();
	}

	/**
	 * Removes a row of a repeating group and moves the rows after it up by one (row 3 becomes row 2), so rows stay
	 * numbered 1..n without gaps.
	 *
	 * @return true when the removed row held an answer
	 */
	public boolean removeRow(String group, int row) {
		boolean had = false;
		Map<String, Entry> moved = new LinkedHashMap<>();
		for (java.util.Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, Entry> e = it.next();
			Optional<se.isu.instrument.api.RowIds.Ref> ref = se.isu.instrument.api.RowIds.parse(e.getKey());
			if (ref.isEmpty() || !ref.get().group().equals(group) || ref.get().row() < row) {
				continue;
			}
			it.remove();
			if (ref.get().row() == row) {
				had = true;
			} else {
				moved.put(se.isu.instrument.api.RowIds.of(group, ref.get().row() - 1, ref.get().item()), e.getValue());
			}
		}
		entries.putAll(moved);
		return had;
	}

	public Set<String> itemIds() {
		return entries.keySet();
	}

	public int size() {
		return entries.size();
	}

	/** The answers as model objects, for storing. */
	public List<Answer> toAnswers() {
		return entries.entrySet().stream().map(e -> {
			Answer a = InstrumentFactory.eINSTANCE.createAnswer();
			a.setItemId(e.getKey());
			a.setValue(e.getValue().value());
			a.setMissingCode(e.getValue().missingCode());
			return a;
		}).toList();
	}
}
