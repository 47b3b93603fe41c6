package se.isu.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IUpdateDescriptor;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.provisioning.InstrumentProvisioning;
import se.isu.provisioning.InstrumentProvisioning.Feature;
import se.isu.provisioning.ProvisioningException;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * Signed instruments through real p2 installs: real bundle jars, signed with the JDK's jarsigner by keys made with
 * keytool for this test (one the installation trusts, one it does not), published with p2's publisher into a site
 * whose checksums match what is in it — as if whoever changed a jar could also rewrite the repository — and installed
 * into a profile of the test's own. The built site's signing (releng/scripts/sign-instruments.sh) is exercised by
 * releng/product-test.sh.
 */
class SignedInstrumentsTest {

	private static final String FEATURE = "se.isu.instrument.signed.feature";
	private static final String BUNDLE = "se.isu.instrument.signed";

	@TempDir
	static Path keys;

	@TempDir
	Path folder;

	private P2InstrumentProvisioning service;
	private Path install;

	@BeforeAll
	static void keys() throws Exception {
		keytool("unit", "CN=Vuxenenhetens IT, O=Kommunen, C=SE");
		keytool("other", "CN=Annan utgivare, O=Annan organisation, C=SE");
		Files.createDirectories(keys.resolve("trusted"));
		Files.copy(keys.resolve("unit.pem"), keys.resolve("trusted/unit.pem"));
	}

