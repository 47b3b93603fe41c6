package se.isu.core.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.instrument.AssessmentService;
import se.isu.core.instrument.InstrumentRegistry;
import se.isu.core.instrument.OccasionPlanner;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.IsuFactory;
import se.isu.model.Occasion;
import se.isu.model.OccasionStatus;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;
import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.ScheduleRule;

@Component(service = OccasionPlanner.class)
public class DefaultOccasionPlanner implements OccasionPlanner {

	@Reference
	InstrumentRegistry registry;

	@Reference
	AssessmentService assessments;

	@Override
	public List<Occasion> missingOccasions(IsuCase c) {
		return plan(c).occasions();
	}

	@Override
	public List<MissingForm> missingForms(IsuCase c) {
		return plan(c).forms();
	}

	private record Plan(List<Occasion> occasions, List<MissingForm> forms) {
	}

	/** Walks every schedule rule once: a rule is met by an occasion the case has, one planned now, or a new one. */
	private Plan plan(IsuCase c) {
		String unit = c.getUnit() == null ? null : c.getUnit().getCode();
		List<Assessment> done = c.getId() == 0 ? List.of()
				: assessments.forCase(c.getId()).stream().filter(a -> a.getStatus() == AssessmentStatus.COMPLETE).toList();
		List<Occasion> planned = new ArrayList<>();
		List<MissingForm> forms = new ArrayList<>();
		for (InstrumentDefinition definition : registry.available(unit)) {
			String form = definition.getId();
			for (ScheduleRule rule : definition.getSchedule()) {
				// one anchor for most rules; one per ended intervention of the rule's kinds for INTERVENTION_END
				for (LocalDate anchor : anchors(rule, definition, c, done)) {
				LocalDate due = anchor.plusMonths(rule.getOffsetMonths()).plusDays(rule.getOffsetDays());
				Optional<Occasion> existing = c.getOccasions().stream().filter(o -> covers(o, rule, due)).findFirst();
				if (existing.isPresent()) {
					if (!existing.get().getFormsDue().contains(form)
							&& forms.stream().noneMatch(f -> f.occasion() == existing.get() && f.instrumentId().equals(form))) {
						forms.add(new MissingForm(existing.get(), form));
					}
					continue;
				}
				Optional<Occasion> planning = planned.stream().filter(o -> covers(o, rule, due)).findFirst();
				Occasion occasion = planning.orElseGet(() -> {
					Occasion o = IsuFactory.eINSTANCE.createOccasion();
					o.setKind(rule.getOccasionKind());
					o.setStatus(OccasionStatus.PLANNED);
					o.setPlannedDate(due);
					planned.add(o);
					return o;
				});
				if (!occasion.getFormsDue().contains(form)) {
					occasion.getFormsDue().add(form);
					// kept sorted by id, as the store reads them back
					org.eclipse.emf.common.util.ECollections.sort(occasion.getFormsDue());
				}
				}
			}
		}
		planned.sort(Comparator.comparing(Occasion::getPlannedDate));
		return new Plan(planned, forms);
	}

	/** An occasion of the rule's kind, planned or done within the tolerance of the due date. */
	private static boolean covers(Occasion o, ScheduleRule rule, LocalDate due) {
		LocalDate date = o.getDoneDate() != null ? o.getDoneDate() : o.getPlannedDate();
		return o.getKind() == rule.getOccasionKind() && date != null
				&& Math.abs(ChronoUnit.DAYS.between(date, due)) <= Math.max(rule.getToleranceDays(), 0);
	}

	/**
	 * The dates the rule counts from that the case has: none while the case has not come that far; for
	 * INTERVENTION_END the end of every intervention of the rule's types (decision 120: "at the end of each placement").
	 */
	private static List<LocalDate> anchors(ScheduleRule rule, InstrumentDefinition definition, IsuCase c,
			List<Assessment> done) {
		if (rule.getAnchor() == se.isu.model.instrument.ScheduleAnchor.INTERVENTION_END) {
			return c.getInterventions().stream()
					.filter(i -> rule.getInterventionTypes().isEmpty() || (i.getInterventionType() != null
							&& rule.getInterventionTypes().contains(i.getInterventionType())))
					.map(Intervention::getEndDate).filter(Objects::nonNull).distinct().sorted().toList();
		}
		return anchor(rule, definition, c, done).stream().toList();
	}

	/** The date the rule counts from, if the case has it. */
	private static Optional<LocalDate> anchor(ScheduleRule rule, InstrumentDefinition definition, IsuCase c,
			List<Assessment> done) {
		return Optional.ofNullable(switch (rule.getAnchor()) {
		case ACTUALISATION -> c.getActualisationDate();
		case DECISION -> c.getDecisionDate();
		case INTERVENTION_START -> c.getInterventions().stream().map(Intervention::getStartDate).filter(Objects::nonNull)
				.min(Comparator.naturalOrder()).orElse(null);
		case CLOSURE -> c.getClosureDate();
		case PREVIOUS_ASSESSMENT -> previous(definition, done);
		case INTERVENTION_END -> null; // see anchors
		});
	}

	/** The newest complete assessment of this instrument or of the one it follows up (its prerequisite or baseline). */
	private static LocalDate previous(InstrumentDefinition definition, List<Assessment> done) {
		Set<String> family = new java.util.HashSet<>();
		family.add(definition.getId());
		if (definition.getPrerequisite() != null) {
			family.add(definition.getPrerequisite().getInstrumentId());
		}
		if (definition.getBaselineInstrument() != null) {
			family.add(definition.getBaselineInstrument());
		}
		return done.stream().filter(a -> family.contains(a.getInstrumentId())).map(Assessment::getAssessedOn)
				.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}
}
