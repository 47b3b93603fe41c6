package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.List;

import se.isu.model.instrument.InstrumentFactory;
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
		String itemId = component.getItemId();
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
