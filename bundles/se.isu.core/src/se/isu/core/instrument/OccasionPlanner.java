package se.isu.core.instrument;

import java.util.List;

import se.isu.model.IsuCase;
import se.isu.model.Occasion;

/**
 * Plans a case's occasions from the schedules of the forms its unit uses (e.g. a follow-up 3 months after
 * closure): which planned occasions the case still lacks, and which forms are due at each (decision 77).
 */
public interface OccasionPlanner {

	/**
	 * New planned occasions (not stored, not added to the case) for every schedule rule whose anchor date the case
	 * has and that no occasion of the same kind already covers within the rule's tolerance. Each lists the forms due
	 * at it ({@link Occasion#getFormsDue()}): rules of several forms that fall on one occasion (MST's family and
	 * therapist ratings) give one occasion with both forms.
	 */
	List<Occasion> missingOccasions(IsuCase c);

	/** A form whose schedule an occasion the case already has covers, but which that occasion does not list yet. */
	record MissingForm(Occasion occasion, String instrumentId) {
	}

	/**
	 * The forms due at occasions the case already has (not added): an occasion planned by hand, or stored before
	 * occasions were bound to forms, gets the forms whose schedule it covers.
	 */
	List<MissingForm> missingForms(IsuCase c);
}
