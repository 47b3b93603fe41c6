package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import se.isu.core.Messages;
import se.isu.model.ValueSet;
import se.isu.model.instrument.ChoiceSet;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemType;
import se.isu.model.instrument.Section;

/**
 * The questionnaire editor's checker (issue 17, decision 122): what {@link DefinitionValidator} refuses, said to the
 * person who builds the form, in the user's language, at the element and field where it is to be mended (an item's
 * skip rule, its choice list, a section's label). Skip rules are parsed with {@link Expression}, the same parser
 * the form uses, so a rule the checker passes is one the form reads. Problems only the validator knows (scores,
 * groups) are passed on as it words them, so publishing can never accept what the checker let through.
 */
public final class QuestionnaireChecker {

	/** Where: {@code itemId} (or section id, or empty for the form itself) and the field there; the message says why. */
	public record Problem(String element, String field, String message) {
	}

	private static final Pattern ITEM_ID = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.]*");
	private static final Pattern POSITION = Pattern.compile("position (\\d+): (.*)$");

	private final Function<String, Optional<ValueSet>> valueSets;

	public QuestionnaireChecker(Function<String, Optional<ValueSet>> valueSets) {
		this.valueSets = valueSets;
	}

	public List<Problem> check(InstrumentDefinition d) {
		List<Problem> problems = new ArrayList<>();
		if (blank(d.getName())) {
			problems.add(new Problem("", "name", Messages.check_nameRequired));
		}
		if (d.getSections().isEmpty()) {
			problems.add(new Problem("", "sections", Messages.check_noSections));
		}
		Map<String, ChoiceSet> sets = new HashMap<>();
		d.getChoiceSets().forEach(s -> sets.put(s.getId(), s));
		for (ChoiceSet set : d.getChoiceSets()) {
			if (blank(set.getValueSet()) && set.getChoices().isEmpty()) {
				problems.add(new Problem(set.getId(), "choices", NLS.bind(Messages.check_choiceListEmpty, set.getId())));
			}
			Set<String> codes = new HashSet<>();
			set.getChoices().forEach(c -> {
				if (blank(c.getCode())) {
					problems.add(new Problem(set.getId(), "choices", NLS.bind(Messages.check_choiceCodeEmpty, set.getId())));
				} else if (!codes.add(c.getCode())) {
					problems.add(new Problem(set.getId(), "choices", NLS.bind(Messages.check_choiceCodeTwice, c.getCode(), set.getId())));
				}
			});
		}
		Set<String> sectionIds = new HashSet<>();
		Set<String> earlier = new HashSet<>();
		Set<String> all = new HashSet<>();
		d.getSections().forEach(s -> s.getItems().forEach(i -> all.add(i.getId())));
		for (Section section : d.getSections()) {
			if (blank(section.getId()) || !sectionIds.add(section.getId())) {
				problems.add(new Problem(nz(section.getId()), "id", NLS.bind(Messages.check_sectionId, nz(section.getId()))));
			}
			if (blank(section.getLabel())) {
				problems.add(new Problem(nz(section.getId()), "label", NLS.bind(Messages.check_sectionLabel, nz(section.getId()))));
			}
			rule(section.getVisibleWhen(), section.getId(), "visibleWhen", earlier, all, problems);
			for (Item item : section.getItems()) {
				String id = nz(item.getId());
				if (blank(item.getId()) || !ITEM_ID.matcher(id).matches()) {
					problems.add(new Problem(id, "id", NLS.bind(Messages.check_itemId, id)));
				} else if (earlier.contains(id)) {
					problems.add(new Problem(id, "id", NLS.bind(Messages.check_itemIdTwice, id)));
				}
				if (blank(item.getLabel())) {
					problems.add(new Problem(id, "label", NLS.bind(Messages.check_itemLabel, id)));
				}
				ItemType type = item.getType();
				boolean needsList = type == ItemType.SINGLE_CHOICE || type == ItemType.MULTI_CHOICE;
				if (needsList && blank(item.getChoiceSet())) {
					problems.add(new Problem(id, "choiceSet", NLS.bind(Messages.check_itemNeedsChoices, id)));
				}
				if (!blank(item.getChoiceSet()) && !sets.containsKey(item.getChoiceSet())) {
					problems.add(new Problem(id, "choiceSet", NLS.bind(Messages.check_itemUnknownChoices, id, item.getChoiceSet())));
				}
				if (type == ItemType.SCALE && blank(item.getChoiceSet()) && (item.getMin() == null || item.getMax() == null)) {
					problems.add(new Problem(id, "min", NLS.bind(Messages.check_scaleNeedsRange, id)));
				}
				if (item.getMin() != null && item.getMax() != null && item.getMin() > item.getMax()) {
					problems.add(new Problem(id, "min", NLS.bind(Messages.check_minAboveMax, id)));
				}
				if (type == ItemType.COMPUTED && blank(item.getExpression())) {
					problems.add(new Problem(id, "expression", NLS.bind(Messages.check_computedNeedsExpression, id)));
				}
				rule(item.getVisibleWhen(), id, "visibleWhen", earlier, all, problems);
				if (type == ItemType.COMPUTED) {
					rule(item.getExpression(), id, "expression", earlier, all, problems);
				}
				earlier.add(id);
			}
		}
		if (problems.isEmpty()) {
			// whatever else the validator refuses (scores, groups, missing codes) in its own words
			InstrumentDefinition probe = org.eclipse.emf.ecore.util.EcoreUtil.copy(d);
			if (blank(probe.getId())) {
				probe.setId("probe");
			}
			if (blank(probe.getVersion())) {
				probe.setVersion("1");
			}
			new DefinitionValidator(valueSets).problems(probe)
					.forEach(p -> problems.add(new Problem("", "definition", p)));
		}
		return problems;
	}

	/**
	 * Explains one rule as the person wrote it: empty when the form can read it. {@code earlier} are the items
	 * before the element, {@code all} every item of the form (to tell "later" from "no such item").
	 */
	public static List<String> explainRule(String source, String where, Set<String> earlier, Set<String> all) {
		List<Problem> problems = new ArrayList<>();
		rule(source, where, "visibleWhen", earlier, all, problems);
		return problems.stream().map(Problem::message).toList();
	}

	private static void rule(String source, String where, String field, Set<String> earlier, Set<String> all,
			List<Problem> problems) {
		if (blank(source)) {
			return;
		}
		try {
			for (String ref : Expression.parse(source).references()) {
				if (!earlier.contains(ref)) {
					problems.add(new Problem(where, field, all.contains(ref)
							? NLS.bind(Messages.check_ruleNamesLater, where, ref)
							: NLS.bind(Messages.check_ruleNamesUnknown, where, ref)));
				}
			}
		} catch (Expression.ExpressionException e) {
			Matcher m = POSITION.matcher(e.getMessage());
			problems.add(new Problem(where, field, m.find()
					? NLS.bind(Messages.check_ruleUnreadable, new Object[] { where, m.group(1), m.group(2) })
					: NLS.bind(Messages.check_ruleUnreadable, new Object[] { where, "?", e.getMessage() })));
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
