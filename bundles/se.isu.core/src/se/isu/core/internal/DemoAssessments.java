package se.isu.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.ApiViews;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.ValidationException;
import se.isu.instrument.api.Answers;
import se.isu.instrument.api.FormView;
import se.isu.instrument.api.RowIds;
import se.isu.instrument.api.demo.DemoInterview;
import se.isu.instrument.api.demo.DemoInterviewer;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.InstrumentFactory;
import se.isu.model.instrument.Respondent;

/**
 * Demo answers for every installed instrument that serves a done occasion, drawn per item type from the form
 * itself, so a new plugin gets demo data without code. Answers pass the form's own checks and are scored by the
 * instrument's scorer. Long forms (more than {@value #SHORT_FORM} items) are filled in for every case of a small
 * demo set, and for one case in {@value #LONG_FORM_SAMPLE} of a large one: 100 000 cases with a 180-item interview
 * each would be a database of answers nobody looks at, but a benchmark of paired change needs some interviews.
 */
final class DemoAssessments {

	static final int SHORT_FORM = 20;
	static final int LONG_FORMS_UP_TO = 1000;
	static final int LONG_FORM_SAMPLE = 20;

	private final InstrumentRegistry instruments;
	private final Random random;
	private final boolean longForms;
	/** Forms by instrument, version and unit: building one reads the unit's overlay from the database. */
	private final java.util.Map<String, Form> forms = new java.util.HashMap<>();
	/** The forms each unit uses, asked once per demo run rather than once per case. */
	private final java.util.Map<String, List<InstrumentDefinition>> available = new java.util.HashMap<>();

	/** The API views of the forms plugins' interviewers are shown, built once per form. */
	private final Map<Form, FormView> views = new java.util.IdentityHashMap<>();
	/** Plugins' own demo interviewers (API 1.2); the first that claims a form answers it. */
	private final List<DemoInterviewer> interviewers;

	DemoAssessments(InstrumentRegistry instruments, Random random, boolean longForms, List<DemoInterviewer> interviewers) {
		this.instruments = instruments;
		this.random = random;
		this.longForms = longForms;
		this.interviewers = List.copyOf(interviewers);
	}

	/**
	 * Records at each occasion the forms the unit asks there for the client (decision 77), before the case is stored:
	 * the same forms {@link #forCase} answers at the done ones, so dropout per instrument reads the demo as it should.
	 */
	void bindForms(IsuCase c) {
		for (Occasion occasion : c.getOccasions()) {
			for (InstrumentDefinition definition : available.computeIfAbsent(c.getUnit().getCode(), instruments::available)) {
				if (definition.getOccasionKinds().contains(occasion.getKind()) && answerable(definition)
						&& atItsFollowUp(definition, occasion, c) && !occasion.getFormsDue().contains(definition.getId())) {
					occasion.getFormsDue().add(definition.getId());
				}
			}
			org.eclipse.emf.common.util.ECollections.sort(occasion.getFormsDue());
		}
	}

	/**
	 * A form the demo fills in: one the client answers, or one a plugin's interviewer claims whoever answers it (MST's
	 * family ratings, SUV's staff registrations) — generic answers for a family's or a professional's form would be
	 * noise, so those are left to the plugin that knows them.
	 */
	private boolean answerable(InstrumentDefinition definition) {
		return definition.getRespondents().isEmpty() || definition.getRespondents().contains(Respondent.CLIENT)
				|| interviewers.stream().anyMatch(i -> i.answers(definition.getId()));
	}

