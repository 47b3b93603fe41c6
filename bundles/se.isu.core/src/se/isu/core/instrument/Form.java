package se.isu.core.instrument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import se.isu.core.Messages;
import se.isu.core.ValidationException.Violation;
import se.isu.model.ValueSet;
import se.isu.model.ValueSetEntry;
import se.isu.model.instrument.ChoiceSet;
import se.isu.instrument.api.RowIds;
import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.Section;

/**
 * A definition made ready to fill in: choices resolved (own lists or model value sets), missing codes per item,
 * skip-logic and computed expressions parsed, labels in the user's language. The renderer, the validation and the
 * scoring all read the same Form, so a rule holds the same way everywhere.
 */
public final class Form {

	public record Option(String code, String label) {
	}

	public record Band(int from, int to, String label) {
	}

	/** How a typed text reads for an item. */
	public sealed interface Parsed permits Parsed.Value, Parsed.Missing, Parsed.Empty, Parsed.Invalid {
		/** A valid value in canonical text form. */
		record Value(String canonical) implements Parsed {
		}

		/** An allowed typed missing code. */
		record Missing(String code) implements Parsed {
		}

		record Empty() implements Parsed {
		}

		/** Breaks a rule; the message names the item and the rule. */
		record Invalid(String message) implements Parsed {
		}
	}

	/**
	 * A repeating group (the same fields asked once per row, answers under {@link RowIds}) or a grid (its fields are
	 * the rows of one table on one choice set, ordinary items).
	 */
	public final class Group {
		private final ItemGroup group;
		private final Section section;
		private final List<Field> members = new ArrayList<>();
		private final Set<String> memberIds = new LinkedHashSet<>();

		Group(ItemGroup group, Section section) {
			this.group = group;
			this.section = section;
		}

		public String id() {
			return group.getId();
		}

		public ItemGroup group() {
			return group;
		}

		public Section section() {
			return section;
		}

		public boolean isRepeating() {
			return group.getKind() == GroupKind.REPEATING;
		}

		public boolean isGrid() {
			return group.getKind() == GroupKind.GRID;
		}

		public String label() {
			return text(group.getLabel(), group.getLabelEn());
		}

		/** What one row is, in the singular (substans); the group's label when none is given. */
		public String rowLabel() {
			String row = text(group.getRowLabel(), group.getRowLabelEn());
			return blank(row) ? label() : row;
		}

		/** "Substans 2": the title of a row. */
		public String rowTitle(int row) {
			String label = rowLabel();
			return NLS.bind(Messages.groupRowTitle, label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1), row);
		}

		public int minRows() {
			return Math.max(0, group.getMinRows());
		}

		public int maxRows() {
			return Math.max(1, group.getMaxRows());
		}

		/** The group's fields in form order. */
		public List<Field> fields() {
			return Collections.unmodifiableList(members);
		}

		/** The rows the answers hold: the highest row number with an answer (repeating groups). */
		public int rows(AnswerSheet answers) {
			return isRepeating() ? RowIds.rows(id(), answers.itemIds()) : 0;
		}

