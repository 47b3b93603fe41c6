package se.isu.core.instrument;

import java.time.LocalDate;

import se.isu.model.Client;

/**
 * What a score may know of the client besides the answers: legal sex (SKL variable 4, skl.juridisktKon: 1 woman,
 * 2 man) and age in whole years at the assessment date. Zone scores (AUDIT and DUDIT risk zones) choose their bands
 * by these; either may be unknown (null), and a zone whose bands need it is then missing, never guessed.
 */
public record ClientFacts(Integer legalSex, Integer age) {

	/** Nothing known: zone scores conditioned on sex or age are missing. */
	public static final ClientFacts UNKNOWN = new ClientFacts(null, null);

	/** The client's legal sex and age at {@code date} (either null when the client record does not hold it). */
	public static ClientFacts of(Client client, LocalDate date) {
		if (client == null) {
			return UNKNOWN;
		}
		Integer age = client.getBirthDate() == null || date == null ? null : client.ageAt(date);
		return new ClientFacts(client.getLegalSex(), age);
	}
}
