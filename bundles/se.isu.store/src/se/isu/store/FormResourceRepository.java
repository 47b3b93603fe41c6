package se.isu.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Versioned text resources of forms: a unit's overlays on shipped definitions, its own questionnaires and imported
 * text packs. Saving never overwrites; it adds the next revision.
 */
public interface FormResourceRepository {

	enum Kind {
		OVERLAY, QUESTIONNAIRE, TEXT_PACK,
		/** A questionnaire being built in the editor: kept, never offered (issue 17, decision 121). */
		DRAFT,
		/** A questionnaire's state: its latest revision says PUBLISHED or RETIRED (decision 121). */
		STATUS
	}

	/** Unit code of resources that belong to the whole installation (text packs). */
	String ALL_UNITS = "*";

	record FormResource(Kind kind, String unitCode, String formId, int revision, String content, String author,
			LocalDateTime createdAt, String remark) {
	}

	/** Stores content as the next revision and returns it. */
	FormResource save(Kind kind, String unitCode, String formId, String content, String author, String remark);

	Optional<FormResource> latest(Kind kind, String unitCode, String formId);

	/** Every revision, newest first. */
	List<FormResource> history(Kind kind, String unitCode, String formId);

	/** The latest revision of every form of this kind and unit. */
	List<FormResource> latestOfKind(Kind kind, String unitCode);
}
