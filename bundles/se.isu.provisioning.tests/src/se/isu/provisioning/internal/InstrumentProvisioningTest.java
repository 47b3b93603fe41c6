package se.isu.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.provisioning.InstrumentProvisioning;
import se.isu.provisioning.InstrumentProvisioning.Feature;
import se.isu.provisioning.ProvisioningException;
import se.isu.provisioning.UnitProfile;
import se.isu.security.AccessDeniedException;
import se.isu.security.AccessLog;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.TestUsers;

/**
 * The provisioning service on real p2 (agent, profile registry, planner, engine) with a profile of its own in a
 * temporary folder and repositories the test writes: what is offered, installed, updated and removed, from which
 * repositories, by whom, and what the access log says. The product-level scenario (real bundles, restart) is
 * releng/product-test.sh.
 */
class InstrumentProvisioningTest {

	private static final String FEATURE = "se.isu.instrument.test.feature";

	@TempDir
	Path folder;

	private P2InstrumentProvisioning service;

	@BeforeEach
	void ownProfile() throws Exception {
		Path agent = Files.createDirectories(folder.resolve("p2"));
		String profileId = "TestProfile" + System.nanoTime();
		System.setProperty(P2InstrumentProvisioning.AGENT_PROPERTY, agent.toString());
		System.setProperty(P2InstrumentProvisioning.PROFILE_PROPERTY, profileId);
		System.setProperty(P2InstrumentProvisioning.DEFAULT_REPOSITORY_PROPERTY, repository("site1", "1.0.0").toString());
		Files.deleteIfExists(P2InstrumentProvisioning.repositoriesFile());
		service = (P2InstrumentProvisioning) OsgiServices.get(InstrumentProvisioning.class);
		service.deactivate(); // a fresh agent on this test's folder
		IProfileRegistry registry = service.agent().getService(IProfileRegistry.class);
		Path install = Files.createDirectories(folder.resolve("install"));
		registry.addProfile(profileId, Map.of(IProfile.PROP_INSTALL_FOLDER, install.toString(), IProfile.PROP_CACHE,
				install.toString(), IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
	}

	@AfterEach
	void cleanUp() {
		service.deactivate();
		System.clearProperty(P2InstrumentProvisioning.AGENT_PROPERTY);
		System.clearProperty(P2InstrumentProvisioning.PROFILE_PROPERTY);
		System.clearProperty(P2InstrumentProvisioning.DEFAULT_REPOSITORY_PROPERTY);
		TestUsers.logout();
	}

	@Test
	void aFeatureIsOfferedInstalledUpdatedAndRemovedOnlyFromConfiguredRepositories() throws IOException {
		TestUsers.as(Role.SYSTEM_ADMIN);
		LocalDateTime started = LocalDateTime.now().minusSeconds(1);
		List<Feature> available = service.available(new NullProgressMonitor());
		assertEquals(List.of(new Feature(FEATURE, "1.0.0", "Testinstrument", "Ett instrument för testet", "Instrument")),
				available, "the feature in its category, and no base product feature");
		assertEquals(List.of(), service.installed());

		assertEquals(List.of(FEATURE + " 1.0.0"), service.install(List.of(FEATURE), new NullProgressMonitor()).changed());
		assertEquals(List.of("1.0.0"), service.installed().stream().map(Feature::version).toList());
		assertTrue(service.install(List.of(FEATURE + ".feature.group"), new NullProgressMonitor()).nothingChanged(),
				"installing what is installed changes nothing");

		// A newer version in a repository nobody configured is not taken.
		URI site2 = repository("site2", "2.0.0");
		assertTrue(service.update(List.of(), new NullProgressMonitor()).nothingChanged());
		ProvisioningException unknown = assertThrows(ProvisioningException.class,
				() -> service.install(List.of("se.isu.instrument.other.feature"), new NullProgressMonitor()));
		assertTrue(unknown.getMessage().startsWith("Instrumentet se.isu.instrument.other.feature finns inte i de inställda förråden"),
				unknown.getMessage());

		service.addRepository(Path.of(site2).toString());
		assertEquals(List.of(FEATURE + " 2.0.0"), service.update(List.of(FEATURE), new NullProgressMonitor()).changed());
		assertEquals(List.of("2.0.0"), service.installed().stream().map(Feature::version).toList());

		assertEquals(List.of(FEATURE + " 2.0.0"), service.remove(List.of(FEATURE), new NullProgressMonitor()).changed());
		assertEquals(List.of(), service.installed());
		ProvisioningException notInstalled = assertThrows(ProvisioningException.class,
				() -> service.remove(List.of(FEATURE), new NullProgressMonitor()));
		assertEquals("Instrumentet " + FEATURE + " är inte installerat", notInstalled.getMessage());

		List<String> logged = OsgiServices.get(AccessLog.class).entries(started, LocalDateTime.now().plusSeconds(1), "test.admin", null, 50)
				.stream().map(row -> row.action() + " " + row.detail()).toList();
		assertTrue(logged.contains("PLUGIN_INSTALL " + FEATURE + " 1.0.0"), logged.toString());
		assertTrue(logged.contains("PLUGIN_REPOSITORY " + site2), logged.toString());
		assertTrue(logged.contains("PLUGIN_UPDATE " + FEATURE + " 2.0.0"), logged.toString());
		assertTrue(logged.contains("PLUGIN_REMOVE " + FEATURE + " 2.0.0"), logged.toString());
	}

	@Test
	void theBaseProductIsNeitherInstalledNorRemovedHere() {
		TestUsers.as(Role.SYSTEM_ADMIN);
		for (String base : List.of("se.isu.feature", "se.isu.platform.feature")) {
			assertEquals(base + " hör till grundprodukten och kan inte installeras, uppdateras eller tas bort här",
					assertThrows(ProvisioningException.class, () -> service.install(List.of(base), null)).getMessage());
			assertThrows(ProvisioningException.class, () -> service.remove(List.of(base), null));
		}
	}

	@Test
	void onlyASystemAdministratorListsInstallsRemovesOrAddsRepositories() {
		TestUsers.as(Role.METHODS_STAFF);
		assertThrows(AccessDeniedException.class, () -> service.installed());
		assertThrows(AccessDeniedException.class, () -> service.available(null));
		assertThrows(AccessDeniedException.class, () -> service.install(List.of(FEATURE), null));
		assertThrows(AccessDeniedException.class, () -> service.update(List.of(), null));
		assertThrows(AccessDeniedException.class, () -> service.remove(List.of(FEATURE), null));
		assertThrows(AccessDeniedException.class, () -> service.addRepository(folder.toString()));
		assertThrows(AccessDeniedException.class, () -> service.apply(new UnitProfile(List.of(), List.of(FEATURE), List.of()), null));
		TestUsers.as(Role.SYSTEM_ADMIN);
		assertEquals(List.of(), service.installed(), "nothing was installed");
	}

	@Test
	void aRepositoryIsAFolderAZipOrAnHttpAddressAndNothingElse() throws IOException {
		Path zip = Files.write(folder.resolve("site.zip"), new byte[] { 'P', 'K' });
		assertEquals(URI.create("jar:" + zip.toUri() + "!/"), Repositories.toUri(zip.toString()));
		assertEquals(folder.toUri(), Repositories.toUri(folder.toString()));
		assertEquals(URI.create("https://it.kommun.se/isu/site"), Repositories.toUri("https://it.kommun.se/isu/site"));
		for (String refused : List.of("ftp://it.kommun.se/site", "jar:http://x/y.zip!/", "javascript:alert(1)", "https://",
				Files.writeString(folder.resolve("notes.txt"), "x").toString())) {
			ProvisioningException e = assertThrows(ProvisioningException.class, () -> Repositories.toUri(refused), refused);
			assertTrue(e.getMessage().contains("bara en mapp, en zip-fil eller en http(s)-adress"), e.getMessage());
		}
		assertEquals("Förråd /nowhere/site: mappen eller filen finns inte",
				assertThrows(ProvisioningException.class, () -> Repositories.toUri("/nowhere/site")).getMessage());
	}

	@Test
	void aUnitProfileNamesRepositoriesInstrumentsAndRemovalsAndABadLineIsRefusedByNumber() throws IOException {
		Path file = Files.writeString(folder.resolve("unit.txt"),
				"# Vuxenenheten\nrepository=https://it.kommun.se/isu\ninstrument=a.feature\n\nremove=b.feature\n");
		assertEquals(new UnitProfile(List.of("https://it.kommun.se/isu"), List.of("a.feature"), List.of("b.feature")),
				UnitProfile.read(file));
		Path bad = Files.writeString(folder.resolve("bad.txt"), "instrument=a.feature\ninstall a.feature\n");
		assertEquals("bad.txt rad 2: \"install a.feature\" är inte repository=PLATS, instrument=ID eller remove=ID",
				assertThrows(ProvisioningException.class, () -> UnitProfile.read(bad)).getMessage());
	}

	@Test
	void aUnitProfileInstallsItsInstrumentsOnce() throws IOException {
		TestUsers.as(Role.SYSTEM_ADMIN);
		UnitProfile profile = new UnitProfile(List.of(), List.of(FEATURE), List.of());
		assertEquals(List.of(FEATURE + " 1.0.0"), service.apply(profile, new NullProgressMonitor()).changed());
		assertTrue(service.apply(profile, new NullProgressMonitor()).nothingChanged(), "applied twice: nothing more");
		assertEquals(List.of(FEATURE + " 1.0.0"),
				service.apply(new UnitProfile(List.of(), List.of(), List.of(FEATURE)), new NullProgressMonitor()).changed());
		assertEquals(List.of(), service.installed());
	}

	/**
	 * A metadata repository with the test feature (no artifacts) in an "Instrument" category; like Tycho's features it
	 * says which older versions it updates.
	 */
	private URI repository(String name, String version) throws IOException {
		Path site = Files.createDirectories(folder.resolve(name));
		String group = FEATURE + ".feature.group";
		Files.writeString(site.resolve("content.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?metadataRepository version='1.2.0'?>
				<repository name='%1$s' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
				  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
				  <units size='3'>
				    <unit id='%2$s' version='%3$s'>
				      <update id='%2$s' range='[0.0.0,%3$s)' severity='0'/>
				      <properties size='3'>
				        <property name='org.eclipse.equinox.p2.name' value='Testinstrument'/>
				        <property name='org.eclipse.equinox.p2.description' value='Ett instrument för testet'/>
				        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
				      </properties>
				      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='%2$s' version='%3$s'/></provides>
				    </unit>
				    <unit id='se.isu.feature.feature.group' version='0.1.0'>
				      <properties size='1'><property name='org.eclipse.equinox.p2.type.group' value='true'/></properties>
				      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='se.isu.feature.feature.group' version='0.1.0'/></provides>
				    </unit>
				    <unit id='%1$s.instruments' version='1.0.0'>
				      <properties size='2'>
				        <property name='org.eclipse.equinox.p2.name' value='Instrument'/>
				        <property name='org.eclipse.equinox.p2.type.category' value='true'/>
				      </properties>
				      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='%1$s.instruments' version='1.0.0'/></provides>
				      <requires size='2'>
				        <required namespace='org.eclipse.equinox.p2.iu' name='%2$s' range='[%3$s,%3$s]'/>
				        <required namespace='org.eclipse.equinox.p2.iu' name='se.isu.feature.feature.group' range='[0.1.0,0.1.0]'/>
				      </requires>
				    </unit>
				  </units>
				</repository>
				""".formatted(name, group, version), StandardCharsets.UTF_8);
		Files.writeString(site.resolve("artifacts.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?artifactRepository version='1.1.0'?>
				<repository name='%s' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
				  <properties size='0'/>
				  <mappings size='1'><rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/></mappings>
				  <artifacts size='0'/>
				</repository>
				""".formatted(name), StandardCharsets.UTF_8);
		return site.toUri();
	}
}
