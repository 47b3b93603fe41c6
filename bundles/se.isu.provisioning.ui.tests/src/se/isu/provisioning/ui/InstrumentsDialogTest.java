package se.isu.provisioning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.provisioning.InstrumentProvisioning;
import se.isu.security.Role;
import se.isu.testkit.OsgiServices;
import se.isu.testkit.SwtDriver;
import se.isu.testkit.TestUsers;
import se.isu.ui.jobs.UiJobs;

/**
 * Verktyg › Instrument… in a real window on the real provisioning service and real p2: a profile of the test's own
 * and a repository it writes (a feature without artifacts), so installing and removing change that profile only.
 */
class InstrumentsDialogTest {

	private static final String FEATURE = "se.isu.instrument.window.feature";

	@TempDir
	Path folder;

	private Display display;
	private SwtDriver driver;
	private Shell parent;
	private InstrumentProvisioning service;

	@BeforeEach
	void ownProfile() throws Exception {
		Path agentFolder = Files.createDirectories(folder.resolve("p2"));
		String profileId = "WindowProfile" + System.nanoTime();
		IProvisioningAgentProvider provider = OsgiServices.get(IProvisioningAgentProvider.class);
		IProvisioningAgent agent = provider.createAgent(agentFolder.toUri());
		Path install = Files.createDirectories(folder.resolve("install"));
		agent.getService(IProfileRegistry.class).addProfile(profileId, Map.of(IProfile.PROP_INSTALL_FOLDER, install.toString(),
				IProfile.PROP_CACHE, install.toString(), IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
		agent.stop();
		System.setProperty("isu.p2.agent", agentFolder.toString());
		System.setProperty("isu.p2.profile", profileId);
		System.setProperty("isu.repository", repository().toString());
		service = OsgiServices.get(InstrumentProvisioning.class);
		display = Display.getDefault();
		driver = new SwtDriver(display);
		parent = new Shell(display);
	}

	@AfterEach
	void cleanUp() {
		for (Shell shell : display.getShells()) {
			shell.dispose();
		}
		System.clearProperty("isu.p2.agent");
		System.clearProperty("isu.p2.profile");
		System.clearProperty("isu.repository");
		TestUsers.logout();
	}

	@Test
	void anAdministratorInstallsAndRemovesAnInstrumentAsJobsAndIsAskedToRestart() {
		TestUsers.as(Role.SYSTEM_ADMIN);
		AtomicInteger restarts = new AtomicInteger();
		InstrumentsDialog dialog = new InstrumentsDialog(parent, service, UiJobs.on(display), restarts::incrementAndGet);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		assertEquals("Instrument", shell.getText());
		Table available = driver.waitFor(shell, InstrumentsDialog.AVAILABLE_TABLE, Table.class);
		Table installed = driver.find(shell, InstrumentsDialog.INSTALLED_TABLE, Table.class);
		Label status = driver.find(shell, InstrumentsDialog.STATUS, Label.class);
		driver.waitUntil(() -> available.getItemCount() == 1, "the repository's instrument listed");
		assertEquals(List.of("Instrument", "Fönsterinstrument", "1.0.0", "Ett instrument för fönstertestet"),
				List.of(available.getItem(0).getText(0), available.getItem(0).getText(1), available.getItem(0).getText(2),
						available.getItem(0).getText(3)));
		assertEquals("Inga instrument är installerade.", status.getText());
		assertTrue(driver.find(shell, InstrumentsDialog.REPOSITORIES, Label.class).getText().startsWith("Förråd: file:"));

		Button install = driver.find(shell, InstrumentsDialog.INSTALL, Button.class);
		driver.click(install);
		assertEquals("Välj ett instrument bland de tillgängliga.", status.getText(), "nothing chosen: said, nothing run");

		available.setSelection(0);
		driver.whenShellOpens("Starta om", question -> driver.click(button(question, "Senare")));
		driver.click(install);
		driver.waitUntil(() -> installed.getItemCount() == 1 && status.getText().contains("omstart"), "the instrument installed");
		assertEquals(List.of("Fönsterinstrument", "1.0.0", FEATURE),
				List.of(installed.getItem(0).getText(0), installed.getItem(0).getText(1), installed.getItem(0).getText(2)));
		assertEquals("Installerat: " + FEATURE + " 1.0.0. Ändringen gäller efter omstart.", status.getText());
		assertEquals(0, restarts.get(), "Senare: no restart");
		driver.screenshot(shell, Path.of("target", "screenshots", "instruments-dialog.png"));

		installed.setSelection(0);
		driver.whenShellOpens("Ta bort instrument", confirm -> {
			driver.whenShellOpens("Starta om", question -> driver.click(button(question, "Starta om nu")));
			driver.click(button(confirm, "OK"));
		});
		driver.click(driver.find(shell, InstrumentsDialog.REMOVE, Button.class));
		driver.waitUntil(() -> restarts.get() == 1, "Starta om nu asked for the restart");
		assertTrue(shell.isDisposed(), "the dialog closed for the restart");
		TestUsers.as(Role.SYSTEM_ADMIN);
		assertEquals(List.of(), service.installed());
	}

	@Test
	void aRepositoryThatCannotBeReachedIsSaidUnderTheLists() throws IOException {
		TestUsers.as(Role.SYSTEM_ADMIN);
		Path empty = Files.createDirectories(folder.resolve("no-site-here"));
		System.setProperty("isu.repository", empty.toString());
		InstrumentsDialog dialog = new InstrumentsDialog(parent, service, UiJobs.on(display), () -> {
		});
		dialog.setBlockOnOpen(false);
		dialog.open();
		Label status = driver.waitFor(dialog.getShell(), InstrumentsDialog.STATUS, Label.class);
		driver.waitUntil(() -> status.getText().startsWith("Misslyckades: Förrådet " + empty.toUri() + " kunde inte nås"),
				"the refusal shown: " + status.getText());
		assertTrue(driver.find(dialog.getShell(), InstrumentsDialog.INSTALL, Button.class).isEnabled(), "buttons usable again");
	}

	private static Button button(Composite root, String text) {
		for (Control child : root.getChildren()) {
			if (child instanceof Button button && button.getText().replace("&", "").equals(text)) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private URI repository() throws IOException {
		Path site = Files.createDirectories(folder.resolve("site"));
		String group = FEATURE + ".feature.group";
		Files.writeString(site.resolve("content.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?metadataRepository version='1.2.0'?>
				<repository name='window' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
				  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
				  <units size='2'>
				    <unit id='%1$s' version='1.0.0'>
				      <properties size='3'>
				        <property name='org.eclipse.equinox.p2.name' value='Fönsterinstrument'/>
				        <property name='org.eclipse.equinox.p2.description' value='Ett instrument för fönstertestet'/>
				        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
				      </properties>
				      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='%1$s' version='1.0.0'/></provides>
				    </unit>
				    <unit id='window.instruments' version='1.0.0'>
				      <properties size='2'>
				        <property name='org.eclipse.equinox.p2.name' value='Instrument'/>
				        <property name='org.eclipse.equinox.p2.type.category' value='true'/>
				      </properties>
				      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='window.instruments' version='1.0.0'/></provides>
				      <requires size='1'><required namespace='org.eclipse.equinox.p2.iu' name='%1$s' range='[1.0.0,1.0.0]'/></requires>
				    </unit>
				  </units>
				</repository>
				""".formatted(group), StandardCharsets.UTF_8);
		Files.writeString(site.resolve("artifacts.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?artifactRepository version='1.1.0'?>
				<repository name='window' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
				  <properties size='0'/>
				  <mappings size='1'><rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/></mappings>
				  <artifacts size='0'/>
				</repository>
				""", StandardCharsets.UTF_8);
		return site.toUri();
	}
}
