package se.isu.instrument.asi;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.AssessmentReportContribution;
import se.isu.core.instrument.Form;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.Score;

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
		return "ASI – återkoppling";
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
	public List<Map<String, Object>> rows(Form form, Assessment assessment, Optional<Assessment> baseline) {
		AnswerSheet answers = AnswerSheet.of(form, assessment.getAnswers());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AsiArea area : AsiArea.values()) {
			Map<String, Object> row = new HashMap<>();
			row.put("area", form.sections().stream().filter(s -> s.getId().equals(area.section)).findFirst()
					.map(form::sectionLabel).orElse(area.section));
			row.put("days", shown(form, answers, area.problemDays));
			row.put("worry", shown(form, answers, area.worry));
			row.put("help", shown(form, answers, area.helpNeed));
			row.put("rating", shown(form, answers, area.interviewerRating));
			Double rating = answers.number(area.interviewerRating);
			row.put("band", rating == null ? "" : form.field(area.interviewerRating)
					.flatMap(f -> f.band(rating.intValue())).map(Form.Band::label).orElse(""));
			Double score = score(assessment, area.compositeScore);
			row.put("score", number(score));
			Double before = baseline.map(b -> score(b, area.compositeScore)).orElse(null);
			row.put("baseline", baseline.isPresent() ? number(before) : "");
			row.put("change", baseline.isPresent() ? signed(score == null || before == null ? null : score - before) : "");
			rows.add(row);
		}
		return List.copyOf(rows);
	}

	private static String shown(Form form, AnswerSheet answers, String itemId) {
		return answers.get(itemId).map(e -> e.isMissing() ? e.missingCode() : e.value()).orElse("\u2013");
	}

	private static Double score(Assessment assessment, String scoreId) {
		// a score without a value (too few answers so far) is a dash in the report, not a failure
		return assessment.getScores().stream().filter(s -> s.getScoreId().equals(scoreId)).findFirst()
				.map(Score::getValue).orElse(null);
	}

	private static String number(Double value) {
		return value == null ? "\u2013" : String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
	}

	private static String signed(Double value) {
		return value == null ? "\u2013" : (value > 0 ? "+" : "") + number(value);
	}

}
