package se.isu.core.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.isu.model.instrument.InstrumentDefinition;

/**
 * The instruments installed in this workbench (contributed as DS services by plugins) and the questionnaires units
 * made themselves. Installing or removing a plugin changes what is offered at once; stored assessments never depend
 * on it.
 */
public interface InstrumentRegistry {

	/** A shipped definition and where it came from. */
	record Installed(InstrumentDefinition definition, String source, boolean ownScorer) {
	}

	/** Valid shipped definitions, every version, ordered by id and version. */
	List<Installed> installed();

	/** Shipped definitions that were refused, with their problems (id@version → problems). */
	Map<String, List<String>> refused();

	/** The shipped definition, or the unit's own questionnaire, with this id and version. */
	Optional<InstrumentDefinition> find(String instrumentId, String version);

	/** The newest shipped version, or the unit's own questionnaire. */
	Optional<InstrumentDefinition> latest(String instrumentId, String unitCode);

	/**
	 * What a unit can start: the newest version of every installed instrument the unit uses ({@link UnitInstruments}; all
	 * of them when it never chose, or when {@code unitCode} is null) plus its own questionnaires.
	 */
	List<InstrumentDefinition> available(String unitCode);

	/** What a unit can start for this respondent: only forms that name the respondent (or, naming none, the client). */
	default List<InstrumentDefinition> available(String unitCode, se.isu.model.instrument.Respondent respondent) {
		return available(unitCode).stream().filter(d -> InstrumentDefinitions.respondents(d).contains(respondent))
				.toList();
	}

	/**
	 * The form a unit fills in for this definition version: the unit's current overlay and the imported text pack
	 * applied, in the user's language. Empty when the instrument is not installed.
	 */
	Optional<Form> form(String instrumentId, String version, String unitCode);

	/**
	 * The form as the unit had it at one revision of its overlay (null = the current one): a stored assessment is
	 * shown and checked on the form it was answered on, even after the unit changed its form.
	 */
	Optional<Form> form(String instrumentId, String version, String unitCode, Integer overlayRevision);

	/** The instrument's scoring: its plugin scorer over the declared scores, or the declared scores alone. */
	FormScorer scorer(String instrumentId);

	/** Whether a plugin scorer claims the instrument. */
	boolean hasOwnScorer(String instrumentId);
}
