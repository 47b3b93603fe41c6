package se.isu.core.instrument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.isu.instrument.api.Answers;
import se.isu.instrument.api.AssessmentView;
import se.isu.instrument.api.FormView;
import se.isu.instrument.api.ScoreValue;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Score;

/**
 * The engine's forms, answers, scores and assessments as the read-only views of the instrument API, so plugins
 * never compile against the engine (decision 57).
 */
public final class ApiViews {

	private ApiViews() {
	}

	public static FormView form(Form form) {
		List<FormView.Section> sections = form.sections().stream()
				.map(s -> new FormView.Section(s.getId(), form.sectionLabel(s))).toList();
		List<FormView.Item> items = form.fields().stream().map(ApiViews::item).toList();
		List<FormView.Group> groups = form.groups().stream()
				.map(g -> new FormView.Group(g.id(), g.section().getId(), g.group().getKind().getName(), g.label(),
						g.rowLabel(), g.minRows(), g.isRepeating() ? g.maxRows() : g.fields().size(),
						g.fields().stream().map(Form.Field::id).toList()))
				.toList();
		return new FormView() {
			@Override
			public String instrumentId() {
				return form.definition().getId();
			}

			@Override
			public String version() {
				return form.definition().getVersion();
			}

			@Override
			public String name() {
				return form.name();
			}

			@Override
			public List<Section> sections() {
				return sections;
			}

			@Override
			public List<Item> items() {
				return items;
			}

			@Override
			public Optional<Item> item(String itemId) {
				return form.field(itemId).map(ApiViews::item);
			}

			@Override
			public List<Group> groups() {
				return groups;
			}
		};
	}

	private static FormView.Item item(Form.Field f) {
		return new FormView.Item(f.id(), f.section().getId(), f.label(), f.type().getName(),
				f.options().stream().map(o -> new FormView.Option(o.code(), o.label())).toList(),
				f.bands().stream().map(b -> new FormView.Band(b.from(), b.to(), b.label())).toList());
	}

	public static Answers answers(AnswerSheet sheet) {
		return new Answers() {
			@Override
			public Optional<Answer> answer(String itemId) {
				return sheet.get(itemId).map(e -> new Answer(e.value(), e.missingCode()));
			}

			@Override
			public boolean isAnswered(String itemId) {
				return sheet.isAnswered(itemId);
			}

			@Override
			public boolean isMissing(String itemId) {
				return sheet.isMissing(itemId);
			}

			@Override
			public Double number(String itemId) {
				return sheet.number(itemId);
			}

			@Override
			public Set<String> chosen(String itemId) {
				return sheet.valueOf(itemId) instanceof AnswerSheet.Choices choices ? Set.copyOf(choices.codes())
						: sheet.isAnswered(itemId) ? Set.of(sheet.get(itemId).orElseThrow().value()) : Set.of();
			}

			@Override
			public Set<String> itemIds() {
				return Set.copyOf(sheet.itemIds());
			}
		};
	}

	public static List<ScoreValue> scores(List<Score> scores) {
		return scores.stream().map(s -> new ScoreValue(s.getScoreId(), s.getLabel(), s.getValue())).toList();
	}

	public static List<Score> toScores(List<ScoreValue> values) {
		return values.stream().map(v -> {
			Score score = InstrumentFactory.eINSTANCE.createScore();
			score.setScoreId(v.id());
			score.setLabel(v.label());
			score.setValue(v.value());
			return score;
		}).toList();
	}

	/** The assessment as a plugin sees it, its answers read on the form it was answered on. */
	public static AssessmentView assessment(Form form, Assessment assessment) {
		Answers answers = answers(AnswerSheet.of(form, assessment.getAnswers()));
		List<ScoreValue> scores = scores(assessment.getScores());
		return new AssessmentView() {
			@Override
			public String instrumentId() {
				return assessment.getInstrumentId();
			}

			@Override
			public String version() {
				return assessment.getInstrumentVersion();
			}

			@Override
			public LocalDate date() {
				return assessment.getAssessedOn();
			}

			@Override
			public String respondent() {
				return assessment.getRespondent() == null ? null : assessment.getRespondent().getName();
			}

			@Override
			public Answers answers() {
				return answers;
			}

			@Override
			public List<ScoreValue> scores() {
				return scores;
			}
		};
	}
}
