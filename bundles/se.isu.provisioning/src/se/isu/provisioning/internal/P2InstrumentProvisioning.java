package se.isu.provisioning.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.isu.provisioning.InstrumentProvisioning;
import se.isu.provisioning.Messages;
import se.isu.provisioning.ProvisioningException;
import se.isu.provisioning.UnitProfile;
import se.isu.security.AccessAction;
import se.isu.security.AccessLog;
import se.isu.security.Permission;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.IsuHome;

/**
 * {@link InstrumentProvisioning} on p2's operations API, run against this installation's own profile (the one the
 * product was materialised with: {@code <install>/p2}, {@code eclipse.p2.profile}). Repositories are given to every
 * operation explicitly, so p2 never falls back on repositories it happens to know, and references between
 * repositories are not followed.
 */
@Component(service = InstrumentProvisioning.class)
public class P2InstrumentProvisioning implements InstrumentProvisioning {

	/** Overrides for tests: the p2 agent folder and the profile to change. */
	static final String AGENT_PROPERTY = "isu.p2.agent";
	static final String PROFILE_PROPERTY = "isu.p2.profile";
	/** The installation's default repository (./isu sets the built update site). */
	static final String DEFAULT_REPOSITORY_PROPERTY = "isu.repository";

	/** The base product's roots: never offered, installed, updated or removed here. */
	static final Set<String> BASE = Set.of("se.isu.product", "se.isu.feature.feature.group",
			"se.isu.platform.feature.feature.group");

	private static final String GROUP = ".feature.group";

	/** p2's words for a signed jar entry that does not match its signature (Equinox's signature verifier). */
	private static final java.util.regex.Pattern INVALID_CONTENT = java.util.regex.Pattern.compile("Invalid content:\\s*([^;]+)");

	@Reference
	Session session;

	@Reference
	AccessLog log;

	private BundleContext context;
	private IProvisioningAgent agent;
	private URI agentAt;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Deactivate
	synchronized void deactivate() {
		if (agent != null) {
			agent.stop();
			agent = null;
		}
	}

	// --- queries -----------------------------------------------------------------------------------------

	@Override
	public List<Feature> installed() {
		session.require(Permission.PLUGINS_MANAGE);
		return installedUnits().stream().map(iu -> feature(iu, null)).sorted(Comparator.comparing(Feature::id)).toList();
	}

	private List<IInstallableUnit> installedUnits() {
		IProfile profile = profile();
		return profile.query(new UserVisibleRootQuery(), null).toSet().stream()
				.filter(iu -> QueryUtil.isGroup(iu) && !BASE.contains(iu.getId())).toList();
	}

	@Override
	public List<Feature> available(IProgressMonitor monitor) {
		session.require(Permission.PLUGINS_MANAGE);
		List<URI> repositories = configuredRepositories();
		SubMonitor sub = SubMonitor.convert(monitor, Messages.taskAvailable, repositories.size());
		List<Feature> features = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (URI uri : repositories) {
			IMetadataRepository repository = load(uri, sub.split(1));
			for (IInstallableUnit category : repository.query(QueryUtil.createIUCategoryQuery(), null)) {
				String categoryName = text(category, IInstallableUnit.PROP_NAME);
				for (IInstallableUnit iu : repository.query(
						QueryUtil.createLatestQuery(QueryUtil.createIUCategoryMemberQuery(category)), null)) {
					if (QueryUtil.isGroup(iu) && !BASE.contains(iu.getId()) && seen.add(iu.getId() + "@" + iu.getVersion())) {
						features.add(feature(iu, categoryName));
					}
				}
			}
		}
		features.sort(Comparator.comparing(Feature::category, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Feature::id));
		return features;
	}

	@Override
	public List<URI> repositories() {
		session.require(Permission.PLUGINS_MANAGE);
		return configuredRepositories();
	}

	// --- changes ------------------------------------------------------------------------------------------

