package se.isu.instrument.asi;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.AssessmentReportContribution;
import se.isu.instrument.api.AssessmentView;
import se.isu.instrument.api.FormView;

/**
 * ASI Återkoppling: per life area the client's problem days, worry and help need, the interviewer's rating with its
 * band, the composite score and, for an Uppföljning, the composite at Grund and the change.
 */
@Component(service = AssessmentReportContribution.class)
public class AsiFeedbackReport implements AssessmentReportContribution {

	public static final String TEMPLATE_ID = "asi.aterkoppling";

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
		return AsiContribution.GRUND.equals(instrumentId) || AsiContribution.UPPFOLJNING.equals(instrumentId);
	}

	@Override
	public InputStream openDesign() {
		return AsiFeedbackReport.class.getClassLoader().getResourceAsStream("templates/asi-aterkoppling.rptdesign");
	}

	@Override
	public List<Map<String, Object>> rows(FormView form, AssessmentView assessment, Optional<AssessmentView> baseline) {
		Answers answers = assessment.answers();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AsiArea area : AsiArea.values()) {
			Map<String, Object> row = new HashMap<>();
			row.put("area", form.sectionLabel(area.section));
			row.put("days", shown(answers, area.problemDays));
			row.put("worry", shown(answers, area.worry));
			row.put("help", shown(answers, area.helpNeed));
			row.put("rating", shown(answers, area.interviewerRating));
			Double rating = answers.number(area.interviewerRating);
			row.put("band", rating == null ? "" : form.item(area.interviewerRating)
					.flatMap(f -> f.band(rating.intValue())).map(FormView.Band::label).orElse(""));
			Double score = assessment.score(area.compositeScore).orElse(null);
			row.put("score", number(score));
			Double before = baseline.flatMap(b -> b.score(area.compositeScore)).orElse(null);
			row.put("baseline", baseline.isPresent() ? number(before) : "");
			row.put("change", baseline.isPresent() ? signed(score == null || before == null ? null : score - before) : "");
			rows.add(row);
		}
		return List.copyOf(rows);
	}

	private static String shown(Answers answers, String itemId) {
		return answers.answer(itemId).map(Answers.Answer::shown).orElse("\u2013");
	}

	private static String number(Double value) {
		return value == null ? "\u2013" : String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
	}

	private static String signed(Double value) {
		return value == null ? "\u2013" : (value > 0 ? "+" : "") + number(value);
	}

}
