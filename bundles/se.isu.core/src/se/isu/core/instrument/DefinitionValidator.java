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
import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.RowAggregate;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.MissingCode;
import se.isu.model.instrument.ScheduleRule;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.ScoreBand;
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
			if (!rule.getInterventionTypes().isEmpty()
					&& rule.getAnchor() != se.isu.model.instrument.ScheduleAnchor.INTERVENTION_END) {
				problems.add("schedule rule: intervention types need the anchor INTERVENTION_END");
			}
			valueSets.apply("skl.insatstyp").ifPresent(types -> rule.getInterventionTypes().stream()
					.filter(code -> types.getEntries().stream().noneMatch(e -> e.getCode() == code))
					.forEach(code -> problems.add("schedule rule: intervention type " + code + " is not a code of skl.insatstyp")));
		}
		Map<String, Item> items = new HashMap<>();
		Set<String> sectionIds = new HashSet<>();
		Set<String> seen = new HashSet<>();
		// item id -> its repeating group: such an item is read per row, only by its own group's items
		Map<String, String> repeatingOf = new HashMap<>();
		Map<String, ItemGroup> grids = new HashMap<>();
		Set<String> groupIds = new HashSet<>();
		for (Section section : definition.getSections()) {
			for (ItemGroup group : section.getGroups()) {
				if (!blank(group.getId()) && !groupIds.add(group.getId())) {
					problems.add("group " + group.getId() + ": id is used twice");
				}
				if (group.getKind() == GroupKind.GRID) {
					grids.put(group.getId(), group);
				}
			}
			for (Item item : section.getItems()) {
				if (!blank(item.getGroup()) && section.getGroups().stream()
						.anyMatch(g -> item.getGroup().equals(g.getId()) && g.getKind() == GroupKind.REPEATING)) {
					repeatingOf.put(item.getId(), item.getGroup());
				}
			}
		}
		for (Section section : definition.getSections()) {
			if (blank(section.getId()) || !sectionIds.add(section.getId())) {
				problems.add("section id '" + section.getId() + "' is empty or used twice");
			}
			expression(section.getVisibleWhen(), "section " + section.getId(), seen, repeatingOf, null, problems);
			groups(section, choiceSets, problems);
			for (Item item : section.getItems()) {
				String where = "item " + item.getId();
				if (groupIds.contains(item.getId())) {
					problems.add(where + ": id is also the id of a group");
				}
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
				String ownGroup = repeatingOf.get(item.getId());
				expression(item.getVisibleWhen(), where, seen, repeatingOf, ownGroup, problems);
				if (item.getType() == ItemType.COMPUTED) {
					if (blank(item.getExpression())) {
						problems.add(where + ": computed item without expression");
					} else {
						expression(item.getExpression(), where, seen, repeatingOf, ownGroup, problems);
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
			if (score.getBandsOf() != null && !score.getBandsOf().isBlank()) {
				zoneScore(score, definition, problems);
			} else {
				score(score, items, choiceSets, repeatingOf, grids, problems);
			}
		}
		return problems;
	}

	/**
	 * A section's groups: ids, kinds, rows, choice sets, members that stand together, and row-qualified ids that fit
	 * the answer table's item column.
	 */
	private static void groups(Section section, Map<String, ChoiceSet> choiceSets, List<String> problems) {
		Map<String, ItemGroup> byId = new HashMap<>();
		for (ItemGroup group : section.getGroups()) {
			String where = "group " + group.getId();
			if (blank(group.getId()) || !ITEM_ID.matcher(group.getId()).matches()) {
				problems.add("group '" + group.getId() + "' in section " + section.getId()
						+ ": id must start with a letter and hold only letters, digits, _ and .");
				continue;
			}
			byId.put(group.getId(), group);
			if (blank(group.getLabel())) {
				problems.add(where + ": no label");
			}
			List<Item> members = section.getItems().stream().filter(i -> group.getId().equals(i.getGroup())).toList();
			if (members.isEmpty()) {
				problems.add(where + ": no items (an item joins it by naming it in group)");
				continue;
			}
			int first = section.getItems().indexOf(members.get(0));
			if (section.getItems().indexOf(members.get(members.size() - 1)) - first + 1 != members.size()) {
				problems.add(where + ": its items must stand together in section " + section.getId());
			}
			if (group.getKind() == GroupKind.REPEATING) {
				if (group.getMaxRows() < 1) {
					problems.add(where + ": maxRows must be 1 or more");
				} else if (group.getMaxRows() > 9999) {
					problems.add(where + ": maxRows " + group.getMaxRows() + " is above 9999");
				}
				if (group.getMinRows() < 0 || group.getMinRows() > group.getMaxRows()) {
					problems.add(where + ": minRows " + group.getMinRows() + " must be 0 to maxRows " + group.getMaxRows());
				}
				if (!blank(group.getChoiceSet())) {
					problems.add(where + ": a repeating group has no choice set of its own (its items have theirs)");
				}
				for (Item member : members) {
					String longest = se.isu.instrument.api.RowIds.of(group.getId(), Math.max(1, group.getMaxRows()), member.getId());
					if (longest.length() > se.isu.instrument.api.RowIds.MAX_LENGTH) {
						problems.add(where + ": the stored id " + longest + " is " + longest.length() + " characters, at most "
								+ se.isu.instrument.api.RowIds.MAX_LENGTH + " fit; shorten the group or item id");
					}
				}
			} else {
				if (blank(group.getChoiceSet())) {
					problems.add(where + ": a grid needs a choice set");
				} else if (!choiceSets.containsKey(group.getChoiceSet())) {
					problems.add(where + ": choice set " + group.getChoiceSet() + " does not exist");
				}
				for (Item member : members) {
					if (member.getType() != ItemType.SINGLE_CHOICE) {
						problems.add(where + ": row " + member.getId() + " is " + member.getType() + "; a grid's rows are SINGLE_CHOICE");
					} else if (!blank(member.getChoiceSet()) && !member.getChoiceSet().equals(group.getChoiceSet())) {
						problems.add(where + ": row " + member.getId() + " names choice set " + member.getChoiceSet()
								+ "; a grid's rows share the grid's " + group.getChoiceSet());
					}
				}
			}
		}
		for (Item item : section.getItems()) {
			if (!blank(item.getGroup()) && !byId.containsKey(item.getGroup())) {
				problems.add("item " + item.getId() + ": group " + item.getGroup() + " is not a group of section " + section.getId());
			}
		}
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
		// a grid's row takes the grid's choice set
		if (needsChoices && blank(item.getChoiceSet()) && blank(item.getGroup())) {
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

	private static void expression(String source, String where, Set<String> earlier, Map<String, String> repeatingOf,
			String ownGroup, List<String> problems) {
		if (blank(source)) {
			return;
		}
		try {
			for (String ref : Expression.parse(source).references()) {
				if (!earlier.contains(ref)) {
					problems.add(where + ": expression refers to " + ref + ", which is not an earlier item");
				} else if (repeatingOf.containsKey(ref) && !repeatingOf.get(ref).equals(ownGroup)) {
					// a rule outside the group would not know which row to read
					problems.add(where + ": expression refers to " + ref + " of repeating group " + repeatingOf.get(ref)
							+ "; only items of that group read it (in their own row)");
				}
			}
		} catch (Expression.ExpressionException e) {
			problems.add(where + ": " + e.getMessage());
		}
	}

	/**
	 * A zone score (decision 101): it names an earlier score with a range, has no components, and per condition
	 * (legal sex, age range) its bands cover that range without overlapping; a condition never reached because an
	 * earlier one already covers it is refused too.
	 */
	private void zoneScore(ScoreDefinition score, InstrumentDefinition definition, List<String> problems) {
		String where = "score " + score.getId();
		ScoreDefinition of = null;
		for (ScoreDefinition s : definition.getScores()) {
			if (s == score) {
				break;
			}
			if (s.getId().equals(score.getBandsOf())) {
				of = s;
			}
		}
		if (of == null) {
			problems.add(where + ": bandsOf " + score.getBandsOf() + " is not an earlier score of the definition");
			return;
		}
		if (!score.getComponents().isEmpty()) {
			problems.add(where + ": a zone score (bandsOf " + of.getId() + ") has no components of its own");
		}
		if (of.getMin() == null || of.getMax() == null) {
			problems.add(where + ": score " + of.getId() + " needs min and max so its zones can be checked to cover it");
			return;
		}
		if (score.getBands().isEmpty()) {
			problems.add(where + ": a zone score needs bands");
			return;
		}
		Set<Integer> sexes = valueSets.apply("skl.juridisktKon").map(v -> v.getEntries().stream()
				.map(e -> e.getCode()).collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
		// the smallest step between two values: 1 for a whole-number score such as AUDIT, 0.01 with two decimals
		double unit = Math.pow(10, -ScoreScale.of(of, false).decimals());
		List<List<ScoreBand>> groups = DeclarativeScoring.conditionGroups(score);
		for (int g = 0; g < groups.size(); g++) {
			List<ScoreBand> group = groups.get(g);
			ScoreBand first = group.get(0);
			String condition = DeclarativeScoring.condition(first);
			String when = where + (condition.isEmpty() ? " (any client)" : " (" + condition + ")");
			if (first.getLegalSex() != null && !sexes.contains(first.getLegalSex())) {
				problems.add(when + ": legalSex " + first.getLegalSex() + " is not a code of skl.juridisktKon " + sexes);
			}
			if (first.getMinAge() != null && first.getMaxAge() != null && first.getMinAge() > first.getMaxAge()) {
				problems.add(when + ": minAge " + first.getMinAge() + " is above maxAge " + first.getMaxAge());
			}
			for (int e = 0; e < g; e++) {
				if (covers(groups.get(e).get(0), first)) {
					problems.add(when + ": never used, the bands for \""
							+ DeclarativeScoring.condition(groups.get(e).get(0)) + "\" come first and cover these clients");
					break;
				}
			}
			List<ScoreBand> sorted = new ArrayList<>(group);
			sorted.sort(java.util.Comparator.comparingDouble(ScoreBand::getFrom));
			double expected = of.getMin();
			for (ScoreBand band : sorted) {
				String range = n(band.getFrom()) + "-" + n(band.getTo());
				if (band.getZone() == null) {
					problems.add(when + ": band " + range + " has no zone");
				}
				if (band.getFrom() > band.getTo()) {
					problems.add(when + ": band " + range + " ends before it starts");
				}
				if (band.getFrom() < expected - 1e-9) {
					problems.add(when + ": band " + range + " overlaps the band before it (" + of.getId()
							+ " values from " + n(expected) + " are not yet taken)");
				} else if (band.getFrom() > expected + 1e-9) {
					problems.add(when + ": values " + n(expected) + " to " + n(band.getFrom() - unit) + " of " + of.getId()
							+ " are in no band");
				}
				expected = Math.max(expected, band.getTo() + unit);
			}
			if (expected - unit < of.getMax() - 1e-9) {
				problems.add(when + ": values " + n(expected) + " to " + n(of.getMax()) + " of " + of.getId() + " are in no band");
			} else if (expected - unit > of.getMax() + 1e-9) {
				problems.add(when + ": bands reach " + n(expected - unit) + ", beyond " + of.getId() + "'s max " + n(of.getMax()));
			}
		}
	}

	/** A number as a message shows it: 8 rather than 8.0, 0.25 as it is. */
	private static String n(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 1e6) / 1e6);
	}

	/** Whether every client the later band's condition fits is already fitted by the earlier one's. */
	private static boolean covers(ScoreBand earlier, ScoreBand later) {
		boolean sex = earlier.getLegalSex() == null || earlier.getLegalSex().equals(later.getLegalSex());
		boolean from = earlier.getMinAge() == null || later.getMinAge() != null && later.getMinAge() >= earlier.getMinAge();
		boolean to = earlier.getMaxAge() == null || later.getMaxAge() != null && later.getMaxAge() <= earlier.getMaxAge();
		return sex && from && to;
	}

	private static void score(ScoreDefinition score, Map<String, Item> items, Map<String, ChoiceSet> choiceSets,
			Map<String, String> repeatingOf, Map<String, ItemGroup> grids, List<String> problems) {
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
			boolean over = c.getOver() != null && c.getOver() != RowAggregate.NONE;
			if (over && grids.containsKey(c.getItemId())) {
				ItemGroup grid = grids.get(c.getItemId());
				ChoiceSet set = choiceSets.get(grid.getChoiceSet());
				if (c.getTransform() == ComponentTransform.MATCHES && (blank(c.getCode()) || set != null
						&& !set.getChoices().isEmpty() && set.getChoices().stream().noneMatch(x -> x.getCode().equals(c.getCode())))) {
					problems.add(where + ": MATCHES over grid " + grid.getId() + " needs a code of choice set " + grid.getChoiceSet());
				}
				continue;
			}
			if (over && !repeatingOf.containsKey(c.getItemId())) {
				problems.add(where + ": component " + c.getItemId() + " reads " + c.getOver()
						+ " over rows but is neither an item of a repeating group nor a grid");
				continue;
			}
			if (!over && repeatingOf.containsKey(c.getItemId())) {
				problems.add(where + ": component " + c.getItemId() + " is an item of repeating group " + repeatingOf.get(c.getItemId())
						+ "; say how its rows are read (over ROWS, COUNT, SUM, MAX or ANY)");
				continue;
			}
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
