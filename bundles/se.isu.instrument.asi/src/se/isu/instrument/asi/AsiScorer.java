package se.isu.instrument.asi;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.DeclarativeScoring;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentScorer;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Score;

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
	public List<Score> score(Form form, AnswerSheet answers) {
		List<Score> scores = new ArrayList<>(DeclarativeScoring.score(form, answers));
		Score areas = InstrumentFactory.eINSTANCE.createScore();
		areas.setScoreId(AREAS_NEEDING_HELP);
		areas.setLabel(java.util.Locale.getDefault().getLanguage().equals("en") ? "Areas where help is needed (rating 4-9)"
				: "Områden där hjälp behövs (skattning 4–9)");
		areas.setValue(areasNeedingHelp(answers));
		scores.add(areas);
		return scores;
	}

	static Double areasNeedingHelp(AnswerSheet answers) {
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
