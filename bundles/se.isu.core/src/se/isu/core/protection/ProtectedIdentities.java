package se.isu.core.protection;

import java.time.Instant;
import java.util.List;

/**
 * Skyddade personuppgifter (issue 15, decision 89). A client so marked has their name and personnummer shown only to
 * the case worker responsible for the case; everyone else sees them masked in lists, the due list, the case editor,
 * the command line and exports, and must say why before they read the case: the reason goes to the access log with
 * every read. Any case worker of the unit may set the mark (protecting someone never waits); only a unit manager lifts
 * it, by a decision whose reference is logged and kept.
 */
public interface ProtectedIdentities {

	/** The longest reason or decision text kept (the column's width). */
	int MAX_REASON = 500;

	/**
	 * Marks the client of the case. Needs the case-writing permission in the case's unit.
	 *
	 * @param reason why, e.g. "Skyddad folkbokföring enligt Skatteverket"; required
	 * @throws se.isu.core.ValidationException naming the reason when it is empty or too long; nothing stored then
	 */
	void protect(String caseNumber, String reason);

	/**
	 * Lifts the mark: a unit manager's decision.
	 *
	 * @param decision the decision and its reference (diarienummer); required
	 * @throws se.isu.security.AccessDeniedException for anyone but a manager of the case's unit
	 */
	void lift(String caseNumber, String decision);

	/**
	 * Gives the reason for reading a protected case; it is logged now and with each read of the case until this person
	 * logs out. The responsible case worker needs none.
	 */
	void giveReadReason(String caseNumber, String reason);

	/** Whether the logged-in person must give a reason before reading the case. */
	boolean needsReadReason(String caseNumber);

	/** One decision on the mark, as the case editor lists it. */
	record Decision(String caseNumber, boolean protect, String decidedBy, Instant decidedAt, String reason) {
	}

	/** The decisions on the case's client, oldest first; readable by whoever may read the case. */
	List<Decision> history(String caseNumber);

	/** Whether the services gave this client masked (the reader is not the responsible case worker). */
	static boolean masked(se.isu.model.Client client) {
		return client != null && client.isProtectedIdentity()
				&& se.isu.core.Messages.protectedNumber.equals(client.getPersonalIdentityNumber());
	}
}
