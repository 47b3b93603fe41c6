package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.List;

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
 */
public final class DeclarativeScoring {

	private DeclarativeScoring() {
	}

	public static List<Score> score(Form form, AnswerSheet answers) {
		List<Score> scores = new ArrayList<>();
		for (ScoreDefinition definition : form.definition().getScores()) {
			Score score = InstrumentFactory.eINSTANCE.createScore();
			score.setScoreId(definition.getId());
			score.setLabel(form.text(definition.getLabel(), definition.getLabelEn()));
			score.setValue(value(definition, answers));
			scores.add(score);
		}
		return scores;
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
