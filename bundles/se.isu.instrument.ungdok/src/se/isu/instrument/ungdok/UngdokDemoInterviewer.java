package se.isu.instrument.ungdok;

import java.util.Optional;
import java.util.Random;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.RowIds;
import se.isu.instrument.api.demo.DemoInterview;
import se.isu.instrument.api.demo.DemoInterviewer;

/**
 * Demo UngDOK interviews that agree with the client's AUDIT and DUDIT at the same occasion (answered first: forms
 * due are taken in id order): drinking and drug frequency give the substance rows and their days, the substance
 * area's worry follows the days, and later interviews rate the change by comparing with the intake. Discharge and
 * follow-up interviews are sometimes not done (dropout); the rest of each form gets the workbench's generic answers.
 */
@Component(service = DemoInterviewer.class)
public class UngdokDemoInterviewer implements DemoInterviewer {

	/** Days used in the last 30 for an AUDIT/DUDIT item 1 answer 0–4. */
	private static final int[] DAYS = { 0, 1, 3, 10, 20 };

	@Override
	public boolean answers(String instrumentId) {
		return UngdokContribution.INSKRIVNING.equals(instrumentId) || UngdokContribution.UTSKRIVNING.equals(instrumentId)
				|| UngdokContribution.UPPFOLJNING.equals(instrumentId);
	}

	@Override
	public boolean interview(DemoInterview interview) {
		Random random = interview.random();
		boolean intake = UngdokContribution.INSKRIVNING.equals(interview.instrumentId());
		if (!intake && random.nextInt(100) < (UngdokContribution.UPPFOLJNING.equals(interview.instrumentId()) ? 40 : 25)) {
			return false; // the relatively high dropout the units report at closure and follow-up
		}
		int alcohol = days(interview.earlier("audit"), "audit1", random);
		int drugs = days(interview.earlier("dudit"), "dudit1", random);
		int row = 0;
		boolean cannabisFirst = drugs >= alcohol;
		if (drugs > 0) {
			row = row(interview, row, random.nextInt(100) < 80 ? "2" : "3", drugs, "1", cannabisFirst);
		}
		if (alcohol > 0) {
			row = row(interview, row, "1", alcohol, "2", !cannabisFirst || drugs == 0);
		}
		interview.put("droger_anvant30", row > 0 ? "1" : "0");
		int most = Math.max(alcohol, drugs);
		interview.put("droger_oro30", most >= 10 || random.nextInt(100) < 20 ? "1" : "0");
		interview.put("sysselsattning_typ", random.nextInt(100) < 20 ? "4" : "1");
		interview.put("viktigast", most >= 10 ? "droger" : random.nextBoolean() ? "familj" : "psykisk");
		if (!intake) {
			int before = Math.max(days(interview.earlier(UngdokContribution.INSKRIVNING), "substanser[1].dagar30", random), 0);
			interview.put("droger_forandring", most < before ? "4" : most > before + 5 ? "2" : "3");
		}
		return true;
	}

	/** The days a client answering item 1 with this frequency used in the last 30 (0 when never asked). */
	private static int days(Optional<Answers> answers, String itemId, Random random) {
		Double answer = answers.map(a -> a.number(itemId)).orElse(null);
		if (answer == null) {
			return 0;
		}
		if (itemId.startsWith("substanser")) {
			return answer.intValue();
		}
		int level = Math.max(0, Math.min(4, answer.intValue()));
		return level == 0 ? 0 : Math.min(30, DAYS[level] + random.nextInt(level * 2 + 1));
	}

	private static int row(DemoInterview interview, int previous, String substance, int days, String route, boolean primary) {
		int row = previous + 1;
		interview.put(RowIds.of("substanser", row, "substans"), substance);
		interview.put(RowIds.of("substanser", row, "dagar30"), Integer.toString(days));
		if (UngdokContribution.INSKRIVNING.equals(interview.instrumentId())) {
			int debut = Math.max(5, Math.min(interview.age(), 12 + interview.random().nextInt(5)));
			interview.put(RowIds.of("substanser", row, "debutalder"), Integer.toString(debut));
		}
		interview.put(RowIds.of("substanser", row, "intag"), route);
		interview.put(RowIds.of("substanser", row, "primar"), primary ? "1" : "0");
		return row;
	}
}
