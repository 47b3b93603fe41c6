package se.isu.core.instrument;

import java.util.List;
import java.util.Set;

/**
 * Which installed instruments a unit uses (decision 87). A workstation may have more instruments installed than one
 * unit works with (a shared database serves several units; the demo installs them all): only the chosen ones are
 * offered to the unit's staff, planned at its occasions and filled in by demo data. A unit that never chose is
 * offered every installed instrument, which is what a single-unit installation wants. The unit's own questionnaires
 * are always offered.
 */
public interface UnitInstruments {

	/**
	 * One installed instrument as a unit sees it.
	 *
	 * @param used whether the unit's staff are offered it
	 */
	record Choice(String instrumentId, String name, String version, boolean used) {
	}

	/** Whether the unit has chosen its instruments (false: every installed instrument is offered). */
	boolean hasChosen(String unitCode);

	/** The newest version of every installed instrument, marked used or not for the unit; also for methods staff. */
	List<Choice> choices(String unitCode);

	/**
	 * The unit uses exactly these instruments from now on (methods staff). Each id must be installed; an instrument
	 * that was chosen earlier and is no longer installed stays chosen, so reinstalling it brings it back. Logged.
	 *
	 * @throws se.isu.core.ValidationException naming each id that is not installed; nothing is changed then
	 */
	void choose(String unitCode, Set<String> instrumentIds);

	/** Forget the unit's choice: every installed instrument is offered again. Logged. */
	void offerAll(String unitCode);
}