		/** The answers as one row sees them: the group's item ids read that row's answers. */
		public AnswerSheet row(AnswerSheet answers, int row) {
			return answers.inRow(id(), row, memberIds);
		}
	}

	/** Where an answer goes: a field, and for a repeating group's field its row (0 otherwise) and stored id. */
	public record Slot(Field field, int row, String answerId) {
	}

	/** One item with everything needed to show, check and score it. */
	public final class Field {
		private final Item item;
		private final Section section;
		private Group group;
		private final List<Option> options;
		private final List<Band> bands;
		private final List<MissingCode> missingCodes;
		private final Expression visibleWhen;
		private final Expression computed;

		Field(Item item, Section section, List<Option> options, List<Band> bands, List<MissingCode> missingCodes) {
			this.item = item;
			this.section = section;
			this.options = options;
			this.bands = bands;
			this.missingCodes = missingCodes;
			this.visibleWhen = blank(item.getVisibleWhen()) ? null : Expression.parse(item.getVisibleWhen());
			this.computed = item.getType() == ItemType.COMPUTED && !blank(item.getExpression())
					? Expression.parse(item.getExpression())
					: null;
		}

		public Item item() {
			return item;
		}

		public String id() {
			return item.getId();
		}

		public ItemType type() {
			return item.getType();
		}

		public Section section() {
			return section;
		}

		/** The repeating group or grid the item belongs to. */
		public Optional<Group> group() {
			return Optional.ofNullable(group);
		}

		/** Asked once per row of a repeating group: answers are stored under {@link #answerId(int)}. */
		public boolean inRows() {
			return group != null && group.isRepeating();
		}

		/** The stored id of the answer in a row (rows from 1), or the item id for an item outside repeating groups. */
		public String answerId(int row) {
			return inRows() ? RowIds.of(group.id(), row, id()) : id();
		}

		public String label() {
			return text(item.getLabel(), item.getLabelEn());
		}

		public List<Option> options() {
			return options;
		}

		/**
		 * What the answer is counted in, for the label: a MONEY item's currency symbol in the form's language ("kr" in
		 * Swedish, "SEK" in English; SEK when the item names none), otherwise the item's unit as written, or empty.
		 */
		public String unitText() {
			if (item.getType() == ItemType.MONEY) {
				java.util.Currency c = currency().orElseThrow();
				return c.getSymbol(english ? Locale.UK : SWEDEN);
			}
			return blank(item.getUnit()) ? "" : item.getUnit();
		}

		/** The currency of a MONEY item (SEK unless its unit names another), empty for other types. */
		public Optional<java.util.Currency> currency() {
			if (item.getType() != ItemType.MONEY) {
				return Optional.empty();
			}
			return blank(item.getUnit()) ? Optional.of(SEK) : Form.currency(item.getUnit());
		}

		public List<Band> bands() {
			return bands;
		}

		public List<MissingCode> missingCodes() {
			return missingCodes;
		}

		public Optional<Expression> visibleWhen() {
			return Optional.ofNullable(visibleWhen);
		}

		/** Smallest allowed number: the item's min, else 0 for counts, days and money. */
		public Integer min() {
			if (item.getMin() != null) {
				return item.getMin();
			}
			return switch (item.getType()) {
			case DAY_COUNT, MONEY, INTEGER, AGE -> 0;
			default -> null;
			};
		}

		public Integer max() {
			if (item.getMax() != null) {
				return item.getMax();
			}
			return switch (item.getType()) {
			case DAY_COUNT -> 30;
			case AGE -> 120;
			default -> null;
			};
		}

		/** The label of a code (choice, scale value, yes/no), or the code itself. */
		public String optionLabel(String code) {
			return options.stream().filter(o -> o.code().equals(code)).map(Option::label).findFirst().orElse(code);
		}

		/** The band a scale value falls in, if the scale has bands. */
		public Optional<Band> band(int value) {
			return bands.stream().filter(b -> value >= b.from() && value <= b.to()).findFirst();
		}

		public Optional<MissingCode> missingCode(String code) {
			return missingCodes.stream().filter(m -> m.getCode().equalsIgnoreCase(code)).findFirst();
		}

		/** Reads what a person typed: a value, an allowed missing code, nothing, or a broken rule. */
		public Parsed parse(String typed) {
			String text = typed == null ? "" : typed.strip();
			if (text.isEmpty()) {
				return new Parsed.Empty();
			}
			Optional<MissingCode> missing = missingCode(text);
			if (missing.isPresent()) {
				return new Parsed.Missing(missing.get().getCode());
			}
			return switch (item.getType()) {
			case INTEGER, DAY_COUNT, AGE -> number(text.replace(" ", "").replace("\u00a0", ""));
			case MONEY -> number(withoutCurrency(text).replace(" ", "").replace("\u00a0", ""));
			case DECIMAL -> decimal(text.replace(',', '.'));
			case SCALE, SINGLE_CHOICE -> code(text);
			case YES_NO -> yesNo(text);
			case MULTI_CHOICE -> codes(text);
			case DATE -> date(text);
			case MONTH_YEAR -> monthYear(text);
			case TEXT -> text.length() > 4000 ? invalid(Messages.itemTooLong, "4000") : new Parsed.Value(text);
			case COMPUTED -> invalid(Messages.itemComputed);
			};
		}

		/** "1 500 kr" and "1500 SEK" are 1500 when the item counts in SEK: the interviewer types what the client said. */
		private String withoutCurrency(String text) {
			java.util.Currency c = currency().orElseThrow();
			String lower = text.toLowerCase(Locale.ROOT);
			for (String suffix : List.of(c.getCurrencyCode(), c.getSymbol(SWEDEN), c.getSymbol(Locale.UK))) {
				String s = suffix.toLowerCase(Locale.ROOT);
				if (lower.endsWith(s) && lower.length() > s.length()) {
					return text.substring(0, text.length() - s.length()).strip();
				}
			}
			return text;
		}

		private Parsed number(String text) {
			long value;
			try {
				value = Long.parseLong(text);
			} catch (NumberFormatException e) {
				return invalid(Messages.itemWholeNumber, rangeText());
			}
			Integer min = min();
			Integer max = max();
			if ((min != null && value < min) || (max != null && value > max)) {
				return invalid(Messages.itemOutOfRange, Long.toString(value), rangeText());
			}
			return new Parsed.Value(Long.toString(value));
		}

		/** A number with decimals (comma or point), kept as typed digits with a point: 0,72 → 0.72. */
		private Parsed decimal(String text) {
			java.math.BigDecimal value;
			try {
				value = new java.math.BigDecimal(text);
			} catch (NumberFormatException e) {
				return invalid(Messages.itemDecimal, rangeText());
			}
			Integer min = min();
			Integer max = max();
			if ((min != null && value.compareTo(java.math.BigDecimal.valueOf(min)) < 0)
					|| (max != null && value.compareTo(java.math.BigDecimal.valueOf(max)) > 0)) {
				return invalid(Messages.itemOutOfRange, value.toPlainString(), rangeText());
			}
			return new Parsed.Value(value.stripTrailingZeros().toPlainString());
		}

		private String rangeText() {
			Integer min = min();
			Integer max = max();
			if (min != null && max != null) {
				return min + "\u2013" + max;
			}
			return min != null ? "\u2265 " + min : max != null ? "\u2264 " + max : "";
		}

		private Parsed code(String text) {
			if (options.stream().anyMatch(o -> o.code().equals(text))) {
				return new Parsed.Value(text);
			}
			if (options.isEmpty() && item.getType() == ItemType.SCALE) {
				return number(text);
			}
			return invalid(Messages.itemNotACode, text, codesText());
		}

		private String codesText() {
			StringBuilder codes = new StringBuilder();
			for (Option o : options) {
				codes.append(codes.length() == 0 ? "" : ", ").append(o.code());
			}
			for (MissingCode m : missingCodes) {
				codes.append(", ").append(m.getCode());
			}
			return codes.toString();
		}

		private Parsed yesNo(String text) {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.equals("1") || lower.equals("j") || lower.equals("ja") || lower.equals("y")
					|| lower.equals("yes")) {
				return new Parsed.Value("1");
			}
			if (lower.equals("0") || lower.equals("nej") || lower.equals("no")) {
				return new Parsed.Value("0");
			}
			return invalid(Messages.itemYesNo);
		}

		private Parsed codes(String text) {
			Set<String> chosen = new LinkedHashSet<>();
			for (String part : text.split("[,;\\s]+")) {
				if (part.isEmpty()) {
					continue;
				}
				if (options.stream().noneMatch(o -> o.code().equals(part))) {
					return invalid(Messages.itemNotACode, part, codesText());
				}
				chosen.add(part);
			}
			// canonical order = the order of the choice list, so equal answers are equal text
			List<String> ordered = options.stream().map(Option::code).filter(chosen::contains).toList();
			return new Parsed.Value(String.join(AnswerSheet.MULTI_SEPARATOR, ordered));
		}

		private Parsed date(String text) {
			for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE)) {
				try {
					return new Parsed.Value(LocalDate.parse(text, format).toString());
				} catch (DateTimeParseException e) {
					// try the next format
				}
			}
			// the shape is right but no such day (2025-02-30): say that, not the shape again
			if (text.matches("\\d{4}-\\d{2}-\\d{2}|\\d{8}")) {
				return invalid(Messages.dateNotInCalendar, text);
			}
			return invalid(Messages.itemDate);
		}

		/** A month: ÅÅÅÅ-MM (or ÅÅÅÅMM), stored as YYYY-MM; a month that does not exist is told so. */
		private Parsed monthYear(String text) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-?(\\d{2})").matcher(text);
			if (!m.matches()) {
				return invalid(Messages.itemMonthYear);
			}
			int month = Integer.parseInt(m.group(2));
			if (month < 1 || month > 12) {
				return invalid(Messages.dateNotInCalendar, text);
			}
			return new Parsed.Value(m.group(1) + "-" + m.group(2));
		}

		private Parsed invalid(String pattern, String... bindings) {
			Object[] args = new Object[bindings.length + 1];
			args[0] = id() + " " + label();
			System.arraycopy(bindings, 0, args, 1, bindings.length);
			return new Parsed.Invalid(NLS.bind(pattern, args));
		}

		/** The stored canonical value as a person reads it (choice labels, Ja/Nej). */
		public String display(AnswerSheet.Entry entry) {
			if (entry.isMissing()) {
				return missingCode(entry.missingCode()).map(m -> m.getCode() + " " + text(m.getLabel(), m.getLabelEn()))
						.orElse(entry.missingCode());
			}
			return switch (item.getType()) {
			case YES_NO -> "1".equals(entry.value()) ? Messages.yes : Messages.no;
			case SINGLE_CHOICE -> entry.value() + " " + optionLabel(entry.value());
			case SCALE -> optionLabel(entry.value()).equals(entry.value()) ? entry.value()
					: entry.value() + " " + optionLabel(entry.value());
			default -> entry.value();
			};
		}
	}

	private final InstrumentDefinition definition;
	private final boolean english;
	private final Map<String, Field> fields = new LinkedHashMap<>();
	private final Map<String, Expression> sectionConditions = new LinkedHashMap<>();
	private final Map<String, Group> groups = new LinkedHashMap<>();
	private final Set<String> multiChoice = new LinkedHashSet<>();
	private final int overlayRevision;

	/**
	 * @param valueSets finds model value sets by id (choice sets that name one)
	 * @param overlayRevision the unit overlay revision the definition carries, 0 for none
	 * @throws IllegalArgumentException when a choice set or expression cannot be resolved; validate definitions
	 *                                  with {@link DefinitionValidator} first
	 */
	public Form(InstrumentDefinition definition, Function<String, Optional<ValueSet>> valueSets, Locale locale,
			int overlayRevision) {
		this.definition = definition;
		this.english = se.isu.model.valueset.Bilingual.english(locale);
		this.overlayRevision = overlayRevision;
		Map<String, ChoiceSet> choiceSets = new LinkedHashMap<>();
		definition.getChoiceSets().forEach(c -> choiceSets.put(c.getId(), c));
		for (Section section : definition.getSections()) {
			if (!blank(section.getVisibleWhen())) {
				sectionConditions.put(section.getId(), Expression.parse(section.getVisibleWhen()));
			}
			Map<String, Group> sectionGroups = new LinkedHashMap<>();
			for (ItemGroup group : section.getGroups()) {
				Group made = new Group(group, section);
				sectionGroups.put(group.getId(), made);
				groups.put(group.getId(), made);
			}
			for (Item item : section.getItems()) {
				Group group = blank(item.getGroup()) ? null : sectionGroups.get(item.getGroup());
				if (!blank(item.getGroup()) && group == null) {
					throw new IllegalArgumentException("Item " + item.getId() + ": no group " + item.getGroup() + " in section " + section.getId());
				}
				// a grid's rows are answered on the grid's choice set unless an item names its own
				String choiceSetId = blank(item.getChoiceSet()) && group != null && group.isGrid()
						? group.group().getChoiceSet()
						: item.getChoiceSet();
				List<Option> options = new ArrayList<>();
				List<Band> bands = new ArrayList<>();
				if (item.getType() == ItemType.YES_NO) {
					options.add(new Option("1", Messages.yes));
					options.add(new Option("0", Messages.no));
				}
				if (!blank(choiceSetId)) {
					ChoiceSet set = choiceSets.get(choiceSetId);
					if (set == null) {
						throw new IllegalArgumentException("Item " + item.getId() + ": no choice set " + choiceSetId);
					}
					options.addAll(options(set, valueSets));
					set.getBands().forEach(b -> bands.add(new Band(b.getFrom(), b.getTo(), text(b.getLabel(), b.getLabelEn()))));
				}
				List<MissingCode> missing = definition.getMissingCodes().stream()
						.filter(m -> item.getMissingCodes().isEmpty()
								|| item.getMissingCodes().stream().anyMatch(c -> c.equalsIgnoreCase(m.getCode())))
						.toList();
				Field field = new Field(item, section, List.copyOf(options), List.copyOf(bands), missing);
				if (fields.put(item.getId(), field) != null) {
					throw new IllegalArgumentException("Item id " + item.getId() + " is used twice");
				}
				if (group != null) {
					field.group = group;
					group.members.add(field);
					group.memberIds.add(item.getId());
				}
				if (item.getType() == ItemType.MULTI_CHOICE) {
					multiChoice.add(item.getId());
				}
			}
		}
	}

	private List<Option> options(ChoiceSet set, Function<String, Optional<ValueSet>> valueSets) {
		if (!blank(set.getValueSet())) {
			ValueSet valueSet = valueSets.apply(set.getValueSet())
					.orElseThrow(() -> new IllegalArgumentException("Choice set " + set.getId() + ": no value set " + set.getValueSet()));
			List<Option> options = new ArrayList<>();
			for (ValueSetEntry e : valueSet.getEntries()) {
				options.add(new Option(Integer.toString(e.getCode()), text(e.getLabel(), e.getLabelEn())));
			}
			return options;
		}
		return set.getChoices().stream().map(c -> new Option(c.getCode(), text(c.getLabel(), c.getLabelEn()))).toList();
	}

	public InstrumentDefinition definition() {
		return definition;
	}

	public int overlayRevision() {
		return overlayRevision;
	}

	public String name() {
		return text(definition.getName(), definition.getNameEn());
	}

	public String sectionLabel(Section section) {
		return text(section.getLabel(), section.getLabelEn());
	}

	public List<Section> sections() {
		return Collections.unmodifiableList(definition.getSections());
	}

	public List<Field> fields() {
		return List.copyOf(fields.values());
	}

	public List<Field> fieldsOf(Section section) {
		return fields.values().stream().filter(f -> f.section() == section).toList();
	}

	/** The field of an item id, or of a row-qualified answer id ({@code drug[2].days} gives the field days). */
	public Optional<Field> field(String itemId) {
		Field field = fields.get(itemId);
		if (field == null && itemId != null) {
			Optional<RowIds.Ref> ref = RowIds.parse(itemId);
			if (ref.isPresent()) {
				Field member = fields.get(ref.get().item());
				if (member != null && member.inRows() && member.group.id().equals(ref.get().group())) {
					return Optional.of(member);
				}
			}
		}
		return Optional.ofNullable(field);
	}

	/** The repeating groups and grids in form order. */
	public List<Group> groups() {
		return List.copyOf(groups.values());
	}

	public Optional<Group> group(String groupId) {
		return Optional.ofNullable(groups.get(groupId));
	}

	/**
	 * Every place an answer can go in the section, in form order: one slot per plain or grid item, one per row and
	 * item of a repeating group ({@code rows} says how many rows each group has).
	 */
	public List<Slot> slots(Section section, java.util.function.ToIntFunction<Group> rows) {
		List<Slot> slots = new ArrayList<>();
		List<Field> sectionFields = fieldsOf(section);
		for (int i = 0; i < sectionFields.size(); i++) {
			Field field = sectionFields.get(i);
			if (!field.inRows()) {
				slots.add(new Slot(field, 0, field.id()));
				continue;
			}
			Group group = field.group;
			int count = rows.applyAsInt(group);
			for (int row = 1; row <= count; row++) {
				for (Field member : group.members) {
					slots.add(new Slot(member, row, member.answerId(row)));
				}
			}
			// the group's members stand together in the section (the validator sees to it)
			while (i + 1 < sectionFields.size() && sectionFields.get(i + 1).group == group) {
				i++;
			}
		}
		return slots;
	}

	/** The slots of the section with the rows the answers hold. */
	public List<Slot> slots(Section section, AnswerSheet answers) {
		return slots(section, g -> g.rows(answers));
	}

	private List<Slot> slots(AnswerSheet answers) {
		List<Slot> slots = new ArrayList<>();
		for (Section section : definition.getSections()) {
			slots.addAll(slots(section, answers));
		}
		return slots;
	}

	public Set<String> multiChoiceItemIds() {
		return Collections.unmodifiableSet(multiChoice);
	}

	public AnswerSheet newSheet() {
		return new AnswerSheet(multiChoice);
	}

	/**
	 * Whether skip logic shows the field (its section's condition and its own). A field of a repeating group is
	 * asked per row: without a row only its section's condition is read, see {@link #isVisible(Field, int, AnswerSheet)}.
	 */
	public boolean isVisible(Field field, AnswerSheet answers) {
		return field.inRows() ? sectionShown(field, answers) : isVisible(field, 0, answers);
	}

	/** Whether skip logic shows the field in a row of its repeating group: its rule reads that row's answers. */
	public boolean isVisible(Field field, int row, AnswerSheet answers) {
		if (!sectionShown(field, answers)) {
			return false;
		}
		AnswerSheet scope = field.inRows() && row > 0 ? field.group.row(answers, row) : answers;
		return field.visibleWhen().map(e -> e.test(scope)).orElse(true);
	}

	private boolean sectionShown(Field field, AnswerSheet answers) {
		Expression sectionCondition = sectionConditions.get(field.section().getId());
		return sectionCondition == null || sectionCondition.test(answers);
	}

	/**
	 * Applies skip logic and computed items until nothing changes: answers of hidden items are cleared (a hidden
	 * question was not asked), computed items get their values.
	 *
	 * @return the ids whose answers were cleared or recomputed
	 */
	public Set<String> settle(AnswerSheet answers) {
		Set<String> changed = new LinkedHashSet<>();
		for (int round = 0; round <= fields.size(); round++) {
			boolean any = false;
			for (Slot slot : slots(answers)) {
				Field field = slot.field();
				String id = slot.answerId();
				if (!isVisible(field, slot.row(), answers)) {
					if (answers.clear(id)) {
						changed.add(id);
						any = true;
					}
					continue;
				}
				if (field.computed != null) {
					Double value = field.computed.evaluate(field.inRows() ? field.group.row(answers, slot.row()) : answers);
					String text = value == null ? null : format(value);
					String old = answers.get(id).map(AnswerSheet.Entry::value).orElse(null);
					if (!java.util.Objects.equals(text, old)) {
						if (text == null) {
							answers.clear(id);
						} else {
							answers.put(id, text);
						}
						changed.add(id);
						any = true;
					}
				}
			}
			if (!any) {
				break;
			}
		}
		return changed;
	}

	private static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(Math.round(value * 10000) / 10000.0);
	}

	/**
	 * Checks stored answers against the form: unknown items, values that break their item's rule, answers to
	 * hidden items, and (when complete) required visible items left empty.
	 */
	public List<Violation> check(AnswerSheet answers, boolean complete) {
		List<Violation> violations = new ArrayList<>();
		for (String itemId : answers.itemIds()) {
			Field field = field(itemId).orElse(null);
			AnswerSheet.Entry entry = answers.get(itemId).orElseThrow();
			if (field == null) {
				violations.add(new Violation(itemId, NLS.bind(Messages.itemUnknown, itemId, name())));
				continue;
			}
			int row = 0;
			if (field.inRows()) {
				Optional<RowIds.Ref> ref = RowIds.parse(itemId);
				if (ref.isEmpty()) {
					violations.add(new Violation(itemId, NLS.bind(Messages.itemNeedsRow, itemId + " " + field.label(), field.group.label())));
					continue;
				}
				row = ref.get().row();
				if (row > field.group.maxRows()) {
					violations.add(new Violation(itemId, NLS.bind(Messages.groupTooManyRows,
							new Object[] { field.group.id() + " " + field.group.label(), field.group.maxRows(), row })));
					continue;
				}
			}
			if (field.type() == ItemType.COMPUTED) {
				continue;
			}
			Parsed parsed = field.parse(entry.isMissing() ? entry.missingCode() : entry.value());
			if (parsed instanceof Parsed.Invalid invalid) {
				violations.add(new Violation(itemId, invalid.message()));
			} else if (entry.isMissing() && !(parsed instanceof Parsed.Missing)) {
				violations.add(new Violation(itemId, NLS.bind(Messages.itemMissingNotAllowed, itemId + " " + field.label(), entry.missingCode())));
			} else if (!isVisible(field, row, answers)) {
				violations.add(new Violation(itemId, NLS.bind(Messages.itemHiddenAnswered, itemId + " " + field.label())));
			}
		}
		if (complete) {
			for (Group group : groups.values()) {
				int rows = group.rows(answers);
				if (group.isRepeating() && !group.members.isEmpty() && rows < group.minRows() && sectionShown(group.members.get(0), answers)) {
					violations.add(new Violation(group.id(), NLS.bind(Messages.groupTooFewRows,
							new Object[] { group.id() + " " + group.label(), group.minRows(), rows })));
				}
			}
			for (Slot slot : slots(answers)) {
				Field field = slot.field();
				if (field.item().isRequired() && field.type() != ItemType.COMPUTED && isVisible(field, slot.row(), answers)
						&& answers.get(slot.answerId()).isEmpty()) {
					String where = slot.row() > 0 ? slot.answerId() + " " + field.label() + " (" + field.group.rowTitle(slot.row()) + ")"
							: field.id() + " " + field.label();
					violations.add(new Violation(slot.answerId(), NLS.bind(Messages.itemRequired, where)));
				}
			}
		}
		return violations;
	}

	/** Visible items in the section and how many of them hold an answer or a missing code. */
	public int[] progress(Section section, AnswerSheet answers) {
		int shown = 0;
		int done = 0;
		for (Slot slot : slots(section, answers)) {
			if (slot.field().type() == ItemType.COMPUTED || !isVisible(slot.field(), slot.row(), answers)) {
				continue;
			}
			shown++;
			if (answers.get(slot.answerId()).isPresent()) {
				done++;
			}
		}
		return new int[] { done, shown };
	}

	private static final Locale SWEDEN = Locale.forLanguageTag("sv-SE");
	private static final java.util.Currency SEK = java.util.Currency.getInstance("SEK");

	/**
	 * The currency a MONEY item's unit names: an ISO 4217 code (SEK, EUR, NOK …), or "kr", which definitions written
	 * before currencies were codes use for Swedish kronor. Empty for anything else (DefinitionValidator refuses it).
	 */
	public static Optional<java.util.Currency> currency(String unit) {
		String code = unit == null ? "" : unit.strip();
		if (code.equals("kr")) {
			return Optional.of(SEK);
		}
		if (!code.matches("[A-Z]{3}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(java.util.Currency.getInstance(code));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	String text(String swedish, String englishText) {
		return english && !blank(englishText) ? englishText : swedish;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
