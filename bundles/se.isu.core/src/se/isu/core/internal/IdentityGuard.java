package se.isu.core.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import se.isu.core.Messages;
import se.isu.core.protection.ReadReasonRequiredException;
import se.isu.model.Client;
import se.isu.model.IsuCase;
import se.isu.security.User;
import se.isu.store.CaseRepository.CaseKey;

/**
 * The one place that decides who sees a protected client's identity and who must give a reason to read a protected
 * case (decision 89). The case, assessment and due-list services ask it; the reasons given live here, for the login
 * they were given in (a person who logs out and in again is asked again).
 */
@Component(service = IdentityGuard.class)
public class IdentityGuard {

	/** The login the reasons belong to: a new login (a new {@link User} object) starts with none. */
	private User reasonsOf;
	private final Map<String, String> reasons = new HashMap<>();

	/** Whether {@code user} sees the name and personnummer: an unprotected client, or the responsible case worker. */
	public static boolean reveals(User user, boolean protectedIdentity, String responsibleUserName) {
		return !protectedIdentity || responsibleUserName != null && responsibleUserName.equals(user.userName());
	}

	public static boolean reveals(User user, IsuCase c) {
		CaseKey key = keyOf(c);
		return reveals(user, key.protectedIdentity(), key.responsibleUserName());
	}

	/** The key of a case already read whole: no second query for what it carries. */
	static CaseKey keyOf(IsuCase c) {
		return new CaseKey(c.getId(), c.getCaseNumber(), c.getUnit() == null ? null : c.getUnit().getCode(),
				c.getClient() != null && c.getClient().isProtectedIdentity(),
				c.getResponsibleStaff() == null ? null : c.getResponsibleStaff().getUserName());
	}

	/**
	 * Before a read of the case: nothing for an unprotected case or its responsible case worker; else the reason this
	 * person gave in this login, or {@link ReadReasonRequiredException}.
	 *
	 * @return what the access log adds to the read ("skyddade personuppgifter, skäl: …"), or null
	 */
	public synchronized String requireReason(User user, CaseKey key) {
		if (reveals(user, key.protectedIdentity(), key.responsibleUserName())) {
			return null;
		}
		String reason = reasonOf(user, key.caseNumber());
		if (reason == null) {
			throw new ReadReasonRequiredException(key.caseNumber(), NLS.bind(Messages.protectedReadReasonRequired,
					key.caseNumber()));
		}
		return logDetail(reason);
	}

	public synchronized boolean hasReason(User user, String caseNumber) {
		return reasonOf(user, caseNumber) != null;
	}

	synchronized void remember(User user, String caseNumber, String reason) {
		if (reasonsOf != user) {
			reasons.clear();
			reasonsOf = user;
		}
		reasons.put(caseNumber, reason);
	}

	private String reasonOf(User user, String caseNumber) {
		return reasonsOf == user ? reasons.get(caseNumber) : null;
	}

	static String logDetail(String reason) {
		return "skyddade personuppgifter, skäl / reason: " + reason;
	}

	/**
	 * The case as {@code user} may see it: itself, or a copy whose client has name, personnummer and birth date masked
	 * (legal sex stays: compilations and zone scores need it and it names nobody).
	 */
	public static IsuCase forViewer(User user, IsuCase c) {
		if (reveals(user, c)) {
			return c;
		}
		IsuCase copy = EcoreUtil.copy(c);
		mask(copy.getClient());
		return copy;
	}

	/** A masked copy of the client. */
	static Client masked(Client client) {
		Client copy = EcoreUtil.copy(client);
		mask(copy);
		return copy;
	}

	static void mask(Client client) {
		client.setGivenName(Messages.protectedName);
		client.setFamilyName(null);
		client.setPersonalIdentityNumber(Messages.protectedNumber);
		client.setBirthDate(null);
	}

	/** A name on a list (the due list) as {@code user} may see it. */
	static String name(User user, String name, boolean protectedIdentity, String responsibleUserName) {
		return reveals(user, protectedIdentity, responsibleUserName) ? name : Messages.protectedName;
	}

	/**
	 * A case saved by someone who saw it masked: the stored identity goes back in (a copy; the editor's object is left
	 * alone), so a mask is never written over the client's name.
	 */
	static IsuCase withStoredIdentity(IsuCase changed, Client stored) {
		IsuCase copy = EcoreUtil.copy(changed);
		Client client = copy.getClient();
		client.setPersonalIdentityNumber(stored.getPersonalIdentityNumber());
		client.setGivenName(stored.getGivenName());
		client.setFamilyName(stored.getFamilyName());
		client.setBirthDate(stored.getBirthDate());
		client.setLegalSex(stored.getLegalSex());
		return copy;
	}
}
