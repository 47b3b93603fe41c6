package se.isu.core.provider;

import java.util.List;
import java.util.Optional;

import se.isu.model.Provider;

/**
 * The register of providers (utförare) interventions are carried out by (issue 17, decision 119). Anyone logged in
 * reads it (the case editor offers it); adding and changing needs {@code PROVIDERS_MANAGE} and is logged.
 */
public interface ProviderService {

	/** Every provider by name, inactive ones included (an intervention may name one). */
	List<Provider> list();

	/** Those offered for a new intervention. */
	default List<Provider> active() {
		return list().stream().filter(Provider::isActive).toList();
	}

	Optional<Provider> find(long id);

	/**
	 * Adds (id 0) or changes a provider.
	 *
	 * @throws se.isu.core.ValidationException naming each broken field (name required and unique, organisation
	 *         number's shape and check digit, kind); nothing is stored then
	 */
	Provider save(Provider provider);
}
