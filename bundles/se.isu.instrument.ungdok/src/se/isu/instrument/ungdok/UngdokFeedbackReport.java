package se.isu.instrument.ungdok;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.AssessmentReportContribution;
import se.isu.instrument.api.AssessmentView;
import se.isu.instrument.api.FormView;

/**
 * UngDOK's text summary for the feedback talk, from one interview and readable by the young person: per life area
 * the situation now, the change questions (worried, wish to change, can do it yourself, needs help), at discharge and
 * follow-up the client's own rating of change and the situation at intake, and which area matters most.
 */
@Component(service = AssessmentReportContribution.class)
public class UngdokFeedbackReport implements AssessmentReportContribution {

	public static final String TEMPLATE_ID = "ungdok.sammanfattning";

	/** Shown where an item has no answer (unanswered, X or N). */
	static final String NONE = "\u2013";

	/** Each area's item that says how things are now; section F lists the substances of its rows instead. */
	static final Map<String, String> SITUATION = Map.of("boende", "boende_typ", "sysselsattning", "sysselsattning_typ",
			"kriminalitet", "kriminalitet_brott30", "familj", "familj_relation", "fysisk", "fysisk_halsa", "psykisk",
			"psykisk_symptom30");

	@Override
	public String templateId() {
		return TEMPLATE_ID;
	}

	@Override
	public String title() {
		return Messages.feedback_title;
	}

	@Override
	public boolean appliesTo(String instrumentId) {
		return UngdokContribution.INSKRIVNING.equals(instrumentId) || UngdokContribution.UTSKRIVNING.equals(instrumentId)
				|| UngdokContribution.UPPFOLJNING.equals(instrumentId);
	}

	@Override
	public InputStream openDesign() {
		return UngdokFeedbackReport.class.getClassLoader().getResourceAsStream("templates/ungdok-sammanfattning.rptdesign");
	}

	@Override
	public List<Map<String, Object>> rows(FormView form, AssessmentView assessment, Optional<AssessmentView> baseline) {
		Answers answers = assessment.answers();
		String most = answers.answer("viktigast").map(Answers.Answer::value).orElse("");
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String area : UngdokChangeReport.areas().stream().map(a -> a.code()).toList()) {
			Map<String, Object> row = new HashMap<>();
			row.put("area", form.sectionLabel(area));
			row.put("situation", situation(form, answers, area));
			row.put("worried", shown(form, answers, area + "_oro30"));
			row.put("wish", shown(form, answers, area + "_vill"));
			row.put("self", shown(form, answers, area + "_sjalv"));
			row.put("needsHelp", shown(form, answers, area + "_hjalp"));
			row.put("rated", form.item(area + "_forandring").isPresent() ? shown(form, answers, area + "_forandring") : "");
			// the intake's answers are read on this form's labels: UngDOK asks each area's items with the same ids
			row.put("atIntake", baseline.map(b -> situation(form, b.answers(), area)).orElse(""));
			row.put("most", area.equals(most) ? Messages.feedback_most : "");
			rows.add(row);
		}
		return List.copyOf(rows);
	}

	/** The area's situation in words: its item's answer, or for section F each substance with its days. */
	static String situation(FormView form, Answers answers, String area) {
		if (!area.equals("droger")) {
			return shown(form, answers, SITUATION.get(area));
		}
		List<String> substances = new ArrayList<>();
		for (int row = 1; row <= answers.rows("substanser"); row++) {
			Optional<Answers.Answer> substance = answers.answer("substanser", row, "substans").filter(a -> !a.isMissing());
			if (substance.isEmpty()) {
				continue;
			}
			String name = form.item("substans").map(i -> i.optionLabel(substance.get().value())).orElse(substance.get().value());
			String days = answers.answer("substanser", row, "dagar30").filter(a -> !a.isMissing()).map(Answers.Answer::value)
					.orElse(NONE);
			boolean primary = answers.answer("substanser", row, "primar").map(a -> "1".equals(a.value())).orElse(false);
			substances.add(org.eclipse.osgi.util.NLS.bind(primary ? Messages.feedback_primarySubstance : Messages.feedback_substance,
					name, days));
		}
		return substances.isEmpty() ? Messages.feedback_noSubstance : String.join(", ", substances);
	}

	private static String shown(FormView form, Answers answers, String itemId) {
		return answers.answer(itemId).filter(a -> !a.isMissing())
				.map(a -> form.item(itemId).map(i -> i.optionLabel(a.value())).orElse(a.value())).orElse(NONE);
	}
}
