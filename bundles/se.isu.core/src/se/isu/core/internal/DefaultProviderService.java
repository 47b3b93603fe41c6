package se.isu.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.isu.core.Messages;
import se.isu.core.ValidationException;
import se.isu.core.ValidationException.Violation;
import se.isu.core.provider.OrganisationNumber;
import se.isu.core.provider.ProviderService;
import se.isu.model.Provider;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.ProviderRepository;

@Component(service = ProviderService.class)
public class DefaultProviderService implements ProviderService {

	/** ISU_PROVIDER.NAME holds this many characters. */
	static final int NAME_LIMIT = 200;

	@Reference
	Session session;

	@Reference
	AccessLog log;

	@Reference
	ProviderRepository providers;

	@Override
	public List<Provider> list() {
		session.requireLoggedIn();
		return providers.list();
	}

	@Override
	public Optional<Provider> find(long id) {
		session.requireLoggedIn();
		return providers.find(id);
	}

	@Override
	public Provider save(Provider provider) {
		User user = session.require(Permission.PROVIDERS_MANAGE);
		Provider copy = EcoreUtil.copy(provider);
		List<Violation> violations = new ArrayList<>();
		String name = copy.getName() == null ? "" : copy.getName().strip();
		if (name.isEmpty()) {
			violations.add(new Violation("name", Messages.providerNameRequired));
		} else if (name.length() > NAME_LIMIT) {
			violations.add(new Violation("name", NLS.bind(Messages.providerNameTooLong, NAME_LIMIT, name.length())));
		} else if (providers.nameTaken(name, copy.getId())) {
			violations.add(new Violation("name", NLS.bind(Messages.providerNameTaken, name)));
		}
		copy.setName(name);
		try {
			copy.setOrganisationNumber(OrganisationNumber.optional(copy.getOrganisationNumber()).orElse(null));
		} catch (ValidationException e) {
			violations.addAll(e.violations());
		}
		if (copy.getKind() == null) {
			violations.add(new Violation("kind", Messages.providerKindRequired));
		}
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
		boolean added = copy.getId() == 0;
		Provider saved = providers.save(copy);
		log.record(user, AccessAction.PROVIDER_CHANGE, null, (added ? "ny utförare " : "ändrad utförare ") + saved.getId()
				+ " " + saved.getName());
		return saved;
	}
}
