package se.isu.instrument.example;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.FormView;
import se.isu.instrument.api.InstrumentScorer;
import se.isu.instrument.api.ScoreValue;

/**
 * What the definition's component lists cannot say: whether the client felt safe throughout (no yes in section S),
 * 1 or 0, missing while any S answer is missing. The declared scores are kept as the workbench computed them.
 */
@Component(service = InstrumentScorer.class)
public class ExampleScorer implements InstrumentScorer {

	public static final String SAFE = "example.trygg";

	@Override
	public boolean scores(String instrumentId) {
		return ExampleContribution.UPPFOLJNING.equals(instrumentId);
	}

	@Override
	public List<ScoreValue> score(FormView form, Answers answers, List<ScoreValue> declared) {
		List<ScoreValue> scores = new ArrayList<>(declared);
		// a missing score has a null value: take it through Optional.map (Stream.map + findFirst throws on null)
		Double yes = declared.stream().filter(s -> s.id().equals("example.antalJa")).findFirst()
				.map(ScoreValue::value).orElse(null);
		scores.add(new ScoreValue(SAFE, Messages.score_safe, yes == null ? null : yes == 0 ? 1.0 : 0.0));
		return scores;
	}
}
