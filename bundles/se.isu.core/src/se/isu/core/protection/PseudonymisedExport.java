package se.isu.core.protection;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Case data for joint analysis without identities: a keyed pseudonym (HMAC-SHA-256 of the personnummer under the
 * administrator's key) instead of the personnummer, no names, no case numbers, no free text, birth year instead of
 * birth date and months instead of dates. The same key gives the same pseudonym in every export of this installation;
 * another installation's key gives unrelated pseudonyms, so exports of different boards cannot be joined.
 * Pseudonymised data are still personal data (GDPR art. 4(5)).
 */
public interface PseudonymisedExport {

	/** The columns, in order. */
	java.util.List<String> COLUMNS = java.util.List.of("pseudonym", "fodelsear", "juridiskt_kon", "verksamhet", "status",
			"processteg", "aktualisering_manad", "beslut_manad", "avslut_manad", "aktualiseringsorsaker", "ursprung",
			"hushallstyp", "tidigare_kontakt", "problematik", "insatser", "genomforande", "avslutsorsak", "tillfallen");

	/**
	 * Writes every case as one CSV row (system administrators only; logged).
	 *
	 * @param keyFile the administrator's pseudonymisation key; created (owner-only) when it does not exist
	 * @return the number of cases written
	 */
	int export(Path keyFile, Writer out) throws IOException;

	/** How the rows of a repeating group are laid out in an export. */
	enum Layout {
		/** One line per group row: the assessment's columns, the row number, one column per item of the group. */
		LONG,
		/** One line per assessment: a column per item and row index, item_1 … item_maxRows (empty when not asked). */
		WIDE
	}

	/**
	 * Writes the rows of a repeating group (e.g. UngDOK's substances) of every complete assessment of an instrument,
	 * pseudonymised as {@link #export}: the pseudonym, the instrument version, the month answered and a running
	 * number of the assessment within the export; answers as stored (codes, numbers, missing codes). Free-text items
	 * are left out. System administrators only; logged.
	 *
	 * @return the number of assessments written
	 * @throws IllegalArgumentException when the instrument has no repeating group of that id
	 */
	int exportGroup(Path keyFile, String instrumentId, String groupId, Layout layout, Writer out) throws IOException;
}
