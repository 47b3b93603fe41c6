package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import se.isu.model.ValueSet;
import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.ComponentTransform;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.ScheduleRule;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.ScoreDefinition;
import se.isu.model.instrument.Section;

/**
 * Checks that a definition can be shown, answered and scored: unique ids, resolvable choice sets, sane ranges,
 * known missing codes, skip logic that parses and only looks back at earlier items, score components that point at
 * numeric items. Shipped definitions, unit questionnaires and overlaid forms all pass through it.
 */
public final class DefinitionValidator {

	private static final Set<ItemType> NUMERIC = EnumSet.of(ItemType.INTEGER, ItemType.DECIMAL, ItemType.DAY_COUNT, ItemType.MONEY, ItemType.AGE,
			ItemType.SCALE, ItemType.YES_NO, ItemType.COMPUTED, ItemType.SINGLE_CHOICE);

	/** What a person types for yes or no (Form.Field reads them); a missing code must not take them over. */
	private static final Set<String> YES_NO_KEYS = Set.of("J", "JA", "Y", "YES", "NEJ", "NO");

	/** What {@link Expression} reads as an item id. */
	private static final java.util.regex.Pattern ITEM_ID = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{N}_.]*");

	private final Function<String, Optional<ValueSet>> valueSets;

	public DefinitionValidator(Function<String, Optional<ValueSet>> valueSets) {
		this.valueSets = valueSets;
	}

	/** Every problem found, each naming the element; empty when the definition is sound. */
	public List<String> problems(InstrumentDefinition definition) {
		List<String> problems = new ArrayList<>();
		if (blank(definition.getId()) || blank(definition.getVersion()) || blank(definition.getName())) {
			problems.add("id, version and name are required");
		}
		if (definition.getSections().isEmpty()) {
			problems.add("no sections");
		}
		Map<String, ChoiceSet> choiceSets = new HashMap<>();
		for (ChoiceSet set : definition.getChoiceSets()) {
			if (choiceSets.put(set.getId(), set) != null) {
				problems.add("choice set " + set.getId() + " is defined twice");
			}
			if (!blank(set.getValueSet()) && valueSets.apply(set.getValueSet()).isEmpty()) {
				problems.add("choice set " + set.getId() + ": value set " + set.getValueSet() + " does not exist");
			}
			if (blank(set.getValueSet()) && set.getChoices().isEmpty()) {
				problems.add("choice set " + set.getId() + " has no choices");
			}
			Set<String> codes = new HashSet<>();
			set.getChoices().forEach(c -> {
				if (!codes.add(c.getCode())) {
					problems.add("choice set " + set.getId() + ": code " + c.getCode() + " twice");
				}
			});
		}
		Set<String> missingCodes = new HashSet<>();
		for (MissingCode m : definition.getMissingCodes()) {
			if (blank(m.getCode()) || m.getCode().chars().anyMatch(Character::isWhitespace)
					|| m.getCode().chars().anyMatch(Character::isDigit)) {
				problems.add("missing code '" + m.getCode() + "' must be letters only");
			} else if (!missingCodes.add(m.getCode().toUpperCase())) {
				problems.add("missing code " + m.getCode() + " twice");
			} else if (YES_NO_KEYS.contains(m.getCode().toUpperCase())) {
				problems.add("missing code " + m.getCode() + " is a key for yes or no answers");
			}
		}
		for (ScheduleRule rule : definition.getSchedule()) {
			if (rule.getOccasionKind() == null || rule.getAnchor() == null) {
				problems.add("schedule rule without occasion kind or anchor");
			}
		}
		Map<String, Item> items = new HashMap<>();
		Set<String> sectionIds = new HashSet<>();
		Set<String> seen = new HashSet<>();
		for (Section section : definition.getSections()) {
			if (blank(section.getId()) || !sectionIds.add(section.getId())) {
				problems.add("section id '" + section.getId() + "' is empty or used twice");
			}
			expression(section.getVisibleWhen(), "section " + section.getId(), seen, problems);
			for (Item item : section.getItems()) {
				String where = "item " + item.getId();
				if (blank(item.getId()) || items.put(item.getId(), item) != null) {
					problems.add(where + ": id is empty or used twice");
				} else if (!ITEM_ID.matcher(item.getId()).matches()) {
					// skip rules and computations name items; an id the expression language cannot read is unusable
					problems.add(where + ": id must start with a letter and hold only letters, digits, _ and .");
				}
				if (blank(item.getLabel())) {
					problems.add(where + ": no label");
				}
				item(item, where, choiceSets, missingCodes, problems);
				expression(item.getVisibleWhen(), where, seen, problems);
				if (item.getType() == ItemType.COMPUTED) {
					if (blank(item.getExpression())) {
						problems.add(where + ": computed item without expression");
					} else {
						expression(item.getExpression(), where, seen, problems);
					}
				}
				seen.add(item.getId());
			}
		}
		Set<String> scoreIds = new HashSet<>();
		for (ScoreDefinition score : definition.getScores()) {
			if (!scoreIds.add(score.getId())) {
				problems.add("score id " + score.getId() + " is used twice");
			}
			score(score, items, choiceSets, problems);
		}
		return problems;
	}

	private void item(Item item, String where, Map<String, ChoiceSet> choiceSets, Set<String> missingCodes,
			List<String> problems) {
		ItemType type = item.getType();
		if (item.getMin() != null && item.getMax() != null && item.getMin() > item.getMax()) {
			problems.add(where + ": min " + item.getMin() + " is above max " + item.getMax());
		}
		if (type == ItemType.MONEY && !blank(item.getUnit()) && Form.currency(item.getUnit()).isEmpty()) {
			problems.add(where + ": a MONEY item's unit must be an ISO 4217 currency code such as SEK or EUR (or kr for SEK), not '"
					+ item.getUnit() + "'");
		}
		if (type == ItemType.DAY_COUNT && item.getMax() != null && item.getMax() > 31) {
			problems.add(where + ": a day count covers at most 31 days");
		}
		boolean needsChoices = type == ItemType.SINGLE_CHOICE || type == ItemType.MULTI_CHOICE;
		if (needsChoices && blank(item.getChoiceSet())) {
			problems.add(where + ": " + type + " needs a choice set");
		}
		if (type == ItemType.SCALE && blank(item.getChoiceSet()) && (item.getMin() == null || item.getMax() == null)) {
			problems.add(where + ": a scale needs a choice set or min and max");
		}
		if (!blank(item.getChoiceSet())) {
			ChoiceSet set = choiceSets.get(item.getChoiceSet());
			if (set == null) {
				problems.add(where + ": choice set " + item.getChoiceSet() + " does not exist");
			} else {
				set.getChoices().stream().filter(c -> missingCodes.contains(c.getCode().toUpperCase()))
						.forEach(c -> problems.add(where + ": choice code " + c.getCode() + " clashes with a missing code"));
			}
		}
		for (String code : item.getMissingCodes()) {
			if (!missingCodes.contains(code.toUpperCase())) {
				problems.add(where + ": missing code " + code + " is not defined");
			}
		}
	}

	private static void expression(String source, String where, Set<String> earlier, List<String> problems) {
		if (blank(source)) {
			return;
		}
		try {
			for (String ref : Expression.parse(source).references()) {
				if (!earlier.contains(ref)) {
					problems.add(where + ": expression refers to " + ref + ", which is not an earlier item");
				}
			}
		} catch (Expression.ExpressionException e) {
			problems.add(where + ": " + e.getMessage());
		}
	}

	private static void score(ScoreDefinition score, Map<String, Item> items, Map<String, ChoiceSet> choiceSets,
			List<String> problems) {
		String where = "score " + score.getId();
		if (score.getComponents().isEmpty()) {
			problems.add(where + ": no components");
		}
		if (score.getMinAnswered() > score.getComponents().size()) {
			problems.add(where + ": minAnswered is more than the components");
		}
		// the scale (decision 59): a range that is one, a step above zero, bands inside the range
		if (score.getMin() != null && score.getMax() != null && score.getMin() >= score.getMax()) {
			problems.add(where + ": min " + score.getMin() + " is not below max " + score.getMax());
		}
		if (score.getStep() != null && score.getStep() <= 0) {
			problems.add(where + ": step " + score.getStep() + " must be above zero");
		}
		if (score.getDecimals() != null && (score.getDecimals() < 0 || score.getDecimals() > 6)) {
			problems.add(where + ": decimals " + score.getDecimals() + " must be 0 to 6");
		}
		for (se.isu.model.instrument.ScoreBand band : score.getBands()) {
			if (band.getFrom() > band.getTo() || (score.getMin() != null && band.getFrom() < score.getMin())
					|| (score.getMax() != null && band.getTo() > score.getMax())) {
				problems.add(where + ": band " + band.getFrom() + "-" + band.getTo() + " is not inside the score's range");
			}
		}
		for (ScoreComponent c : score.getComponents()) {
			Item item = items.get(c.getItemId());
			if (item == null) {
				problems.add(where + ": component item " + c.getItemId() + " does not exist");
				continue;
			}
			ComponentTransform t = c.getTransform();
			if (t == ComponentTransform.MATCHES) {
				if (blank(c.getCode())) {
					problems.add(where + ": MATCHES component " + c.getItemId() + " needs a code");
				} else if (!blank(item.getChoiceSet()) && choiceSets.containsKey(item.getChoiceSet())
						&& !choiceSets.get(item.getChoiceSet()).getChoices().isEmpty()
						&& choiceSets.get(item.getChoiceSet()).getChoices().stream().noneMatch(x -> x.getCode().equals(c.getCode()))) {
					problems.add(where + ": MATCHES code " + c.getCode() + " is not a choice of " + c.getItemId());
				}
			} else if (!NUMERIC.contains(item.getType())) {
				problems.add(where + ": component " + c.getItemId() + " is " + item.getType() + ", not a number");
			}
			if ((t == ComponentTransform.SCALED || t == ComponentTransform.LOG_MONEY) && c.getMax() <= 0) {
				problems.add(where + ": component " + c.getItemId() + " needs max > 0");
			}
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
