package se.isu.instrument.suv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.RowIds;
import se.isu.instrument.api.demo.DemoInterview;
import se.isu.instrument.api.demo.DemoInterviewer;

/**
 * Demo answers for SUV and FREDA that hang together over a case of the violence unit. Each client is either subjected
 * to violence (most women, a few men) or uses it (most men, a few women), decided from the intake's facts so that
 * every form of the intake agrees, and at closure from which registration the intake has. Victims: seven in ten are
 * interviewed with FREDA at intake (kortfrågor, beskrivning, farlighetsbedömning, from one severity per client, the
 * count of ja beside the client's own estimate); SUV's start registration lists the forms of violence (psychological
 * and physical most often, honour-related restrictions only in an honour context), the relation to the perpetrator,
 * whether FREDA was used (as it was) and a risk judgement that follows the FREDA count. At closure fewer forms of
 * violence and a higher rating of safety, goal attainment, the client's view of the support; about one in ten
 * closures and a quarter of the FREDA follow-ups are not registered (dropout, beside the demo's missed occasions).
 */
@Component(service = DemoInterviewer.class)
public class SuvDemoInterviewer implements DemoInterviewer {

	@Override
	public boolean answers(String instrumentId) {
		return instrumentId.startsWith("suv.") || instrumentId.startsWith("freda.");
	}

	@Override
	public boolean interview(DemoInterview interview) {
		boolean intake = interview.occasionKind().equals("INTAKE");
		String id = interview.instrumentId();
		if (!intake && !interview.occasionKind().equals("DISCHARGE")) {
			return false; // the demo has no interim FREDA interviews
		}
		if (intake) {
			// who the client is decides which forms there are: the same answer for every form of one intake
			int facts = Math.floorMod(Objects.hash(interview.date(), interview.age(), interview.legalSex()), 10_000);
			boolean perpetrator = facts % 100 < (interview.legalSex() == 2 ? 75 : 4);
			boolean freda = !perpetrator && (facts / 100) % 100 < 70;
			if (id.equals(SuvContribution.PERPETRATOR) != perpetrator && !id.startsWith("freda.")) {
				return false;
			}
			if (id.startsWith("freda.") && !freda) {
				return false;
			}
		} else if (interview.earlier(id).isEmpty() || interview.random().nextInt(100) < (id.startsWith("freda.") ? 25 : 10)) {
			return false; // no intake registration to follow up, or not registered at closure
		}
		switch (id) {
		case SuvContribution.FREDA_SHORT -> shortQuestions(interview);
		case SuvContribution.FREDA_DESCRIPTION -> description(interview, intake);
		case SuvContribution.FREDA_RISK -> risk(interview, intake);
		case SuvContribution.VICTIM, SuvContribution.PERPETRATOR -> {
			if (intake) {
				start(interview, id.equals(SuvContribution.PERPETRATOR));
			} else {
				closure(interview, id.equals(SuvContribution.PERPETRATOR));
			}
		}
		default -> {
			return false;
		}
		}
		return true;
	}

	// --- FREDA ------------------------------------------------------------------------------------

	/** The client's severity 0–1: from the FREDA answered before at this intake, else drawn. */
	private static double severity(DemoInterview interview) {
		Optional<Answers> description = interview.earlier(SuvContribution.FREDA_DESCRIPTION);
		if (description.isPresent()) {
			int acts = 0;
			for (String item : DESCRIPTION_ITEMS) {
				Double v = description.get().number(item);
				acts += v != null && v > 0 ? 1 : 0;
			}
			return Math.min(1, acts / 12.0);
		}
		return 0.15 + interview.random().nextDouble() * 0.75;
	}

	private static final List<String> DESCRIPTION_ITEMS = List.of("P1", "P2", "P3", "P4", "P5", "P6", "Y1", "Y2", "Y3",
			"Y4", "Y5", "Y6", "S1", "S2", "S3");

	private static void shortQuestions(DemoInterview interview) {
		double s = severity(interview);
		Random random = interview.random();
		for (int k = 1; k <= 4; k++) {
			interview.put("K" + k, random.nextDouble() < 0.45 + 0.5 * s ? "1" : "0");
		}
	}

	/** How often each act occurred in the last 12 months: psychological violence most, sexual least. */
	private static void description(DemoInterview interview, boolean intake) {
		Random random = interview.random();
		double s = intake ? 0.15 + random.nextDouble() * 0.75 : earlierSeverity(interview) * (0.2 + random.nextDouble() * 0.5);
		for (String item : DESCRIPTION_ITEMS) {
			double chance = switch (item.charAt(0)) {
			case 'P' -> 0.35 + 0.6 * s;
			case 'Y' -> 0.1 + 0.6 * s;
			default -> 0.03 + 0.35 * s;
			};
			interview.put(item, random.nextDouble() < chance ? Integer.toString(1 + Math.min(2, (int) (s * 3 * random.nextDouble() + 0.5))) : "0");
		}
	}

