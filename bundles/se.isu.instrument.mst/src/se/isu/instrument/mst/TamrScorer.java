package se.isu.instrument.mst;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.FormView;
import se.isu.instrument.api.InstrumentScorer;
import se.isu.instrument.api.ScoreValue;

/**
 * TAM-R's stored scores: the score as the licensor reported it (declared, a VALUE of item T5: stored, never
 * recomputed) and whether it is above the PIR's threshold 0.61 (1 or 0), which a component list cannot say. The
 * PIR counts the share of scores above the threshold from this one.
 */
@Component(service = InstrumentScorer.class)
public class TamrScorer implements InstrumentScorer {

	public static final String SCORE = "mst.tamr";
	public static final String ABOVE = "mst.tamr.over";
	/** The PIR's adherence threshold (../shared/DOMAIN.md §3): "above 0.61" is strictly above. */
	public static final double THRESHOLD = 0.61;

	@Override
	public boolean scores(String instrumentId) {
		return MstContribution.TAMR.equals(instrumentId);
	}

	@Override
	public List<ScoreValue> score(FormView form, Answers answers, List<ScoreValue> declared) {
		List<ScoreValue> scores = new ArrayList<>();
		for (ScoreValue s : declared) {
			if (s.id().equals(ABOVE)) {
				Double value = answers.number("T5");
				scores.add(new ScoreValue(ABOVE, s.label(), value == null ? null : value > THRESHOLD ? 1.0 : 0.0));
			} else {
				scores.add(s);
			}
		}
		return scores;
	}
}