	/**
	 * Whether a follow-up form belongs at this follow-up. A case with one follow-up gets every follow-up form there,
	 * as before; a case with several (the MST team's at 6 and 12 months) gets each form at the follow-up its schedule
	 * names from the closure, so the 6-month form is not also answered at 12 months.
	 */
	private static boolean atItsFollowUp(InstrumentDefinition definition, Occasion occasion, IsuCase c) {
		if (occasion.getKind() != se.isu.model.OccasionKind.FOLLOW_UP || c.getClosureDate() == null
				|| c.getOccasions().stream().filter(o -> o.getKind() == se.isu.model.OccasionKind.FOLLOW_UP).count() < 2) {
			return true;
		}
		List<se.isu.model.instrument.ScheduleRule> rules = definition.getSchedule().stream()
				.filter(r -> r.getOccasionKind() == se.isu.model.OccasionKind.FOLLOW_UP
						&& r.getAnchor() == se.isu.model.instrument.ScheduleAnchor.CLOSURE)
				.toList();
		return rules.isEmpty() || rules.stream().anyMatch(r -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(
				c.getClosureDate().plusMonths(r.getOffsetMonths()).plusDays(r.getOffsetDays()),
				occasion.getPlannedDate())) <= Math.max(r.getToleranceDays(), 0));
	}

	List<Assessment> forCase(IsuCase c) {
		List<Assessment> result = new ArrayList<>();
		boolean longFormsForThisCase = longForms || random.nextInt(LONG_FORM_SAMPLE) == 0;
		Set<String> done = new HashSet<>();
		// what this client answered last per instrument, so a plugin's follow-up can start from the intake
		Map<String, AnswerSheet> earlier = new HashMap<>();
		for (Occasion occasion : c.getOccasions()) {
			if (occasion.getStatus() != OccasionStatus.DONE) {
				continue;
			}
			for (InstrumentDefinition definition : available.computeIfAbsent(c.getUnit().getCode(), instruments::available)) {
				if (!definition.getOccasionKinds().contains(occasion.getKind()) || !answerable(definition)
						|| !atItsFollowUp(definition, occasion, c)
						|| (definition.getPrerequisite() != null && !done.contains(definition.getPrerequisite().getInstrumentId()))) {
					continue;
				}
				Form form = forms.computeIfAbsent(definition.getId() + "@" + definition.getVersion() + "@" + c.getUnit().getCode(),
						key -> instruments.form(definition.getId(), definition.getVersion(), c.getUnit().getCode()).orElseThrow());
				if (form.fields().size() > SHORT_FORM && !longFormsForThisCase) {
					continue;
				}
				Optional<AnswerSheet> sheet = answer(c, occasion, form, earlier);
				if (sheet.isPresent()) {
					result.add(assessment(c, occasion, form, sheet.get()));
					earlier.put(definition.getId(), sheet.get());
					done.add(definition.getId());
				}
			}
		}
		return result;
	}

	/**
	 * The answers of one demo interview: the plugin's interviewer's when one claims the form (it may decline: empty),
	 * generic ones per item type otherwise. Required items left empty get a generic answer either way.
	 */
	private Optional<AnswerSheet> answer(IsuCase c, Occasion occasion, Form form, Map<String, AnswerSheet> earlier) {
		AnswerSheet sheet = form.newSheet();
		String instrumentId = form.definition().getId();
		Optional<DemoInterviewer> interviewer = interviewers.stream().filter(i -> i.answers(instrumentId)).findFirst();
		if (interviewer.isPresent()) {
			Interview interview = new Interview(form, sheet, occasion, c, earlier);
			if (!interviewer.get().interview(interview)) {
				return Optional.empty();
			}
			form.settle(sheet);
		}
		for (Form.Field field : form.fields()) {
			// a repeating group gets one row (answers under its row id, group[1].item)
			int row = field.inRows() ? 1 : 0;
			// after a plugin's interviewer only required items it left empty; the rows are its own
			if (interviewer.isPresent() && (field.inRows() || !field.item().isRequired()
					|| field.type() == se.isu.model.instrument.ItemType.COMPUTED || sheet.get(field.id()).isPresent())) {
				continue;
			}
			if (!form.isVisible(field, row, sheet)) {
				continue;
			}
			String value = value(field);
			if (value != null) {
				sheet.put(field.answerId(row), value);
			} else if (field.item().isRequired() && !field.missingCodes().isEmpty()) {
				sheet.putMissing(field.answerId(row), field.missingCodes().get(0).getCode());
			}
			form.settle(sheet);
		}
		List<ValidationException.Violation> violations = form.check(sheet, true);
		if (!violations.isEmpty()) {
			throw new IllegalStateException("Demo answers break a rule of " + form.name()
					+ (interviewer.isPresent() ? " (" + interviewer.get().getClass().getName() + ")" : "") + " (generator bug): "
					+ violations);
		}
		return Optional.of(sheet);
	}

	/** One interview as a plugin's interviewer sees it. */
	private final class Interview implements DemoInterview {

		private final Form form;
		private final AnswerSheet sheet;
		private final Occasion occasion;
		private final IsuCase c;
		private final Map<String, AnswerSheet> earlier;

		Interview(Form form, AnswerSheet sheet, Occasion occasion, IsuCase c, Map<String, AnswerSheet> earlier) {
			this.form = form;
			this.sheet = sheet;
			this.occasion = occasion;
			this.c = c;
			this.earlier = earlier;
		}

		@Override
		public FormView form() {
			// one view per form for the whole run: a large demo asks it once per interview
			return views.computeIfAbsent(form, ApiViews::form);
		}

		@Override
		public String instrumentId() {
			return form.definition().getId();
		}

		@Override
		public String occasionKind() {
			return occasion.getKind().getName();
		}

		@Override
		public LocalDate date() {
			return occasion.getDoneDate();
		}

		@Override
		public int legalSex() {
			return c.getClient().getLegalSex();
		}

		@Override
		public int age() {
			return c.getClient().ageAt(date());
		}

		@Override
		public Random random() {
			return random;
		}

		@Override
		public Optional<Answers> earlier(String instrumentId) {
			return Optional.ofNullable(earlier.get(instrumentId)).map(ApiViews::answers);
		}

		@Override
		public void put(String answerId, String value) {
			sheet.put(known(answerId), value);
		}

		@Override
		public void putMissing(String answerId, String missingCode) {
			sheet.putMissing(known(answerId), missingCode);
		}

		private String known(String answerId) {
			String item = RowIds.parse(answerId).map(RowIds.Ref::item).orElse(answerId);
			if (form.field(item).isEmpty()) {
				throw new IllegalArgumentException(form.name() + " has no item " + answerId);
			}
			return answerId;
		}
	}

	private Assessment assessment(IsuCase c, Occasion occasion, Form form, AnswerSheet sheet) {
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(occasion.getId());
		a.setInstrumentId(form.definition().getId());
		a.setInstrumentVersion(form.definition().getVersion());
		a.setInstrumentName(form.definition().getName());
		// the client, unless the form is only for others (the family's or the staff's form a plugin answered)
		List<Respondent> respondents = form.definition().getRespondents();
		a.setRespondent(respondents.isEmpty() || respondents.contains(Respondent.CLIENT) ? Respondent.CLIENT : respondents.get(0));
		a.setStatus(AssessmentStatus.COMPLETE);
		a.setAssessedOn(occasion.getDoneDate());
		a.setInterviewer(c.getResponsibleStaff() == null ? null : c.getResponsibleStaff().getUserName());
		a.setUnitCode(c.getUnit().getCode());
		a.getAnswers().addAll(sheet.toAnswers());
		a.getScores().addAll(instruments.scorer(form.definition().getId()).score(form, sheet,
				se.isu.core.instrument.ClientFacts.of(c.getClient(), occasion.getDoneDate())));
		return a;
	}

	/** A plausible value for the item, or null to leave it empty (free text is never invented). */
	private String value(Form.Field field) {
		Integer min = field.min();
		Integer max = field.max();
		return switch (field.type()) {
		case DAY_COUNT -> Integer.toString(random.nextInt(100) < 45 ? 0 : 1 + random.nextInt(max == null ? 30 : max));
		case INTEGER -> Integer.toString(min + random.nextInt(Math.max(1, Math.min(max == null ? 10 : max, min + 10) - min + 1)));
		case MONEY -> Integer.toString(random.nextInt(100) < 50 ? 0 : 500 * (1 + random.nextInt(40)));
		case YES_NO -> random.nextInt(100) < 30 ? "1" : "0";
		case SINGLE_CHOICE, SCALE -> field.options().isEmpty()
				? Integer.toString(min + random.nextInt(max - min + 1))
				: field.options().get(skewed(field.options().size())).code();
		case MULTI_CHOICE -> field.options().get(skewed(field.options().size())).code();
		case DECIMAL -> {
			int low = min == null ? 0 : min;
			yield String.format(java.util.Locale.ROOT, "%.2f", low + random.nextDouble() * ((max == null ? low + 1 : max) - low));
		}
		case AGE -> Integer.toString(12 + random.nextInt(30));
		case DATE, MONTH_YEAR, TEXT, COMPUTED -> null;
		};
	}

	/** Earlier alternatives more often, as in most answer lists (the first ones are the common answers). */
	private int skewed(int size) {
		int index = 0;
		while (index < size - 1 && random.nextInt(100) < 45) {
			index++;
		}
		return index;
	}
}
