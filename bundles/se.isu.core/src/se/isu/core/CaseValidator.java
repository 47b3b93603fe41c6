package se.isu.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import se.isu.core.ValidationException.Violation;
import se.isu.model.CaseStatus;
import se.isu.model.FollowUp;
import se.isu.model.Intervention;
import se.isu.model.IsuCase;
import se.isu.model.Occasion;
import se.isu.model.OccasionStatus;
import se.isu.model.ProcessStep;
import se.isu.model.ValueSet;
import se.isu.model.valueset.ValueSets;

/**
 * The rules a case must satisfy before it is stored, whoever stores it (editor, wizard, import, CLI).
 *
 * <ul>
 * <li>Every coded field holds a code of its value set. "Vet ej" is such a code: it counts as answered.</li>
 * <li>Dates keep process order: aktualisering ≤ beslut ≤ verkställighet ≤ avslut; an intervention's decision ≤ start ≤
 * end; follow-ups lie inside the case; recorded dates are not in the future (planned dates may be).</li>
 * <li>A process step can only be left when its variables are recorded; a closed case has variables 18-20.</li>
 * <li>An occasion's outcome matches its status.</li>
 * </ul>
 * Field ids in the violations are paths a form can map to its widgets, e.g. {@code interventions[0].startDate}.
 */
public final class CaseValidator {

	private final ValueSets valueSets;
	private final ResourceBundle fieldNames;

	public CaseValidator(ValueSets valueSets, Locale locale) {
		this.valueSets = valueSets;
		this.fieldNames = ResourceBundle.getBundle("se.isu.core.fields", locale, CaseValidator.class.getClassLoader());
	}

	public CaseValidator() {
		this(ValueSets.standard(), Locale.getDefault());
	}

	/** All broken rules, in form order; empty when the case may be stored. */
	public List<Violation> validate(IsuCase c, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		codes(c.getClient(), "", violations);
		codes(c, "", violations);
		dates(c, today, violations);
		steps(c, violations);
		for (int i = 0; i < c.getInterventions().size(); i++) {
			intervention(c, c.getInterventions().get(i), "interventions[" + i + "].", today, violations);
		}
		for (int i = 0; i < c.getFollowUps().size(); i++) {
			followUp(c, c.getFollowUps().get(i), "followUps[" + i + "].", today, violations);
		}
		for (int i = 0; i < c.getOccasions().size(); i++) {
			occasion(c, c.getOccasions().get(i), "occasions[" + i + "].", today, violations);
		}
		return violations;
	}

	/** Longest given or family name the store keeps (ISU_CLIENT.GIVEN_NAME and FAMILY_NAME). */
	public static final int MAX_NAME_LENGTH = 100;

	/**
	 * The rules for a client who is registered for the first time: given and family name are required (a case
	 * listed as "– , 19380101-2406" helps nobody find the person) and fit the store. A known client keeps the
	 * names already recorded.
	 */
	public List<Violation> newClient(String givenName, String familyName) {
		List<Violation> violations = new ArrayList<>();
		requireName(givenName, "givenName", violations);
		requireName(familyName, "familyName", violations);
		return violations;
	}