	private static double earlierSeverity(DemoInterview interview) {
		Optional<Answers> before = interview.earlier(SuvContribution.FREDA_DESCRIPTION);
		if (before.isEmpty()) {
			return 0.5;
		}
		int acts = 0;
		for (String item : DESCRIPTION_ITEMS) {
			Double v = before.get().number(item);
			acts += v != null && v > 0 ? 1 : 0;
		}
		return Math.min(1, acts / 12.0);
	}

	/** Farlighetsbedömning: ja with a chance that follows the severity, some vet ej; the client's own estimate near it. */
	private static void risk(DemoInterview interview, boolean intake) {
		Random random = interview.random();
		double s;
		if (intake) {
			s = severity(interview);
		} else {
			Answers before = interview.earlier(SuvContribution.FREDA_RISK).orElseThrow();
			int ja = 0;
			for (int d = 1; d <= 15; d++) {
				Double v = before.number("D" + d);
				ja += v != null && v == 1 ? 1 : 0;
			}
			s = ja / 15.0 * (0.3 + random.nextDouble() * 0.5); // less risk after the support, seldom none
		}
		for (int d = 1; d <= 15; d++) {
			double r = random.nextDouble();
			interview.put("D" + d, r < 0.05 + 0.6 * s ? "1" : r < 0.13 + 0.6 * s ? "9" : "0");
		}
		interview.put("V1", Integer.toString(clamp((int) Math.round(s * 4 + random.nextGaussian() * 0.8), 0, 4)));
	}

	// --- SUV ----------------------------------------------------------------------------------------

	/** Forms of violence (codes 1–9) and how likely each is at the start, for victims. */
	private static final double[] FORMS = { 0.70, 0.95, 0.25, 0.30, 0.25, 0.15, 0.05, 0.0, 0.30 };

	private static void start(DemoInterview interview, boolean perpetrator) {
		Random random = interview.random();
		interview.put("R1", "1");
		int reReferred = pick(random, 30, 60, 10); // ja, nej, vet ej
		interview.put("B1", reReferred == 1 ? "1" : reReferred == 2 ? "0" : "9");
		interview.put("B2", Integer.toString(perpetrator ? pick(random, 40, 35, 15, 5, 5) : pick(random, 35, 30, 15, 12, 8)));
		boolean children = random.nextInt(100) < 55;
		interview.put("B3", children ? "1" : "0");
		if (children) {
			interview.put("B4", Integer.toString(pick(random, 45, 35, 15, 5)));
		}
		boolean honour = random.nextInt(100) < (interview.age() < 26 ? 20 : 6);
		interview.put("B5", honour ? "1" : random.nextInt(100) < 8 ? "9" : "0");
		// the other party: mostly a partner or former partner; in an honour context parents and relatives
		String group = perpetrator ? "utsatta" : "utovare";
		int others = random.nextInt(100) < (honour ? 45 : 10) ? 2 : 1;
		for (int row = 1; row <= others; row++) {
			int relation = honour ? pick(random, 15, 10, 35, 0, 35, 5)
					: interview.age() < 25 ? pick(random, 40, 30, 18, 0, 7, 5) : pick(random, 45, 37, 3, 6, 4, 5);
			interview.put(RowIds.of(group, row, "relation"), Integer.toString(relation));
			boolean otherIsMan = perpetrator ? random.nextInt(100) < 8 : random.nextInt(100) < (honour ? 75 : 92);
			interview.put(RowIds.of(group, row, "kon"), otherIsMan ? "2" : "1");
			interview.put(RowIds.of(group, row, "sambo"), random.nextInt(100) < (relation == 1 ? 60 : 15) ? "1" : "0");
		}
		List<Integer> forms = forms(random, honour);
		for (int row = 1; row <= forms.size(); row++) {
			interview.put(RowIds.of("fvald", row, "fform"), Integer.toString(forms.get(row - 1)));
		}
		boolean freda = interview.earlier(SuvContribution.FREDA_RISK).isPresent();
		boolean assessed = freda || random.nextInt(100) < (perpetrator ? 55 : 45);
		interview.put("F2", assessed ? "1" : "0");
		if (assessed) {
			interview.put("F3", freda ? "1" : Integer.toString(honour ? pick(random, 0, 30, 45, 20, 5) : pick(random, 0, 55, 0, 30, 15)));
			interview.put("F5", Integer.toString(freda ? riskFromFreda(interview) : pick(random, 35, 45, 20)));
		}
		interview.put("F4", freda || interview.earlier(SuvContribution.FREDA_SHORT).isPresent() ? "1" : "0");
		interview.put("F6", Integer.toString(2 + random.nextInt(4)));
		boolean goals = random.nextInt(100) < 85;
		interview.put("M1", goals ? "1" : "0");
		if (goals) {
			Set<Integer> areas = new LinkedHashSet<>();
			int count = 1 + random.nextInt(3);
			while (areas.size() < count) {
				areas.add(perpetrator ? pick(random, 30, 10, 5, 15, 25, 10, 0, 5) : pick(random, 45, 15, 10, 10, 10, 5, 5, 2));
			}
			int row = 1;
			for (int area : areas) {
				interview.put(RowIds.of("mal", row++, "omrade"), Integer.toString(area));
			}
		}
	}

