package se.isu.provisioning;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Installs, updates and removes instrument features of this installation with p2, from the configured repositories
 * only. Every method needs the system administrator's right to manage plugins; every change is written to the access
 * log. The running workbench keeps its bundles until it is restarted ({@link Outcome#restartNeeded()}). The same
 * service serves the workbench dialog and {@code ./isu plugins}.
 */
public interface InstrumentProvisioning {

	/** Installed features that are not the base product (workbench, platform), ordered by id. */
	List<Feature> installed();

	/** The newest version of every feature in the configured repositories' categories, except the base product's. */
	List<Feature> available(IProgressMonitor monitor);

	/** The configured repositories: the installation's default ({@code isu.repository}) and those added. */
	List<URI> repositories();

	/**
	 * Adds a repository to the configuration: a folder, a zip file or an http(s) URL (anything else is refused).
	 * A folder or zip must exist. Logged.
	 */
	URI addRepository(String location);

	/** Installs the newest version of each feature (id with or without {@code .feature.group}). */
	Outcome install(List<String> featureIds, IProgressMonitor monitor);

	/** Updates the named installed features, or every installed one when the list is empty. */
	Outcome update(List<String> featureIds, IProgressMonitor monitor);

	/** Removes installed features; the data of their instruments stays in the database. */
	Outcome remove(List<String> featureIds, IProgressMonitor monitor);

	/** Applies a unit profile: its repositories added, its instruments installed, its removals removed. */
	Outcome apply(UnitProfile profile, IProgressMonitor monitor);

	/** A feature, as p2 describes it. {@code id} is the feature's id (without {@code .feature.group}). */
	record Feature(String id, String version, String name, String description, String category) {
	}

	/** What a change did: one line per feature changed ("id version"), and whether a restart is due. */
	record Outcome(List<String> changed, boolean restartNeeded) {
		public boolean nothingChanged() {
			return changed.isEmpty();
		}
	}
}
