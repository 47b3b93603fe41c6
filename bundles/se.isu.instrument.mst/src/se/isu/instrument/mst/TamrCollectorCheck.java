package se.isu.instrument.mst;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.AnswerCheck;
import se.isu.instrument.api.Answers;
import se.isu.instrument.api.FormView;

/**
 * TAM-R is the family's account of the therapist's work, so the therapist must never collect it (the licensor's
 * guidelines, ../shared/DOMAIN.md §3). The workbench asks this check on every save and every import of a TAM-R
 * score, so the rule holds in the service, not only in a dialog.
 */
@Component(service = AnswerCheck.class)
public class TamrCollectorCheck implements AnswerCheck {

	static final String THERAPIST = "T2";
	static final String COLLECTOR = "T3";

	@Override
	public boolean checks(String instrumentId) {
		return MstContribution.TAMR.equals(instrumentId);
	}

	@Override
	public List<Problem> check(FormView form, Answers answers) {
		String therapist = person(answers, THERAPIST);
		String collector = person(answers, COLLECTOR);
		if (therapist.isEmpty() || !therapist.equals(collector)) {
			return List.of();
		}
		return List.of(new Problem(COLLECTOR, NLS.bind(Messages.tamr_collectorIsTherapist,
				answers.answer(COLLECTOR).map(Answers.Answer::shown).orElse(""))));
	}

	/** A name as typed, compared without case and extra spaces ("Anna  Berg" is "anna berg"). */
	private static String person(Answers answers, String itemId) {
		return answers.answer(itemId).filter(a -> !a.isMissing()).map(Answers.Answer::value).orElse("").strip()
				.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
