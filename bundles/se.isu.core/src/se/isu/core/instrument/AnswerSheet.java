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

	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private final Set<String> multiChoiceItems;

	public AnswerSheet(Set<String> multiChoiceItems) {
		this.multiChoiceItems = Set.copyOf(multiChoiceItems);
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
		entries.put(itemId, new Entry(value, null));
	}

	public void putMissing(String itemId, String code) {
		entries.put(itemId, new Entry(null, code));
	}

	/** @return true when the item had an answer */
	public boolean clear(String itemId) {
		return entries.remove(itemId) != null;
	}

	public Optional<Entry> get(String itemId) {
		return Optional.ofNullable(entries.get(itemId));
	}

	/** Has a real value (not a missing code). */
	public boolean isAnswered(String itemId) {
		Entry e = entries.get(itemId);
		return e != null && e.value() != null;
	}

	/** Holds a typed missing code. */
	public boolean isMissing(String itemId) {
		Entry e = entries.get(itemId);
		return e != null && e.isMissing();
	}

	/** The value as a number, or null when unanswered, missing or not numeric. */
	public Double number(String itemId) {
		Entry e = entries.get(itemId);
		return e != null && e.value() != null && NUMBER.matcher(e.value()).matches() ? Double.valueOf(e.value()) : null;
	}

	/** What an expression sees: a number, {@link Choices}, text, or null for unanswered or missing. */
	public Object valueOf(String itemId) {
		Entry e = entries.get(itemId);
		if (e == null || e.value() == null) {
			return null;
		}
		if (multiChoiceItems.contains(itemId)) {
			Set<String> codes = new LinkedHashSet<>(List.of(e.value().split(MULTI_SEPARATOR)));
			codes.remove("");
			return new Choices(codes);
		}
		return NUMBER.matcher(e.value()).matches() ? (Object) Double.valueOf(e.value()) : e.value();
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