	@Override
	public URI addRepository(String location) {
		User user = session.require(Permission.PLUGINS_MANAGE);
		URI uri = Repositories.toUri(location);
		List<URI> added = Repositories.readAdded(repositoriesFile());
		if (!configuredRepositories().contains(uri)) {
			added.add(uri);
			Repositories.write(repositoriesFile(), added);
			log.record(user, AccessAction.PLUGIN_REPOSITORY, null, uri.toString());
		}
		return uri;
	}

	@Override
	public Outcome install(List<String> featureIds, IProgressMonitor monitor) {
		User user = session.require(Permission.PLUGINS_MANAGE);
		List<URI> repositories = configuredRepositories();
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.taskInstall, String.join(", ", featureIds)), 100);
		List<IInstallableUnit> units = new ArrayList<>();
		SubMonitor finding = sub.split(20).setWorkRemaining(featureIds.size());
		Set<String> installed = installedUnits().stream().map(IInstallableUnit::getId).collect(Collectors.toSet());
		for (String id : featureIds) {
			String group = groupId(id);
			IInstallableUnit iu = newest(group, repositories, finding.split(1)).orElseThrow(() -> new ProvisioningException(
					NLS.bind(Messages.featureMissing, id, repositories.stream().map(URI::toString).collect(Collectors.joining(", ")))));
			if (!installed.contains(group)) {
				units.add(iu);
			}
		}
		if (units.isEmpty()) {
			return new Outcome(List.of(), false);
		}
		InstallOperation operation = new InstallOperation(new ProvisioningSession(agent()), units);
		Outcome outcome = run(operation, repositories, true, units.get(0).getId(), sub.split(80));
		units.forEach(iu -> log.record(user, AccessAction.PLUGIN_INSTALL, null, featureId(iu.getId()) + " " + iu.getVersion()));
		return outcome;
	}

	@Override
	public Outcome update(List<String> featureIds, IProgressMonitor monitor) {
		User user = session.require(Permission.PLUGINS_MANAGE);
		List<URI> repositories = configuredRepositories();
		SubMonitor sub = SubMonitor.convert(monitor, Messages.taskUpdate, 100);
		List<IInstallableUnit> installed = installedUnits();
		List<IInstallableUnit> chosen = featureIds.isEmpty() ? installed
				: featureIds.stream().map(id -> installed.stream().filter(iu -> iu.getId().equals(groupId(id))).findFirst()
						.orElseThrow(() -> new ProvisioningException(NLS.bind(Messages.featureNotInstalled, id)))).toList();
		if (chosen.isEmpty()) {
			return new Outcome(List.of(), false);
		}
		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent()), chosen);
		operation.setProfileId(profile().getProfileId());
		operation.setProvisioningContext(provisioningContext(repositories));
		IStatus resolved = operation.resolveModal(sub.split(30));
		if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return new Outcome(List.of(), false);
		}
		checkResolution(resolved, operation, chosen.get(0).getId());
		verify(operation, repositories, chosen.get(0).getId(), sub.split(10));
		List<String> changed = java.util.Arrays.stream(operation.getSelectedUpdates())
				.map(u -> featureId(u.replacement.getId()) + " " + u.replacement.getVersion()).toList();
		execute(operation, sub.split(60), chosen.get(0).getId());
		changed.forEach(line -> log.record(user, AccessAction.PLUGIN_UPDATE, null, line));
		return new Outcome(changed, true);
	}

	@Override
	public Outcome remove(List<String> featureIds, IProgressMonitor monitor) {
		User user = session.require(Permission.PLUGINS_MANAGE);
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.taskRemove, String.join(", ", featureIds)), 100);
		List<IInstallableUnit> installed = installedUnits();
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			String group = groupId(id);
			if (BASE.contains(group)) {
				throw new ProvisioningException(NLS.bind(Messages.featureIsBase, id));
			}
			units.add(installed.stream().filter(iu -> iu.getId().equals(group)).findFirst()
					.orElseThrow(() -> new ProvisioningException(NLS.bind(Messages.featureNotInstalled, id))));
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent()), units);
		// Removing needs no repository: the profile knows what is installed.
		Outcome outcome = run(operation, List.of(), false, units.get(0).getId(), sub);
		units.forEach(iu -> log.record(user, AccessAction.PLUGIN_REMOVE, null, featureId(iu.getId()) + " " + iu.getVersion()));
		return outcome;
	}

	@Override
	public Outcome apply(UnitProfile unitProfile, IProgressMonitor monitor) {
		session.require(Permission.PLUGINS_MANAGE);
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		unitProfile.repositories().forEach(this::addRepository);
		List<String> changed = new ArrayList<>();
		Set<String> installed = installedUnits().stream().map(IInstallableUnit::getId).collect(Collectors.toSet());
		List<String> toRemove = unitProfile.removals().stream().filter(id -> installed.contains(groupId(id))).toList();
		if (!toRemove.isEmpty()) {
			changed.addAll(remove(toRemove, sub.split(30)).changed());
		}
		sub.setWorkRemaining(70);
		List<String> toInstall = unitProfile.instruments().stream().filter(id -> !installed.contains(groupId(id))).toList();
		if (!toInstall.isEmpty()) {
			changed.addAll(install(toInstall, sub.split(70)).changed());
		}
		return new Outcome(changed, !changed.isEmpty());
	}

	// --- p2 -----------------------------------------------------------------------------------------------

	private Outcome run(ProfileChangeOperation operation, List<URI> repositories, boolean downloads, String what,
			IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		operation.setProfileId(profile().getProfileId());
		operation.setProvisioningContext(provisioningContext(repositories));
		IStatus resolved = operation.resolveModal(sub.split(30));
		checkResolution(resolved, operation, what);
		if (downloads) {
			verify(operation, repositories, what, sub.split(10));
		}
		sub.setWorkRemaining(70);
		List<String> changed = new ArrayList<>();
		operation.getProfileChangeRequest().getAdditions().forEach(iu -> changed.add(featureId(iu.getId()) + " " + iu.getVersion()));
		operation.getProfileChangeRequest().getRemovals().forEach(iu -> changed.add(featureId(iu.getId()) + " " + iu.getVersion()));
		execute(operation, sub.split(70), what);
		return new Outcome(changed, true);
	}

	private static void checkResolution(IStatus resolved, ProfileChangeOperation operation, String what) {
		if (resolved.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (resolved.getSeverity() == IStatus.ERROR) {
			String details = operation.getResolutionDetails();
			throw new ProvisioningException(NLS.bind(Messages.conflict, featureId(what),
					details == null || details.isBlank() ? Statuses.text(resolved) : details.strip()));
		}
	}

	/**
	 * Every artifact the resolved change would add is fetched from the configured repositories (p2 checks its
	 * checksums on the way) and checked against this installation's trusted signers before p2 changes anything: an
	 * unsigned jar (unless signatures are not required), a jar changed after it was signed, or one signed by a
	 * certificate not on the allowlist refuses the whole change, naming the feature, the artifact and why.
	 */
	private void verify(ProfileChangeOperation operation, List<URI> repositories, String what, IProgressMonitor monitor) {
		IProvisioningPlan plan = operation.getProvisioningPlan();
		if (plan == null) {
			return;
		}
		List<IArtifactKey> keys = new ArrayList<>();
		for (IInstallableUnit iu : plan.getAdditions().query(QueryUtil.ALL_UNITS, null)) {
			iu.getArtifacts().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
		}
		if (keys.isEmpty()) {
			return;
		}
		SubMonitor sub = SubMonitor.convert(monitor, Messages.taskVerify, keys.size() + repositories.size());
		IArtifactRepositoryManager manager = agent().getService(IArtifactRepositoryManager.class);
		List<IArtifactRepository> artifactRepositories = new ArrayList<>();
		for (URI uri : repositories) {
			try {
				artifactRepositories.add(manager.loadRepository(uri, sub.split(1)));
			} catch (ProvisionException e) {
				throw new ProvisioningException(NLS.bind(Messages.repositoryUnreachable, uri, Statuses.text(e.getStatus())), e);
			}
		}
		TrustedSigners signers = trustedSigners();
		boolean requireSigned = requireSigned();
		Path folder = null;
		try {
			folder = Files.createTempDirectory("isu-p2-verify");
			for (IArtifactKey key : keys) {
				String artifact = key.getId() + " " + key.getVersion();
				Path file = folder.resolve(key.getClassifier() + "_" + key.getId() + "_" + key.getVersion() + ".jar");
				fetch(key, artifactRepositories, file, what, sub.split(1));
				TrustedSigners.Refusal refusal = signers.check(file, requireSigned);
				if (refusal != null) {
					throw new ProvisioningException(switch (refusal.kind()) {
					case UNSIGNED -> NLS.bind(Messages.notSigned, featureId(what), artifact);
					case CHANGED -> NLS.bind(Messages.changedAfterSigning, new Object[] { featureId(what), artifact, refusal.entry() });
					case UNTRUSTED -> NLS.bind(Messages.wrongSigner,
							new Object[] { featureId(what), artifact, refusal.signer(), signers.describe() });
					});
				}
			}
		} catch (IOException e) {
			throw new ProvisioningException(NLS.bind(Messages.failed, e.getMessage()), e);
		} finally {
			deleteQuietly(folder);
		}
	}

	/** One artifact in its canonical form (no processing steps), from the first repository that has it. */
	private static void fetch(IArtifactKey key, List<IArtifactRepository> repositories, Path file, String what,
			IProgressMonitor monitor) throws IOException {
		for (IArtifactRepository repository : repositories) {
			for (IArtifactDescriptor descriptor : repository.getArtifactDescriptors(key)) {
				if (descriptor.getProcessingSteps().length > 0) {
					continue;
				}
				IStatus status;
				try (java.io.OutputStream out = Files.newOutputStream(file)) {
					status = repository.getArtifact(descriptor, out, monitor);
				}
				if (status.getSeverity() == IStatus.CANCEL) {
					throw new OperationCanceledException();
				}
				if (status.getSeverity() == IStatus.ERROR) {
					// p2 verifies a signed jar's entries on download and names the one that does not match
					java.util.regex.Matcher invalid = INVALID_CONTENT.matcher(Statuses.text(status));
					if (invalid.find()) {
						throw new ProvisioningException(NLS.bind(Messages.changedAfterSigning,
								new Object[] { featureId(what), key.getId() + " " + key.getVersion(), invalid.group(1).strip() }));
					}
					throw Statuses.refusal(status, featureId(what));
				}
				return;
			}
		}
		throw new ProvisioningException(NLS.bind(Messages.featureMissing, key.getId() + " " + key.getVersion(),
				repositories.stream().map(r -> r.getLocation().toString()).collect(Collectors.joining(", "))));
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}

	/** This installation's allowlist of signers: {@code isu.p2.trustedCertificates}, else {@code <install>/trusted-certificates}. */
	TrustedSigners trustedSigners() {
		String configured = property(TrustedSigners.CERTIFICATES_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return TrustedSigners.read(Path.of(configured.strip()));
		}
		String installArea = property("osgi.install.area");
		try {
			Path install = installArea == null ? Path.of(".") : Path.of(URIUtil.toURI(new URL(installArea)));
			return TrustedSigners.read(install.resolve(TrustedSigners.DEFAULT_FOLDER));
		} catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
			return new TrustedSigners(Set.of(), String.valueOf(installArea));
		}
	}

	private boolean requireSigned() {
		return TrustPolicy.requireSigned(property(TrustPolicy.REQUIRE_SIGNED_PROPERTY));
	}

	private void execute(ProfileChangeOperation operation, IProgressMonitor monitor, String what) {
		// p2's own trust check answers from the allowlist as it is now
		agent().registerService(UIServices.SERVICE_NAME, new TrustPolicy(trustedSigners(), requireSigned()));
		IStatus result = operation.getProvisioningJob(null).runModal(monitor);
		if (result.getSeverity() == IStatus.CANCEL && (monitor == null || monitor.isCanceled())) {
			throw new OperationCanceledException();
		}
		// p2 reports rejected trust (unsigned content, an untrusted signer) as CANCEL although nobody cancelled
		if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
			throw Statuses.refusal(result, featureId(what));
		}
	}

	private ProvisioningContext provisioningContext(List<URI> repositories) {
		ProvisioningContext provisioningContext = new ProvisioningContext(agent());
		URI[] uris = repositories.toArray(URI[]::new);
		provisioningContext.setMetadataRepositories(uris);
		provisioningContext.setArtifactRepositories(uris);
		provisioningContext.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
		provisioningContext.setProperty(ProvisioningContext.FOLLOW_ARTIFACT_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
		return provisioningContext;
	}

	private Optional<IInstallableUnit> newest(String groupId, List<URI> repositories, IProgressMonitor monitor) {
		if (BASE.contains(groupId)) {
			throw new ProvisioningException(NLS.bind(Messages.featureIsBase, featureId(groupId)));
		}
		SubMonitor sub = SubMonitor.convert(monitor, repositories.size());
		IInstallableUnit newest = null;
		for (URI uri : repositories) {
			for (IInstallableUnit iu : load(uri, sub.split(1))
					.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(groupId)), null)) {
				if (newest == null || iu.getVersion().compareTo(newest.getVersion()) > 0) {
					newest = iu;
				}
			}
		}
		return Optional.ofNullable(newest);
	}

	private IMetadataRepository load(URI uri, IProgressMonitor monitor) {
		IMetadataRepositoryManager manager = agent().getService(IMetadataRepositoryManager.class);
		try {
			return manager.loadRepository(uri, monitor);
		} catch (ProvisionException e) {
			throw new ProvisioningException(NLS.bind(Messages.repositoryUnreachable, uri, Statuses.text(e.getStatus())), e);
		} catch (OperationCanceledException e) {
			throw e;
		}
	}

	private List<URI> configuredRepositories() {
		List<URI> all = new ArrayList<>();
		String configured = property(DEFAULT_REPOSITORY_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			all.add(Repositories.toUri(configured));
		}
		for (URI uri : Repositories.readAdded(repositoriesFile())) {
			if (!all.contains(uri)) {
				all.add(uri);
			}
		}
		if (all.isEmpty()) {
			throw new ProvisioningException(Messages.noRepositories);
		}
		return all;
	}

	/** Repositories added by administrators, per ISU home (where the unit's other settings are). */
	static Path repositoriesFile() {
		return IsuHome.resolve().resolve("plugins").resolve("repositories.txt");
	}

	synchronized IProvisioningAgent agent() {
		URI location = agentLocation();
		if (agent != null && !location.equals(agentAt)) {
			deactivate(); // the configured folder changed (tests): a new agent on the new one
		}
		if (agent == null) {
			// Looked up here, not injected: p2.core registers the provider when its first class is loaded (lazy
			// activation), which a DS reference alone never causes.
			org.osgi.framework.ServiceReference<IProvisioningAgentProvider> reference = context
					.getServiceReference(IProvisioningAgentProvider.class);
			if (reference == null) {
				throw new ProvisioningException(NLS.bind(Messages.noProfile, "IProvisioningAgentProvider"));
			}
			try {
				agent = context.getService(reference).createAgent(location);
			} catch (ProvisionException e) {
				throw new ProvisioningException(NLS.bind(Messages.noProfile, location), e);
			}
			// Trust decisions (signatures, unsigned content) are ours, not a dialog's: see TrustPolicy.
			agent.registerService(UIServices.SERVICE_NAME, new TrustPolicy(new TrustedSigners(Set.of(), "-"), true));
			agentAt = location;
		}
		return agent;
	}

	private URI agentLocation() {
		String configured = property(AGENT_PROPERTY);
		try {
			if (configured != null && !configured.isBlank()) {
				return Path.of(configured).toUri();
			}
			String installArea = property("osgi.install.area");
			if (installArea == null) {
				throw new ProvisioningException(NLS.bind(Messages.noProfile, "osgi.install.area"));
			}
			return URIUtil.append(URIUtil.toURI(new URL(installArea)), "p2/");
		} catch (IOException | java.net.URISyntaxException e) {
			throw new ProvisioningException(NLS.bind(Messages.noProfile, configured), e);
		}
	}

	private IProfile profile() {
		IProfileRegistry registry = agent().getService(IProfileRegistry.class);
		String id = property(PROFILE_PROPERTY);
		if (id == null || id.isBlank()) {
			id = property("eclipse.p2.profile");
		}
		IProfile profile = id == null ? null : registry.getProfile(id);
		if (profile == null && id == null && registry.getProfiles().length == 1) {
			profile = registry.getProfiles()[0];
		}
		if (profile == null) {
			throw new ProvisioningException(NLS.bind(Messages.noProfile, agentLocation() + (id == null ? "" : " " + id)));
		}
		return roam(registry, profile);
	}

	/**
	 * A product copied or moved (IT copies the built product to each workstation; the product test works on copies)
	 * keeps a profile that names the folder it was materialised in. Tycho marks it roaming; the running system's
	 * registry would follow the move, but an agent of our own does not, and p2 would install into the old folder. So a
	 * roaming profile gets this installation's folder before anything else is done.
	 */
	private IProfile roam(IProfileRegistry registry, IProfile profile) {
		String folder = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
		String installArea = property("osgi.install.area");
		if (!Boolean.parseBoolean(profile.getProperty(IProfile.PROP_ROAMING)) || folder == null || installArea == null
				|| property(AGENT_PROPERTY) != null) {
			return profile;
		}
		Path here;
		try {
			here = Path.of(URIUtil.toURI(new URL(installArea))).toAbsolutePath().normalize();
		} catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
			return profile;
		}
		if (Path.of(folder).toAbsolutePath().normalize().equals(here)) {
			return profile;
		}
		IEngine engine = agent().getService(IEngine.class);
		ProvisioningContext empty = provisioningContext(List.of());
		IProvisioningPlan plan = engine.createPlan(profile, empty);
		plan.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here.toString());
		if (folder.equals(profile.getProperty(IProfile.PROP_CACHE))) {
			plan.setProfileProperty(IProfile.PROP_CACHE, here.toString());
		}
		IStatus status = engine.perform(plan, null);
		if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			throw new ProvisioningException(NLS.bind(Messages.failed, Statuses.text(status)));
		}
		return registry.getProfile(profile.getProfileId());
	}

	private String property(String name) {
		String value = context == null ? null : context.getProperty(name);
		return value != null ? value : System.getProperty(name);
	}

	// --- names --------------------------------------------------------------------------------------------

	static String groupId(String id) {
		return id.endsWith(GROUP) || BASE.contains(id) ? id : id + GROUP;
	}

	static String featureId(String groupId) {
		return groupId.endsWith(GROUP) ? groupId.substring(0, groupId.length() - GROUP.length()) : groupId;
	}

	private static Feature feature(IInstallableUnit iu, String category) {
		return new Feature(featureId(iu.getId()), iu.getVersion().toString(), text(iu, IInstallableUnit.PROP_NAME),
				text(iu, IInstallableUnit.PROP_DESCRIPTION), category);
	}

	private static String text(IInstallableUnit iu, String key) {
		String value = iu.getProperty(key, Locale.getDefault().toString());
		return value == null ? "" : value.strip();
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
