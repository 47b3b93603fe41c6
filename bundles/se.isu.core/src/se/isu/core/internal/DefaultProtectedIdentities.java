package se.isu.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.Messages;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.protection.ProtectedIdentities;
import se.isu.security.AccessAction;
import se.isu.security.AccessDeniedException;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.AccountRepository;
import se.isu.store.CaseRepository;
import se.isu.store.CaseRepository.CaseKey;

@Component(service = ProtectedIdentities.class)
public class DefaultProtectedIdentities implements ProtectedIdentities {

	@Reference
	CaseRepository cases;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	@Reference
	AccountRepository accounts;

	@Reference
	IdentityGuard guard;

	Clock clock = Clock.systemDefaultZone();

	@Override
	public void protect(String caseNumber, String reason) {
		User user = session.require(Permission.CASE_WRITE);
		CaseKey key = key(caseNumber);
		require(user, Permission.CASE_WRITE, AccessAction.IDENTITY_PROTECTED, key);
		String text = checked("reason", Messages.protectedFieldReason, reason);
		if (cases.changeIdentityProtection(caseNumber, true, user.userName(), clock.instant(), text)) {
			log.record(user, AccessAction.IDENTITY_PROTECTED, caseNumber, "skäl / reason: " + text);
		}
		// whoever marked the case had it open: their reason covers their reads until they log out
		guard.remember(user, caseNumber, text);
	}

	@Override
	public void lift(String caseNumber, String decision) {
		User user = session.require(Permission.PROTECTION_LIFT);
		CaseKey key = key(caseNumber);
		require(user, Permission.PROTECTION_LIFT, AccessAction.IDENTITY_PROTECTION_LIFTED, key);
		String text = checked("decision", Messages.protectedFieldDecision, decision);
		if (cases.changeIdentityProtection(caseNumber, false, user.userName(), clock.instant(), text)) {
			log.record(user, AccessAction.IDENTITY_PROTECTION_LIFTED, caseNumber, "beslut / decision: " + text);
		}
	}

	@Override
	public void giveReadReason(String caseNumber, String reason) {
		User user = session.require(Permission.CASE_READ);
		CaseKey key = key(caseNumber);
		require(user, Permission.CASE_READ, AccessAction.PROTECTED_READ, key);
		String text = checked("reason", Messages.protectedFieldReadReason, reason);
		guard.remember(user, caseNumber, text);
		log.record(user, AccessAction.PROTECTED_READ, caseNumber, IdentityGuard.logDetail(text));
	}

	@Override
	public boolean needsReadReason(String caseNumber) {
		User user = session.require(Permission.CASE_READ);
		CaseKey key = key(caseNumber);
		return !IdentityGuard.reveals(user, key.protectedIdentity(), key.responsibleUserName())
				&& !guard.hasReason(user, caseNumber);
	}

	@Override
	public List<Decision> history(String caseNumber) {
		User user = session.require(Permission.CASE_READ);
		CaseKey key = key(caseNumber);
		require(user, Permission.CASE_READ, AccessAction.CASE_READ, key);
		String detail = guard.requireReason(user, key);
		List<Decision> decisions = new ArrayList<>();
		for (CaseRepository.IdentityProtectionChange c : cases.identityProtectionHistory(caseNumber)) {
			decisions.add(new Decision(c.caseNumber(), c.protect(), ChangeStamps.name(accounts, c.decidedBy()),
					c.decidedAt(), c.reason()));
		}
		log.record(user, AccessAction.CASE_READ, caseNumber,
				"beslut om skyddade personuppgifter" + (detail == null ? "" : ", " + detail));
		return decisions;
	}

	private CaseKey key(String caseNumber) {
		return cases.findKey(caseNumber == null ? "" : caseNumber.strip()).orElseThrow(() -> new ValidationException("caseNumber", NLS.bind(Messages.protectedNoCase, caseNumber)));
	}

	/** The unit scope; a refusal is logged, so a review sees attempts on protected clients of other units. */
	private void require(User user, Permission permission, AccessAction action, CaseKey key) {
		try {
			session.require(permission, key.unitCode());
		} catch (AccessDeniedException e) {
			log.record(user, action, key.caseNumber(), "nekad / denied");
			throw e;
		}
	}

	private static String checked(String field, String fieldName, String text) {
		String stripped = text == null ? "" : text.strip();
		List<Violation> violations = new ArrayList<>();
		if (stripped.isEmpty()) {
			violations.add(new Violation(field, NLS.bind(Messages.required, fieldName)));
		} else if (stripped.length() > MAX_REASON) {
			violations.add(new Violation(field, NLS.bind(Messages.protectedTooLong, fieldName, MAX_REASON)));
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		return stripped;
	}
}
