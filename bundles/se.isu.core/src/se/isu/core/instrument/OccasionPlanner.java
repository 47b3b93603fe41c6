package se.isu.core.instrument;

import java.util.List;

import se.isu.model.IsuCase;
import se.isu.model.Occasion;

/**
 * Plans a case's occasions from the schedules of the forms its unit uses (e.g. a follow-up 3 months after
 * closure): which planned occasions the case still lacks.
 */
public interface OccasionPlanner {

	/**
	 * New planned occasions (not stored, not added to the case) for every schedule rule whose anchor date the case
	 * has and that no occasion of the same kind already covers within the rule's tolerance.
	 */
	List<Occasion> missingOccasions(IsuCase c);
}
