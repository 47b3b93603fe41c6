package se.isu.core.instrument;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.isu.model.instrument.InstrumentDefinition;
import se.isu.model.instrument.UnitOverlay;

/**
 * What methods staff change without code, SUreg-style: per unit, hide items of a shipped form and add own items
 * (an overlay with version history), make whole own questionnaires, and import a licensed text pack. Every change
 * is validated first and stored as a new revision; shipped definitions are never edited.
 */
public interface FormCustomisationService {

	/** The unit's current overlay on the instrument, if it has one. */
	Optional<UnitOverlay> currentOverlay(String unitCode, String instrumentId);

	/** Every revision of the unit's overlay, newest first. */
	List<UnitOverlay> overlayHistory(String unitCode, String instrumentId);

	/**
	 * Stores the overlay as the unit's next revision.
	 *
	 * @throws se.isu.core.ValidationException naming each item that breaks a rule; nothing is stored then
	 */
	UnitOverlay saveOverlay(UnitOverlay overlay, String author, String comment);

	/**
	 * Stores a questionnaire the unit made; its id is prefixed with the unit ({@code unit.<UNIT>.<name>}) so it can
	 * never shadow a shipped instrument, and ownerUnit is set. The unit then finds it among
	 * {@link InstrumentRegistry#available(String)}.
	 *
	 * @throws se.isu.core.ValidationException when the definition is not sound
	 */
	InstrumentDefinition saveQuestionnaire(String unitCode, InstrumentDefinition questionnaire, String author);

	/** One stored version of a unit's questionnaire (decision 121): a draft, or a published version with its number. */
	record QuestionnaireVersion(int revision, boolean published, String version, String author,
			java.time.LocalDateTime createdAt, String comment) {
	}

	/** The state of a unit's questionnaire: being built, offered to case workers, or no longer offered. */
	enum QuestionnaireState {
		DRAFT, PUBLISHED, RETIRED
	}

	/**
	 * The unit's questionnaires as the editor opens them: for each id the newest of its draft and its published
	 * version, drafts not yet published included.
	 */
	List<InstrumentDefinition> ownQuestionnaires(String unitCode);

	QuestionnaireState state(String unitCode, String questionnaireId);

	/** Drafts and published versions, newest first. */
	List<QuestionnaireVersion> questionnaireHistory(String unitCode, String questionnaireId);

	/**
	 * Keeps what the editor holds as a draft of the unit's questionnaire, sound or not (nothing typed is lost); it is
	 * not offered until published. The id gets the unit prefix as in {@link #saveQuestionnaire}.
	 *
	 * @return the draft as stored (its id prefixed)
	 */
	InstrumentDefinition saveDraft(String unitCode, InstrumentDefinition questionnaire, String comment);

	/**
	 * Publishes the questionnaire as its next version with a comment: checked first (every problem named, nothing
	 * stored then), then offered to the unit's case workers; earlier versions stay readable for their assessments.
	 */
	InstrumentDefinition publish(String unitCode, InstrumentDefinition questionnaire, String comment);

	/** No longer offered for new assessments; answered ones stay readable. Publishing again brings it back. */
	void retire(String unitCode, String questionnaireId, String comment);

	/**
	 * Imports a text pack (properties: {@code ITEM_ID=label}, {@code ITEM_ID.help=help}, {@code section.ID=label})
	 * for an installed instrument, e.g. the licensed wording a unit received with its ASI licence.
	 *
	 * @return how many texts were imported
	 * @throws se.isu.core.ValidationException when a key names no item of the instrument, or the pack is empty
	 */
	int importTextPack(String instrumentId, InputStream properties, String author);

	/** The imported texts for the instrument, empty when none. */
	Map<String, String> textPack(String instrumentId);
}
