package se.isu.core.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.isu.model.Occasion;
import se.isu.model.instrument.Assessment;
import se.isu.model.instrument.AssessmentStatus;

/**
 * The forms of one occasion and how far each has come (decision 77): an occasion is done for a form when that form's
 * assessment linked to the occasion is complete. Read by the case editor; the store asks the same in SQL.
 */
public final class OccasionForms {

	/** How far one form due at an occasion has come. */
	public enum FormState {
		NOT_STARTED, IN_PROGRESS, COMPLETE
	}

	/** One form at one occasion, with the assessment that answers it (the newest complete one first), or null. */
	public record FormAtOccasion(String instrumentId, FormState state, Assessment assessment) {
	}

	private OccasionForms() {
	}

	/**
	 * The forms due at the occasion, then forms answered there that it does not list (a worker may start any form at
	 * an occasion), each with its state from the case's assessments.
	 */
	public static List<FormAtOccasion> of(Occasion occasion, List<Assessment> caseAssessments) {
		List<String> ids = new ArrayList<>(occasion.getFormsDue());
		for (Assessment a : caseAssessments) {
			if (linked(a, occasion) && !ids.contains(a.getInstrumentId())) {
				ids.add(a.getInstrumentId());
			}
		}
		List<FormAtOccasion> forms = new ArrayList<>();
		for (String id : ids) {
			Assessment complete = null;
			Assessment started = null;
			for (Assessment a : caseAssessments) {
				if (linked(a, occasion) && id.equals(a.getInstrumentId())) {
					if (a.getStatus() == AssessmentStatus.COMPLETE) {
						complete = a;
					} else {
						started = a;
					}
				}
			}
			forms.add(complete != null ? new FormAtOccasion(id, FormState.COMPLETE, complete)
					: started != null ? new FormAtOccasion(id, FormState.IN_PROGRESS, started)
							: new FormAtOccasion(id, FormState.NOT_STARTED, null));
		}
		return forms;
	}

	private static boolean linked(Assessment a, Occasion occasion) {
		return occasion.getId() != 0 && Objects.equals(a.getOccasionId(), occasion.getId());
	}
}
