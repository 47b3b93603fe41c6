package se.isu.store;

import java.util.List;
import java.util.Optional;

import se.isu.model.Provider;

/** The register of providers (utförare, ISU_PROVIDER). Checks and the access log are core's (ProviderService). */
public interface ProviderRepository {

	/** Every provider, by name. */
	List<Provider> list();

	Optional<Provider> find(long id);

	/** Inserts (id 0) or updates the provider; returns it with its id. */
	Provider save(Provider provider);

	/** Whether another provider than {@code exceptId} has this name (names are unique, case ignored). */
	boolean nameTaken(String name, long exceptId);
}
