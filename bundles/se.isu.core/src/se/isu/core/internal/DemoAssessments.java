package se.isu.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import se.isu.core.instrument.AnswerSheet;
import se.isu.core.instrument.Form;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.ValidationException;
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

	DemoAssessments(InstrumentRegistry instruments, Random random, boolean longForms) {
		this.instruments = instruments;
		this.random = random;
		this.longForms = longForms;
	}

	/**
	 * Records at each occasion the forms the unit asks there for the client (decision 77), before the case is stored:
	 * the same forms {@link #forCase} answers at the done ones, so dropout per instrument reads the demo as it should.
	 */
	void bindForms(IsuCase c) {
		for (Occasion occasion : c.getOccasions()) {
			for (InstrumentDefinition definition : available.computeIfAbsent(c.getUnit().getCode(), instruments::available)) {
				if (definition.getOccasionKinds().contains(occasion.getKind())
						&& (definition.getRespondents().isEmpty() || definition.getRespondents().contains(Respondent.CLIENT))
						&& !occasion.getFormsDue().contains(definition.getId())) {
					occasion.getFormsDue().add(definition.getId());
				}
			}
			org.eclipse.emf.common.util.ECollections.sort(occasion.getFormsDue());
		}
	}

	List<Assessment> forCase(IsuCase c) {
		List<Assessment> result = new ArrayList<>();
		boolean longFormsForThisCase = longForms || random.nextInt(LONG_FORM_SAMPLE) == 0;
		Set<String> done = new HashSet<>();
		for (Occasion occasion : c.getOccasions()) {
			if (occasion.getStatus() != OccasionStatus.DONE) {
				continue;
			}
			for (InstrumentDefinition definition : available.computeIfAbsent(c.getUnit().getCode(), instruments::available)) {
				if (!definition.getOccasionKinds().contains(occasion.getKind())
						|| (!definition.getRespondents().isEmpty() && !definition.getRespondents().contains(Respondent.CLIENT))
						|| (definition.getPrerequisite() != null && !done.contains(definition.getPrerequisite().getInstrumentId()))) {
					continue;
				}
				Form form = forms.computeIfAbsent(definition.getId() + "@" + definition.getVersion() + "@" + c.getUnit().getCode(),
						key -> instruments.form(definition.getId(), definition.getVersion(), c.getUnit().getCode()).orElseThrow());
				if (form.fields().size() > SHORT_FORM && !longFormsForThisCase) {
					continue;
				}
				result.add(assessment(c, occasion, form));
				done.add(definition.getId());
			}
		}
		return result;
	}

	private Assessment assessment(IsuCase c, Occasion occasion, Form form) {
		AnswerSheet sheet = form.newSheet();
		for (Form.Field field : form.fields()) {
			// a repeating group gets one row (answers under its row id, group[1].item)
			int row = field.inRows() ? 1 : 0;
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
			throw new IllegalStateException("Demo answers break a rule of " + form.name() + " (generator bug): " + violations);
		}
		Assessment a = InstrumentFactory.eINSTANCE.createAssessment();
		a.setCaseId(c.getId());
		a.setOccasionId(occasion.getId());
		a.setInstrumentId(form.definition().getId());
		a.setInstrumentVersion(form.definition().getVersion());
		a.setInstrumentName(form.definition().getName());
		a.setRespondent(Respondent.CLIENT);
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
