package se.isu.instrument.dok;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.demo.DemoInterview;
import se.isu.instrument.api.demo.DemoInterviewer;

/**
 * Answers the DOK family's forms in demo data through {@link DokDemoAnswers}. A demo client belongs to one family:
 * most get DOK, about one in five SpelDOK (gambling) and some boendeDOK (housing support); the other families'
 * forms due at the same occasion are declined. Later forms follow the family's intake and are declined without it.
 */
@Component(service = DemoInterviewer.class)
public class DokDemoInterviewer implements DemoInterviewer {

	static final int GAMBLING_PERCENT = 20;
	static final int HOUSING_PERCENT = 15;

	@Override
	public boolean answers(String instrumentId) {
		return DokContribution.FORMS.contains(instrumentId);
	}

	@Override
	public boolean interview(DemoInterview interview) {
		String id = interview.instrumentId();
		String family = id.substring(0, id.indexOf('.'));
		String intakeId = family + ".inskrivning";
		Map<String, Map<String, String>> earlier = new HashMap<>();
		interview.earlier(intakeId).ifPresent(a -> earlier.put(intakeId, asMap(a)));
		if (id.equals(intakeId)) {
			if (!family.equals(familyOf(interview.legalSex(), interview.age(), interview.date()))) {
				return false;
			}
		} else if (earlier.isEmpty()) {
			return false; // another family's client, or the intake was not done
		}
		Optional<Map<String, String>> answers = new DokDemoAnswers(interview.random()).answers(interview.form(),
				interview.occasionKind(), interview.legalSex() == 1, interview.age(), interview.date(), earlier);
		answers.ifPresent(a -> a.forEach(interview::put));
		return answers.isPresent();
	}

	/**
	 * The family of a client, the same for each of the three intake forms asked at one occasion: drawn from what they
	 * share (day, age, sex), since each form is a separate interview.
	 */
	static String familyOf(int legalSex, int age, LocalDate intake) {
		int bucket = Math.floorMod(Objects.hash(intake, age, legalSex) * 31 + 7, 100);
		return bucket < GAMBLING_PERCENT ? "speldok" : bucket < GAMBLING_PERCENT + HOUSING_PERCENT ? "boendedok" : "dok";
	}

	private static Map<String, String> asMap(Answers answers) {
		Map<String, String> map = new HashMap<>();
		for (String id : answers.itemIds()) {
			answers.answer(id).ifPresent(a -> map.put(id, a.shown()));
		}
		return map;
	}
}
