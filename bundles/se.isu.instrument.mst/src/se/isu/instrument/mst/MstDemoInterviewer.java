package se.isu.instrument.mst;

import java.util.Locale;
import java.util.Random;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.demo.DemoInterview;
import se.isu.instrument.api.demo.DemoInterviewer;

/**
 * Demo answers for the MST forms that hang together over a family's course: the family rates low at the start (2–5),
 * clearly better at the end when treatment was completed (+1 to +4), hardly at all when it was not, about the same at
 * 6 months and a little lower at 12. The discharge record mostly meets the PIR's targets, with placement and the
 * reason agreeing. TAM-R: one therapist per family, a score around 0.70 each month, collected by the follow-up
 * person (never the therapist). Dropout at the follow-ups is the demo's missed occasions (about a fifth), plus a
 * few families who were met but did not want to rate.
 */
@Component(service = DemoInterviewer.class)
public class MstDemoInterviewer implements DemoInterviewer {

	/** The follow-up person who phones the families for TAM-R (not a therapist). */
	static final String COLLECTOR = "uppfoljare-demo";

	@Override
	public boolean answers(String instrumentId) {
		return instrumentId.startsWith("mst.");
	}

	@Override
	public boolean interview(DemoInterview interview) {
		Random random = interview.random();
		switch (interview.instrumentId()) {
		case MstContribution.FAMILY -> {
			if (interview.occasionKind().equals("INTAKE")) {
				MstContribution.AREAS.forEach(area -> interview.put(area, Integer.toString(2 + random.nextInt(4))));
				return true;
			}
			if (random.nextInt(100) < 5) {
				return false; // the family did not want to rate at the end
			}
			boolean completed = interview.earlier(MstContribution.DISCHARGE).map(a -> a.number("A1"))
					.map(reason -> reason.intValue() == 1).orElse(true);
			ratings(interview, interview.earlier(MstContribution.FAMILY).orElse(null), completed ? 1 : -1,
					completed ? 4 : 2);
			return true;
		}
		case MstContribution.FOLLOW_UP_6, MstContribution.FOLLOW_UP_12 -> {
			if (random.nextInt(100) < 4) {
				return false; // reached, but did not want to rate
			}
			boolean twelve = interview.instrumentId().equals(MstContribution.FOLLOW_UP_12);
			Answers before = (twelve ? interview.earlier(MstContribution.FOLLOW_UP_6) : java.util.Optional.<Answers>empty())
					.or(() -> interview.earlier(MstContribution.FAMILY)).orElse(null);
			ratings(interview, before, twelve ? -2 : -1, 1);
			interview.put("U1", yes(random, twelve ? 86 : 90));
			interview.put("U2", yes(random, twelve ? 80 : 85));
			interview.put("U3", yes(random, twelve ? 82 : 88));
			return true;
		}
		case MstContribution.DISCHARGE -> {
			int reason = pick(random, 84, 5, 5, 3, 3);
			boolean placed = reason == 3 || random.nextInt(100) < 3;
			interview.put("U1", placed ? "0" : yes(random, 95));
			interview.put("U2", yes(random, reason == 1 ? 93 : 60));
			interview.put("U3", yes(random, reason == 1 ? 94 : 70));
			interview.put("U4", placed ? "1" : "0");
			interview.put("A1", Integer.toString(reason));
			if (reason == 5) {
				interview.put("A2", "Familjen valde en annan insats");
			}
			return true;
		}
		case MstContribution.TEAM -> {
			interview.put("B0", Integer.toString(1 + random.nextInt(2)));
			for (int b = 1; b <= 6; b++) {
				interview.put("B" + b, Integer.toString(pick(random, 55, 35, 10)));
			}
			return true;
		}
		case MstContribution.TAMR -> {
			if (random.nextInt(100) < 6) {
				return false; // the family was not reached this month
			}
			// the same therapist every month of a family's treatment
			String therapist = interview.earlier(MstContribution.TAMR).flatMap(a -> a.answer("T2"))
					.map(Answers.Answer::value).orElse("terapeut-demo-" + (1 + random.nextInt(3)));
			interview.put("T1", interview.date().toString().substring(0, 7));
			interview.put("T2", therapist);
			interview.put("T3", COLLECTOR);
			interview.put("T4", "1");
			double score = Math.max(0, Math.min(1, 0.70 + random.nextGaussian() * 0.12));
			interview.put("T5", String.format(Locale.ROOT, "%.2f", score));
			return true;
		}
		default -> {
			return false;
		}
		}
	}

	/** Each area from what the family said before, moved by a step in [low, high] and kept within 1–10. */
	private static void ratings(DemoInterview interview, Answers before, int low, int high) {
		Random random = interview.random();
		for (String area : MstContribution.AREAS) {
			Double earlier = before == null ? null : before.number(area);
			int base = earlier == null ? 2 + random.nextInt(4) : earlier.intValue();
			int value = base + low + random.nextInt(high - low + 1);
			interview.put(area, Integer.toString(Math.max(1, Math.min(10, value))));
		}
	}

	private static String yes(Random random, int percent) {
		return random.nextInt(100) < percent ? "1" : "0";
	}

	/** A code from 1 by relative weights. */
	private static int pick(Random random, int... weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i + 1;
			}
		}
		return weights.length;
	}
}