	@BeforeEach
	void ownProfileTrustingTheUnitsCertificate() throws Exception {
		Path agent = Files.createDirectories(folder.resolve("p2"));
		String profileId = "SignedProfile" + System.nanoTime();
		System.setProperty(P2InstrumentProvisioning.AGENT_PROPERTY, agent.toString());
		System.setProperty(P2InstrumentProvisioning.PROFILE_PROPERTY, profileId);
		System.setProperty(TrustedSigners.CERTIFICATES_PROPERTY, keys.resolve("trusted").toString());
		System.clearProperty(TrustPolicy.REQUIRE_SIGNED_PROPERTY);
		Files.deleteIfExists(P2InstrumentProvisioning.repositoriesFile());
		service = (P2InstrumentProvisioning) OsgiServices.get(InstrumentProvisioning.class);
		service.deactivate();
		install = Files.createDirectories(folder.resolve("install"));
		service.agent().getService(IProfileRegistry.class).addProfile(profileId, Map.of(IProfile.PROP_INSTALL_FOLDER,
				install.toString(), IProfile.PROP_CACHE, install.toString(), IProfile.PROP_ENVIRONMENTS,
				"osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
		TestUsers.as(Role.SYSTEM_ADMIN);
	}

	@AfterEach
	void cleanUp() {
		service.deactivate();
		for (String property : List.of(P2InstrumentProvisioning.AGENT_PROPERTY, P2InstrumentProvisioning.PROFILE_PROPERTY,
				P2InstrumentProvisioning.DEFAULT_REPOSITORY_PROPERTY, TrustedSigners.CERTIFICATES_PROPERTY,
				TrustPolicy.REQUIRE_SIGNED_PROPERTY)) {
			System.clearProperty(property);
		}
		TestUsers.logout();
	}

	@Test
	void aBundleSignedByATrustedCertificateInstalls() throws Exception {
		Path jar = sign(bundle("1.0.0"), "unit");
		useSite(site("signed", jar, "1.0.0"));

		assertEquals(List.of(FEATURE + " 1.0.0"), service.install(List.of(FEATURE), new NullProgressMonitor()).changed());
		assertEquals(List.of("1.0.0"), service.installed().stream().map(Feature::version).toList());
		Path installed = install.resolve("plugins").resolve(BUNDLE + "_1.0.0.jar");
		assertTrue(Files.isRegularFile(installed), "p2 put the signed jar into the installation");
		assertEquals(-1, Files.mismatch(jar, installed), "the jar is installed as it was signed");
	}

	@Test
	void anUnsignedBundleIsRefusedByDefaultAndNothingIsInstalled() throws Exception {
		useSite(site("unsigned", bundle("1.0.0"), "1.0.0"));

		ProvisioningException refused = assertThrows(ProvisioningException.class,
				() -> service.install(List.of(FEATURE), new NullProgressMonitor()));
		assertEquals("Instrumentet " + FEATURE + " vägrades: " + BUNDLE + " 1.0.0 är inte signerad, och den här "
				+ "installationen tar bara emot signerade instrument (isu.p2.requireSigned). Inget ändrades.",
				refused.getMessage());
		assertNothingInstalled();
	}

	@Test
	void aSignedBundleChangedAfterSigningIsRefusedAlthoughTheRepositoryChecksumsMatch() throws Exception {
		Path jar = changeEntry(sign(bundle("1.0.0"), "unit"), "forms/form.xml");
		useSite(site("tampered", jar, "1.0.0"));

		ProvisioningException refused = assertThrows(ProvisioningException.class,
				() -> service.install(List.of(FEATURE), new NullProgressMonitor()));
		assertEquals("Instrumentet " + FEATURE + " vägrades: " + BUNDLE + " 1.0.0 har ändrats efter att det "
				+ "signerades (forms/form.xml stämmer inte med signaturen). Inget ändrades.", refused.getMessage());
		assertNothingInstalled();
	}

	@Test
	void aSignedBundleWithAnEntryAddedAfterSigningIsRefused() throws Exception {
		Path jar = addEntry(sign(bundle("1.0.0"), "unit"), "forms/extra.xml");
		useSite(site("added", jar, "1.0.0"));

		ProvisioningException refused = assertThrows(ProvisioningException.class,
				() -> service.install(List.of(FEATURE), new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("har ändrats efter att det signerades (forms/extra.xml"), refused.getMessage());
		assertNothingInstalled();
	}

	@Test
	void aBundleSignedByACertificateNotOnTheAllowlistIsRefused() throws Exception {
		useSite(site("other", sign(bundle("1.0.0"), "other"), "1.0.0"));

		ProvisioningException refused = assertThrows(ProvisioningException.class,
				() -> service.install(List.of(FEATURE), new NullProgressMonitor()));
		assertEquals("Instrumentet " + FEATURE + " vägrades: " + BUNDLE + " 1.0.0 är signerad av \"CN=Annan utgivare,"
				+ "O=Annan organisation,C=SE\", som inte finns bland de betrodda certifikaten (" + keys.resolve("trusted")
				+ "). Inget ändrades.", refused.getMessage());
		assertNothingInstalled();
	}

	@Test
	void withNoTrustedCertificatesEvenASignedBundleIsRefused() throws Exception {
		System.setProperty(TrustedSigners.CERTIFICATES_PROPERTY, folder.resolve("none").toString());
		useSite(site("signed", sign(bundle("1.0.0"), "unit"), "1.0.0"));

		ProvisioningException refused = assertThrows(ProvisioningException.class,
				() -> service.install(List.of(FEATURE), new NullProgressMonitor()));
		assertTrue(refused.getMessage().endsWith("(inga betrodda certifikat i " + folder.resolve("none") + "). Inget ändrades."),
				refused.getMessage());
		assertNothingInstalled();
	}

	@Test
	void unsignedBundlesInstallOnlyWhereTheInstallationSaysSignaturesAreNotRequired() throws Exception {
		System.setProperty(TrustPolicy.REQUIRE_SIGNED_PROPERTY, "false");
		useSite(site("unsigned", bundle("1.0.0"), "1.0.0"));

		service.install(List.of(FEATURE), new NullProgressMonitor());
		assertEquals(List.of("1.0.0"), service.installed().stream().map(Feature::version).toList());
		assertTrue(TrustPolicy.requireSigned(null) && TrustPolicy.requireSigned("ja") && TrustPolicy.requireSigned("true"),
				"anything but false keeps signatures required");
	}

	@Test
	void anUpdateIsCheckedLikeAnInstallAndARefusedOneLeavesTheInstalledVersion() throws Exception {
		useSite(site("v1", sign(bundle("1.0.0"), "unit"), "1.0.0"));
		service.install(List.of(FEATURE), new NullProgressMonitor());

		service.addRepository(Path.of(site("v2", sign(bundle("2.0.0"), "unit"), "2.0.0")).toString());
		assertEquals(List.of(FEATURE + " 2.0.0"), service.update(List.of(FEATURE), new NullProgressMonitor()).changed());
		assertTrue(Files.isRegularFile(install.resolve("plugins").resolve(BUNDLE + "_2.0.0.jar")));

		service.addRepository(Path.of(site("v3", sign(bundle("3.0.0"), "other"), "3.0.0")).toString());
		ProvisioningException refused = assertThrows(ProvisioningException.class,
				() -> service.update(List.of(), new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("Instrumentet " + FEATURE + " vägrades: " + BUNDLE
				+ " 3.0.0 är signerad av \"CN=Annan utgivare"), refused.getMessage());
		assertEquals(List.of("2.0.0"), service.installed().stream().map(Feature::version).toList());
		assertTrue(!Files.exists(install.resolve("plugins").resolve(BUNDLE + "_3.0.0.jar")), "the refused jar never arrived");
	}

	private void assertNothingInstalled() throws IOException {
		assertEquals(List.of(), service.installed());
		Path plugins = install.resolve("plugins");
		assertTrue(!Files.exists(plugins) || Files.list(plugins).findAny().isEmpty(), "no jar reached the installation");
	}

	private static void useSite(URI site) {
		System.setProperty(P2InstrumentProvisioning.DEFAULT_REPOSITORY_PROPERTY, Path.of(site).toString());
	}

	// --- real jars, keys and sites ----------------------------------------------------------------------------

	/** A small OSGi bundle with a definition-like entry, as an instrument bundle has. */
	private Path bundle(String version) throws IOException {
		Path jar = folder.resolve(BUNDLE + "_" + version + "-" + System.nanoTime() + ".jar");
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", BUNDLE);
		main.putValue("Bundle-Version", version);
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			out.putNextEntry(new JarEntry("forms/form.xml"));
			out.write("<form id='signed.test' version='2026.1'/>".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return jar;
	}

	private static void keytool(String alias, String dname) throws Exception {
		Path store = keys.resolve(alias + ".p12");
		run(tool("keytool"), "-genkeypair", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "test-only",
				"-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "30",
				"-dname", dname);
		run(tool("keytool"), "-exportcert", "-rfc", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass",
				"test-only", "-alias", alias, "-file", keys.resolve(alias + ".pem").toString());
	}

	private static Path sign(Path jar, String alias) throws Exception {
		run(tool("jarsigner"), "-keystore", keys.resolve(alias + ".p12").toString(), "-storetype", "PKCS12", "-storepass",
				"test-only", "-digestalg", "SHA-256", jar.toString(), alias);
		return jar;
	}

	/** The jar with one entry's content changed, everything else (signature files included) as it was. */
	private static Path changeEntry(Path jar, String name) throws IOException {
		return rewrite(jar, name, null);
	}

	private static Path addEntry(Path jar, String name) throws IOException {
		return rewrite(jar, null, name);
	}

	private static Path rewrite(Path jar, String changed, String added) throws IOException {
		Path copy = jar.resolveSibling("changed-" + jar.getFileName());
		try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] data = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(changed)) {
					data = "<form id='signed.test' version='2026.1' changed='yes'/>".getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(data);
				out.closeEntry();
			}
			if (added != null) {
				out.putNextEntry(new ZipEntry(added));
				out.write("<form id='extra'/>".getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return jar;
	}

	/**
	 * A site published by p2's publisher: the bundle (its artifact copied as it is, with checksums of what is copied)
	 * and a feature group that requires it, as Tycho publishes an instrument feature.
	 */
	private URI site(String name, Path jar, String version) throws Exception {
		Path site = Files.createDirectories(folder.resolve("site-" + name));
		PublisherInfo info = new PublisherInfo();
		info.setArtifactOptions(IPublisherInfo.A_INDEX | IPublisherInfo.A_PUBLISH);
		IMetadataRepository metadata = service.agent().getService(IMetadataRepositoryManager.class).createRepository(
				site.toUri(), name, IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		IArtifactRepository artifacts = service.agent().getService(IArtifactRepositoryManager.class).createRepository(
				site.toUri(), name, IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		info.setMetadataRepository(metadata);
		info.setArtifactRepository(artifacts);
		IStatus published = new Publisher(info).publish(new IPublisherAction[] { new BundlesAction(new java.io.File[] { jar.toFile() }) },
				new NullProgressMonitor());
		assertTrue(published.isOK(), published.toString());
		assertEquals(1, metadata.query(QueryUtil.createIUQuery(BUNDLE), null).toUnmodifiableSet().size(), "the bundle is published");

		InstallableUnitDescription group = new InstallableUnitDescription();
		Version v = Version.create(version);
		group.setId(FEATURE + ".feature.group");
		group.setVersion(v);
		group.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, Boolean.TRUE.toString());
		group.setProperty(IInstallableUnit.PROP_NAME, "Signerat testinstrument");
		group.addProvidedCapabilities(List.of(MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID,
				FEATURE + ".feature.group", v)));
		group.setUpdateDescriptor(MetadataFactory.createUpdateDescriptor(FEATURE + ".feature.group",
				new VersionRange(Version.emptyVersion, true, v, false), IUpdateDescriptor.NORMAL, null));
		group.addRequirements(List.of(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, BUNDLE,
				new VersionRange(v, true, v, true), null, false, false)));
		metadata.addInstallableUnits(List.of(MetadataFactory.createInstallableUnit(group)));
		return site.toUri();
	}

	private static String tool(String name) {
		return Path.of(System.getProperty("java.home"), "bin", name).toString();
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
		String output;
		try (var in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
		assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
	}
}
