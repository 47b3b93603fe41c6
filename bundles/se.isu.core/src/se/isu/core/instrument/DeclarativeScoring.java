package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.isu.instrument.api.RowIds;
import se.isu.model.instrument.GroupKind;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Item;
import se.isu.model.instrument.ItemGroup;
import se.isu.model.instrument.RowAggregate;
import se.isu.model.instrument.Section;
import se.isu.model.instrument.MissingScoreRule;
import se.isu.model.instrument.Score;
import se.isu.model.instrument.ScoreBand;
import se.isu.model.instrument.ScoreComponent;
import se.isu.model.instrument.ScoreDefinition;

/**
 * Computes the scores a definition declares as component lists. Missing-data rules are explicit:
 * <ul>
 * <li>a component is <em>missing</em> when its item is unanswered, holds a missing code (X, N, ...) or is not a
 * number;</li>
 * <li>{@code ANY_MISSING}: one missing component makes the score missing (never zero);</li>
 * <li>{@code PRORATE}: the combination runs over the answered components when at least {@code minAnswered} (default
 * all, which makes it behave as ANY_MISSING) are answered; MEAN re-normalises the weights over those, SUM adds
 * only the answered components (it is not scaled up).</li>
 * </ul>
 * Combinations: {@code MEAN} = Σ wᵢcᵢ / Σ wᵢ; {@code ONE_MINUS_MEAN} = 1 − MEAN; {@code SUM} = Σ wᵢcᵢ.
 * Transforms: {@code SCALED} = v / max; {@code YES_NO} = 1 when v = 1 else 0; {@code LOG_MONEY} =
 * ln(min(v, max) + 1) / ln(max + 1); {@code VALUE} = v; {@code MATCHES} = 1 when the answer equals the code.
 * <p>
 * Over a group ({@code over} other than NONE): the transform is applied to the item in every row of its repeating
 * group (or to every item of a grid named by its id), then ROWS counts the rows with a value, COUNT those whose value
 * is not zero, SUM adds, MAX takes the largest, ANY is 1 when COUNT is above zero. Rows where the item is unanswered
 * (skipped) are left out; a row holding a missing code makes the component missing, as for one item. A repeating
 * group with no answered rows gives 0 (MAX: missing); a grid with no answer at all is missing.
 * <p>
 * A <em>zone score</em> ({@code bandsOf}, decision 101) has no components: its bands carry conditions on the
 * client's legal sex and age and a {@code zone} number, and its value is the zone of the earlier score's value
 * (AUDIT: 8 and above is risky use for men, 6 for women).
 */
public final class DeclarativeScoring {

	private DeclarativeScoring() {
	}

	/** The declared scores, knowing nothing of the client (zone scores conditioned on sex or age are missing). */
	public static List<Score> score(Form form, AnswerSheet answers) {
		return score(form, answers, ClientFacts.UNKNOWN);
	}

	/**
	 * The declared scores in definition order; a zone score ({@code bandsOf}) reads the value of the earlier score
	 * it names and the client's legal sex and age.
	 */
	public static List<Score> score(Form form, AnswerSheet answers, ClientFacts client) {
		List<Score> scores = new ArrayList<>();
		Map<String, Double> values = new HashMap<>();
		for (ScoreDefinition definition : form.definition().getScores()) {
			Score score = InstrumentFactory.eINSTANCE.createScore();
			score.setScoreId(definition.getId());
			score.setLabel(form.text(definition.getLabel(), definition.getLabelEn()));
			Double value = definition.getBandsOf() == null || definition.getBandsOf().isBlank() ? value(definition, answers)
					: zone(definition, values.get(definition.getBandsOf()), client);
			values.put(definition.getId(), value);
			score.setValue(value);
			scores.add(score);
		}
		return scores;
	}

	/**
	 * A zone score's value: the {@code zone} of the band {@code value} falls in, among the bands of the first
	 * condition (legal sex, age range) in definition order that fits the client. Null when the value is missing, no
	 * condition fits (sex or age unknown, say) or no band of it holds the value.
	 */
	public static Double zone(ScoreDefinition zoneScore, Double value, ClientFacts client) {
		if (value == null) {
			return null;
		}
		for (List<ScoreBand> group : conditionGroups(zoneScore)) {
			if (fits(group.get(0), client)) {
				return group.stream().filter(b -> value >= b.getFrom() && value <= b.getTo()).findFirst()
						.map(b -> b.getZone() == null ? null : b.getZone().doubleValue()).orElse(null);
			}
		}
		return null;
	}

	/** The bands of a score grouped by their condition, groups in the order their first band appears. */
	public static List<List<ScoreBand>> conditionGroups(ScoreDefinition score) {
		Map<String, List<ScoreBand>> groups = new LinkedHashMap<>();
		for (ScoreBand band : score.getBands()) {
			groups.computeIfAbsent(condition(band), k -> new ArrayList<>()).add(band);
		}
		return new ArrayList<>(groups.values());
	}