	private void requireName(String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(violation(field, NLS.bind(Messages.required, name(field))));
		} else if (value.strip().length() > MAX_NAME_LENGTH) {
			violations.add(violation(field, NLS.bind(Messages.nameTooLong, name(field), MAX_NAME_LENGTH)));
		}
	}

	/** Throws when any rule is broken. */
	public void check(IsuCase c, LocalDate today) {
		List<Violation> violations = validate(c, today);
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
	}

	// --- value sets ---------------------------------------------------------------------------------

	private void codes(EObject object, String prefix, List<Violation> violations) {
		if (object == null) {
			return;
		}
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			ValueSets.valueSetOf(attribute).ifPresent(setId -> {
				ValueSet set = valueSets.get(setId);
				Object value = object.eGet(attribute);
				Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
				for (Object code : values) {
					if (!ValueSets.contains(set, (Integer) code)) {
						violations.add(violation(prefix + attribute.getName(),
								NLS.bind(Messages.codeNotInSet, name(attribute.getName()), code)));
					}
				}
			});
		}
	}

	// --- dates --------------------------------------------------------------------------------------

	private void dates(IsuCase c, LocalDate today, List<Violation> violations) {
		notFuture(c.getActualisationDate(), "actualisationDate", today, violations);
		notFuture(c.getDecisionDate(), "decisionDate", today, violations);
		notFuture(c.getClosureDate(), "closureDate", today, violations);
		if (c.getClient() != null) {
			notBefore(c.getActualisationDate(), "actualisationDate", c.getClient().getBirthDate(), "birthDate", violations);
		}
		notBefore(c.getDecisionDate(), "decisionDate", c.getActualisationDate(), "actualisationDate", violations);
		notBefore(c.getClosureDate(), "closureDate", c.getDecisionDate(), "decisionDate", violations);
		notBefore(c.getClosureDate(), "closureDate", c.getActualisationDate(), "actualisationDate", violations);
	}

	private void intervention(IsuCase c, Intervention i, String prefix, LocalDate today, List<Violation> violations) {
		codes(i, prefix, violations);
		if (i.getInterventionType() == null) {
			violations.add(violation(prefix + "interventionType", NLS.bind(Messages.required, name("interventionType"))));
		}
		notFuture(i.getDecisionDate(), prefix + "decisionDate", "intervention.decisionDate", today, violations);
		notFuture(i.getStartDate(), prefix + "startDate", "startDate", today, violations);
		notBefore(i.getDecisionDate(), prefix + "decisionDate", "intervention.decisionDate", c.getActualisationDate(),
				"actualisationDate", violations);
		notBefore(i.getStartDate(), prefix + "startDate", "startDate", i.getDecisionDate(), "intervention.decisionDate",
				violations);
		notBefore(i.getStartDate(), prefix + "startDate", "startDate", c.getDecisionDate(), "decisionDate", violations);
		notBefore(i.getEndDate(), prefix + "endDate", "endDate", i.getStartDate(), "startDate", violations);
		notBefore(c.getClosureDate(), "closureDate", "closureDate", i.getStartDate(), "startDate", violations);
	}

	private void followUp(IsuCase c, FollowUp f, String prefix, LocalDate today, List<Violation> violations) {
		codes(f, prefix, violations);
		notFuture(f.getDate(), prefix + "date", "date", today, violations);
		if (f.getDate() != null && (c.getActualisationDate() != null && f.getDate().isBefore(c.getActualisationDate())
				|| c.getClosureDate() != null && f.getDate().isAfter(c.getClosureDate()))) {
			violations.add(violation(prefix + "date", NLS.bind(Messages.followUpOutsideCase, name("date"))));
		}
	}

	private void occasion(IsuCase c, Occasion o, String prefix, LocalDate today, List<Violation> violations) {
		codes(o, prefix, violations);
		notFuture(o.getDoneDate(), prefix + "doneDate", "doneDate", today, violations);
		notBefore(o.getDoneDate(), prefix + "doneDate", "doneDate", c.getActualisationDate(), "actualisationDate", violations);
		if (o.getStatus() == OccasionStatus.DONE && o.getDoneDate() == null) {
			violations.add(violation(prefix + "doneDate", NLS.bind(Messages.doneNeedsDate, name("doneDate"))));
		}
		if (o.getStatus() == OccasionStatus.NOT_DONE && o.getNotDoneReason() == null) {
			violations.add(violation(prefix + "notDoneReason", NLS.bind(Messages.notDoneNeedsReason, name("notDoneReason"))));
		}
		if (o.getStatus() == OccasionStatus.PLANNED) {
			if (o.getDoneDate() != null) {
				violations.add(violation(prefix + "doneDate", NLS.bind(Messages.plannedHasOutcome, name("doneDate"))));
			}
			if (o.getNotDoneReason() != null) {
				violations.add(violation(prefix + "notDoneReason", NLS.bind(Messages.plannedHasOutcome, name("notDoneReason"))));
			}
		}
	}

	// --- process steps ------------------------------------------------------------------------------

	/** Variables that must be recorded before the case may move past each step (SKL Bilaga 1's step grouping). */
	private void steps(IsuCase c, List<Violation> violations) {
		ProcessStep step = c.getCurrentStep();
		if (step == null) {
			violations.add(violation("currentStep", NLS.bind(Messages.required, name("currentStep"))));
			return;
		}
		if (past(step, ProcessStep.AKTUALISERA)) {
			requireStep(c.getActualisationDate() != null, "actualisationDate", ProcessStep.AKTUALISERA, violations);
			requireStep(!c.getActualisationReasons().isEmpty(), "actualisationReasons", ProcessStep.AKTUALISERA, violations);
		}
		if (past(step, ProcessStep.UTREDA)) {
			requireStep(c.getClient() != null && c.getClient().getLegalSex() != null, "legalSex", ProcessStep.UTREDA, violations);
			requireStep(c.getOrigin() != null, "origin", ProcessStep.UTREDA, violations);
			requireStep(c.getHouseholdType() != null, "householdType", ProcessStep.UTREDA, violations);
			requireStep(c.getPreviousContact() != null, "previousContact", ProcessStep.UTREDA, violations);
			requireStep(!c.getProblems().isEmpty(), "problems", ProcessStep.UTREDA, violations);
		}
		if (past(step, ProcessStep.BESLUTA)) {
			requireStep(c.getDecisionDate() != null, "decisionDate", ProcessStep.BESLUTA, violations);
		}
		if (past(step, ProcessStep.GENOMFORA)) {
			for (int i = 0; i < c.getInterventions().size(); i++) {
				if (c.getInterventions().get(i).getStartDate() == null) {
					violations.add(violation("interventions[" + i + "].startDate",
							NLS.bind(Messages.requiredForStep, name("startDate"), ProcessSteps.label(ProcessStep.GENOMFORA))));
				}
			}
		}
		if (past(step, ProcessStep.FOLJA_UPP)) {
			requireStep(!c.getFollowUps().isEmpty(), "date", ProcessStep.FOLJA_UPP, violations);
			for (int i = 0; i < c.getFollowUps().size(); i++) {
				FollowUp f = c.getFollowUps().get(i);
				String prefix = "followUps[" + i + "].";
				requireStep(f.getDate() != null, prefix, "date", ProcessStep.FOLJA_UPP, violations);
				requireStep(!f.getCooperation().isEmpty(), prefix, "cooperation", ProcessStep.FOLJA_UPP, violations);
				requireStep(f.getCoordinatedPlan() != null, prefix, "coordinatedPlan", ProcessStep.FOLJA_UPP, violations);
				requireStep(f.getParallelInterventions() != null, prefix, "parallelInterventions", ProcessStep.FOLJA_UPP, violations);
				requireStep(f.getGoalAttainment() != null, prefix, "goalAttainment", ProcessStep.FOLJA_UPP, violations);
			}
		}
		if (c.getStatus() == CaseStatus.CLOSED) {
			if (step != ProcessStep.AVSLUTA) {
				violations.add(violation("currentStep", Messages.closedNeedsLastStep));
			}
			requireStep(c.getClosureDate() != null, "closureDate", ProcessStep.AVSLUTA, violations);
			requireStep(c.getImplementationVsPlan() != null, "implementationVsPlan", ProcessStep.AVSLUTA, violations);
			requireStep(c.getClosureReason() != null, "closureReason", ProcessStep.AVSLUTA, violations);
		}
	}

	private static boolean past(ProcessStep current, ProcessStep step) {
		return current.getValue() > step.getValue();
	}

	private void requireStep(boolean present, String field, ProcessStep step, List<Violation> violations) {
		requireStep(present, "", field, step, violations);
	}

	private void requireStep(boolean present, String prefix, String field, ProcessStep step, List<Violation> violations) {
		if (!present) {
			violations.add(violation(prefix + field, NLS.bind(Messages.requiredForStep, name(field), ProcessSteps.label(step))));
		}
	}

	// --- helpers ------------------------------------------------------------------------------------

	private void notFuture(LocalDate date, String field, LocalDate today, List<Violation> violations) {
		notFuture(date, field, field, today, violations);
	}

	private void notFuture(LocalDate date, String field, String nameKey, LocalDate today, List<Violation> violations) {
		if (date != null && date.isAfter(today)) {
			violations.add(violation(field, NLS.bind(Messages.dateInFuture, name(nameKey))));
		}
	}

	private void notBefore(LocalDate later, String laterField, LocalDate earlier, String earlierField,
			List<Violation> violations) {
		notBefore(later, laterField, laterField, earlier, earlierField, violations);
	}

	private void notBefore(LocalDate later, String laterField, String laterName, LocalDate earlier, String earlierName,
			List<Violation> violations) {
		if (later != null && earlier != null && later.isBefore(earlier)) {
			violations.add(violation(laterField, NLS.bind(Messages.dateOrder, name(laterName), name(earlierName))));
		}
	}

	private String name(String key) {
		try {
			return fieldNames.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
	}

	private static Violation violation(String field, String message) {
		return new Violation(field, message);
	}
}