	/** The staff's judgement of risk follows the FREDA count: a person's judgement, so not a band of the count. */
	private static int riskFromFreda(DemoInterview interview) {
		Answers freda = interview.earlier(SuvContribution.FREDA_RISK).orElseThrow();
		int ja = 0;
		for (int d = 1; d <= 15; d++) {
			Double v = freda.number("D" + d);
			ja += v != null && v == 1 ? 1 : 0;
		}
		int level = ja >= 9 ? 3 : ja >= 4 ? 2 : 1;
		int r = interview.random().nextInt(100);
		return clamp(r < 15 ? level - 1 : r < 25 ? level + 1 : level, 1, 3);
	}

	private static void closure(DemoInterview interview, boolean perpetrator) {
		Random random = interview.random();
		Answers start = interview.earlier(perpetrator ? SuvContribution.PERPETRATOR : SuvContribution.VICTIM).orElseThrow();
		interview.put("R1", "2");
		Set<Integer> help = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		while (help.size() < count) {
			help.add(perpetrator ? pick(random, 30, 35, 15, 10, 10, 3, 5, 5, 2) : pick(random, 35, 30, 12, 15, 10, 10, 12, 15, 3));
		}
		int row = 1;
		for (int h : help) {
			interview.put(RowIds.of("insats", row++, "insatstyp"), Integer.toString(h));
		}
		interview.put("I2", Integer.toString(3 + random.nextInt(25)));
		boolean newViolence = random.nextInt(100) < 22;
		interview.put("U1", newViolence ? "1" : random.nextInt(100) < 10 ? "9" : "0");
		interview.put("U2", random.nextInt(100) < (newViolence ? 70 : 30) ? "1" : "0");
		interview.put("U3", random.nextInt(100) < (newViolence ? 45 : 10) ? "1" : "0");
		// the forms of violence at the start, each still going on with a small chance (more after new violence)
		List<Integer> after = new ArrayList<>();
		for (int r = 1; r <= start.rows("fvald"); r++) {
			Double form = start.number(RowIds.of("fvald", r, "fform"));
			if (form != null && random.nextDouble() < (newViolence ? 0.6 : 0.15)) {
				after.add(form.intValue());
			}
		}
		for (int r = 1; r <= after.size(); r++) {
			interview.put(RowIds.of("evald", r, "eform"), Integer.toString(after.get(r - 1)));
		}
		boolean goals = Objects.equals(start.number("M1"), 1.0);
		interview.put("E2", goals ? Integer.toString(newViolence ? pick(random, 15, 50, 35) : pick(random, 40, 45, 15)) : "4");
		Double riskBefore = start.number("F5");
		int risk = riskBefore == null ? pick(random, 55, 35, 10) : clamp(riskBefore.intValue() - (newViolence ? 0 : random.nextInt(2)), 1, 3);
		interview.put("E3", Integer.toString(risk));
		Double before = start.number("F6");
		int rating = (before == null ? 4 : before.intValue()) + (newViolence ? random.nextInt(3) - 1 : 1 + random.nextInt(4));
		interview.put("E4", Integer.toString(clamp(rating, 1, 10)));
		interview.put("K1", Integer.toString(pick(random, 3, 7, 20, 40, 30)));
		interview.put("K2", Integer.toString(pick(random, 5, 15, 45, 35)));
		interview.put("A1", interview.date().toString());
		interview.put("A2", Integer.toString(perpetrator ? pick(random, 60, 15, 8, 7, 7, 3) : pick(random, 62, 14, 9, 5, 7, 3)));
	}

	/** Forms of violence at the start: at least one, honour-related restrictions only in an honour context. */
	private static List<Integer> forms(Random random, boolean honour) {
		List<Integer> forms = new ArrayList<>();
		for (int code = 1; code <= FORMS.length; code++) {
			double chance = code == 8 ? (honour ? 0.9 : 0.0) : FORMS[code - 1];
			if (random.nextDouble() < chance) {
				forms.add(code);
			}
		}
		if (forms.isEmpty()) {
			forms.add(2);
		}
		return forms;
	}

	private static int clamp(int value, int low, int high) {
		return Math.max(low, Math.min(high, value));
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
