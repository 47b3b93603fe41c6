package se.isu.instrument.asi;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.FormView;
import se.isu.instrument.api.InstrumentScorer;
import se.isu.instrument.api.ScoreValue;

/**
 * ASI scoring: the seven composite scores as the definitions declare them (component lists, any X or N component
 * makes a composite missing), plus the number of areas where the interviewer judged that help is needed (rating 4
 * or more), the problem-profile figure unit reports count. That count is missing when any area's rating is
 * missing, so "0 areas" always means seven ratings below 4.
 */
@Component(service = InstrumentScorer.class)
public class AsiScorer implements InstrumentScorer {

	public static final String AREAS_NEEDING_HELP = "asi.omradenMedHjalpbehov";

	@Override
	public boolean scores(String instrumentId) {
		return AsiContribution.GRUND.equals(instrumentId) || AsiContribution.UPPFOLJNING.equals(instrumentId);
	}

	@Override
	public List<ScoreValue> score(FormView form, Answers answers, List<ScoreValue> declared) {
		List<ScoreValue> scores = new ArrayList<>(declared);
		scores.add(new ScoreValue(AREAS_NEEDING_HELP, Messages.score_areasNeedingHelp, areasNeedingHelp(answers)));
		return scores;
	}

	static Double areasNeedingHelp(Answers answers) {
		int count = 0;
		for (String rating : AsiArea.interviewerRatings()) {
			Double value = answers.number(rating);
			if (value == null) {
				return null;
			}
			if (value >= AsiArea.HELP_NEEDED_FROM) {
				count++;
			}
		}
		return (double) count;
	}
}
