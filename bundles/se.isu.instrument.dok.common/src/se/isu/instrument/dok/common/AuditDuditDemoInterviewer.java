package se.isu.instrument.dok.common;

import java.util.Random;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.demo.DemoInterview;
import se.isu.instrument.api.demo.DemoInterviewer;

/**
 * Demo AUDIT and DUDIT answers that hang together: one severity per interview drives every item (a client who drinks
 * often also scores on the harm items), a later interview starts from the client's earlier total and is usually a
 * little lower, and some later interviews are declined (dropout). The family's own interviewers read these answers
 * to give the substances that match.
 */
@Component(service = DemoInterviewer.class)
public class AuditDuditDemoInterviewer implements DemoInterviewer {

	@Override
	public boolean answers(String instrumentId) {
		return DokCommonContribution.AUDIT.equals(instrumentId) || DokCommonContribution.DUDIT.equals(instrumentId);
	}

	@Override
	public boolean interview(DemoInterview interview) {
		Random random = interview.random();
		String id = interview.instrumentId();
		boolean audit = DokCommonContribution.AUDIT.equals(id);
		int items = audit ? 10 : 11;
		int lastScaled = audit ? 8 : 9; // items after this one score 0/2/4
		double severity;
		java.util.Optional<Answers> earlier = interview.earlier(id);
		if (!interview.occasionKind().equals("INTAKE") && earlier.isPresent()) {
			if (random.nextInt(100) < (interview.occasionKind().equals("FOLLOW_UP") ? 35 : 20)) {
				return false; // not reached, or declined
			}
			double total = 0;
			for (int i = 1; i <= items; i++) {
				Double v = earlier.get().number(id + i);
				total += v == null ? 0 : v;
			}
			// usually better, now and then worse
			severity = total / (items * 4.0) + (random.nextDouble() - 0.7) * 0.3;
		} else {
			// youth units see more drugs than alcohol; adults the other way round
			boolean young = interview.age() < 26;
			double mean = audit ? (young ? 0.25 : 0.35) : (young ? 0.35 : 0.2);
			severity = mean + random.nextGaussian() * 0.18;
		}
		severity = Math.max(0, Math.min(1, severity));
		for (int i = 1; i <= items; i++) {
			double level = severity * 4 + random.nextGaussian() * 0.6 - (i > 3 ? 0.4 : 0);
			int code = (int) Math.round(Math.max(0, Math.min(4, level)));
			if (i > lastScaled) {
				code = code < 1 ? 0 : code < 3 ? 2 : 4;
			}
			interview.put(id + i, Integer.toString(code));
		}
		return true;
	}
}