	/** A band's condition as text, e.g. "legalSex=2 age 16-25" (empty: any client). */
	public static String condition(ScoreBand band) {
		StringBuilder b = new StringBuilder();
		if (band.getLegalSex() != null) {
			b.append("legalSex=").append(band.getLegalSex());
		}
		if (band.getMinAge() != null || band.getMaxAge() != null) {
			b.append(b.isEmpty() ? "" : " ").append("age ").append(band.getMinAge() == null ? "" : band.getMinAge())
					.append('-').append(band.getMaxAge() == null ? "" : band.getMaxAge());
		}
		return b.toString();
	}

	/** Whether the band's condition holds for the client; a condition on an unknown fact does not hold. */
	static boolean fits(ScoreBand band, ClientFacts client) {
		if (band.getLegalSex() != null && !band.getLegalSex().equals(client.legalSex())) {
			return false;
		}
		if (band.getMinAge() != null || band.getMaxAge() != null) {
			if (client.age() == null || client.age() < 0) {
				return false;
			}
			if (band.getMinAge() != null && client.age() < band.getMinAge()
					|| band.getMaxAge() != null && client.age() > band.getMaxAge()) {
				return false;
			}
		}
		return true;
	}

	/** The score's value, or null when the missing rule says it cannot be computed. */
	public static Double value(ScoreDefinition definition, AnswerSheet answers) {
		double weighted = 0;
		double weights = 0;
		int answered = 0;
		List<ScoreComponent> components = definition.getComponents();
		for (ScoreComponent component : components) {
			Double value = component(component, answers);
			if (value == null) {
				if (definition.getMissingRule() == MissingScoreRule.ANY_MISSING) {
					return null;
				}
				continue;
			}
			double weight = component.getWeight() > 0 ? component.getWeight() : 1;
			weighted += weight * value;
			weights += weight;
			answered++;
		}
		int needed = definition.getMinAnswered() > 0 ? definition.getMinAnswered() : components.size();
		if (answered == 0 || answered < needed) {
			return null;
		}
		return switch (definition.getCombination()) {
		case MEAN -> weighted / weights;
		case ONE_MINUS_MEAN -> 1 - weighted / weights;
		case SUM -> weighted;
		};
	}

	/** One component's value, or null when it is missing. */
	static Double component(ScoreComponent component, AnswerSheet answers) {
		RowAggregate over = component.getOver();
		if (over == null || over == RowAggregate.NONE) {
			return single(component, component.getItemId(), answers);
		}
		List<String> ids = new ArrayList<>();
		boolean repeating = false;
		InstrumentDefinition definition = component.eContainer() == null ? null
				: (InstrumentDefinition) component.eContainer().eContainer();
		if (definition != null) {
			for (Section section : definition.getSections()) {
				for (ItemGroup group : section.getGroups()) {
					if (group.getKind() == GroupKind.GRID && group.getId().equals(component.getItemId())) {
						section.getItems().stream().filter(i -> group.getId().equals(i.getGroup())).forEach(i -> ids.add(i.getId()));
					}
				}
				for (Item item : section.getItems()) {
					if (item.getId().equals(component.getItemId()) && item.getGroup() != null) {
						String group = item.getGroup();
						repeating = section.getGroups().stream()
								.anyMatch(g -> g.getId().equals(group) && g.getKind() == GroupKind.REPEATING);
						if (repeating) {
							int rows = RowIds.rows(group, answers.itemIds());
							for (int row = 1; row <= rows; row++) {
								ids.add(RowIds.of(group, row, item.getId()));
							}
						}
					}
				}
			}
		}
		List<Double> values = new ArrayList<>();
		for (String id : ids) {
			if (answers.isMissing(id)) {
				return null;
			}
			if (answers.isAnswered(id)) {
				Double value = single(component, id, answers);
				if (value == null) {
					return null;
				}
				values.add(value);
			}
		}
		if (values.isEmpty() && !repeating) {
			return null; // a grid left unanswered is not a count of zero
		}
		long nonZero = values.stream().filter(v -> v != 0).count();
		return switch (over) {
		case ROWS -> (double) values.size();
		case COUNT -> (double) nonZero;
		case SUM -> values.stream().mapToDouble(Double::doubleValue).sum();
		case MAX -> values.stream().max(Double::compare).orElse(null);
		case ANY -> nonZero > 0 ? 1.0 : 0.0;
		case NONE -> throw new IllegalStateException("handled above");
		};
	}

	private static Double single(ScoreComponent component, String itemId, AnswerSheet answers) {
		if (component.getTransform() == se.isu.model.instrument.ComponentTransform.MATCHES) {
			if (!answers.isAnswered(itemId)) {
				return null;
			}
			Object value = answers.valueOf(itemId);
			boolean matches = value instanceof AnswerSheet.Choices choices
					? choices.codes().contains(component.getCode())
					: answers.get(itemId).map(AnswerSheet.Entry::value).orElse("").equals(component.getCode());
			return matches ? 1.0 : 0.0;
		}
		Double v = answers.number(itemId);
		if (v == null) {
			return null;
		}
		double max = component.getMax();
		return switch (component.getTransform()) {
		case SCALED -> max > 0 ? v / max : null;
		case YES_NO -> v == 1 ? 1.0 : 0.0;
		case LOG_MONEY -> max > 0 ? Math.log(Math.min(Math.max(v, 0), max) + 1) / Math.log(max + 1) : null;
		case VALUE -> v;
		case MATCHES -> throw new IllegalStateException("handled above");
		};
	}
}
