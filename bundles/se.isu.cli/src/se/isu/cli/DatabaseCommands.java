package se.isu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.isu.store.ConnectionSettings;
import se.isu.store.IsuHome;
import se.isu.store.ServerDatabase;
import se.isu.store.StoreException;

/**
 * {@code ./isu db …}: a unit's shared PostgreSQL database, run by its IT with the database owner's role (whose
 * password comes from --password-file or a prompt, never a flag). docs/deploying.md walks through it.
 */
final class DatabaseCommands {

	/** The DS component that owns the store's connections; restarted once the home names the server. */
	static final String DATABASE_COMPONENT = "se.isu.store.internal.Database";

	private final Services services;
	private final PrintStream out;

	DatabaseCommands(Services services, PrintStream out) {
		this.services = services;
		this.out = out;
	}

	int run(Flags flags, Administrator administrator) throws IOException {
		String sub = flags.optional("");
		if (sub == null) {
			throw new IllegalArgumentException("db: ange init, migrate-from-derby eller migrate / say init,"
					+ " migrate-from-derby or migrate");
		}
		return switch (sub) {
		case "init" -> init(flags, administrator);
		case "migrate-from-derby" -> moveFromDerby(flags);
		case "migrate" -> migrate(flags);
		default -> throw new IllegalArgumentException("db " + sub + ": okänt / unknown; init | migrate-from-derby | migrate");
		};
	}

	/** The first administrator is made by the same code as {@code users create-admin}, once the home is on the server. */
	@FunctionalInterface
	interface Administrator {
		int create(Flags flags);
	}

	/** Schema and rights on an empty server database, the home pointed at it, and the first administrator. */
	private int init(Flags flags, Administrator administrator) throws IOException {
		String admin = flags.required("admin");
		String name = flags.required("name");
		ConnectionSettings owner = owner(flags, flags.required("url"));
		String role = flags.required("app-user");
		int applied = ServerDatabase.migrateAndGrant(owner, role);
		out.println("Databasen " + owner.url() + " har schemat (" + applied + " migreringar nu); rollen " + role
				+ " får läsa och skriva, loggen bara läsa och lägga till. / The schema is in place; the role " + role
				+ " may read and write, the access log only read and append.");
		pointHomeAt(owner, role, flags.optional("app-password-file"));
		return administrator.create(new Flags(Map.of("user", admin, "name", name)));
	}

	/** Copies the embedded database of this home into the empty server database and points the home at it. */
	private int moveFromDerby(Flags flags) throws IOException {
		ConnectionSettings owner = owner(flags, flags.required("url"));
		String role = flags.required("app-user");
		Path home = IsuHome.resolve();
		if (Files.exists(home.resolve(ConnectionSettings.FILE))) {
			throw new StoreException("Hemmet " + home + " använder redan en databasserver (" + ConnectionSettings.FILE
					+ "). / This home already uses a database server.");
		}
		ServerDatabase.MoveReport report = ServerDatabase.moveFromDerby(home, owner, role);
		report.rows().forEach((table, rows) -> out.println(table + "\t" + rows));
		out.println("Allt kopierat och jämfört tabell för tabell; åtkomstloggens kedja håller på servern ("
				+ report.logEntriesVerified() + " poster). / Everything copied and compared table by table; the access-log"
				+ " chain verifies on the server (" + report.logEntriesVerified() + " entries).");
		pointHomeAt(owner, role, flags.optional("app-password-file"));
		out.println("Den inbyggda databasen i " + home.resolve("db") + " används inte längre; arkivera den enligt"
				+ " docs/deploying.md. / The embedded database is no longer used; archive it.");
		return CliApplication.OK;
	}

	/** After an upgrade: the owner applies the new migrations and renews the application role's rights. */
	private int migrate(Flags flags) {
		ConnectionSettings current = ConnectionSettings.read(IsuHome.resolve()).orElseThrow(() -> new StoreException(
				"Hemmet använder den inbyggda databasen; den uppdateras själv. / This home uses the embedded database,"
						+ " which migrates itself."));
		ConnectionSettings owner = owner(flags, current.url());
		int applied = ServerDatabase.migrateAndGrant(owner, current.user());
		out.println(applied + " migreringar tillämpade; rollen " + current.user() + " har sina rättigheter. / " + applied
				+ " migrations applied; the role " + current.user() + " has its rights.");
		return CliApplication.OK;
	}

	private static ConnectionSettings owner(Flags flags, String url) {
		String passwordFile = flags.optional("password-file");
		return ConnectionSettings.of(url, flags.required("user"), flags.optional("sslmode"),
				passwordFile == null ? null : Path.of(passwordFile).toAbsolutePath(), null);
	}

	/** Writes the home's connection file for the application role, then reopens the store on the server. */
	private void pointHomeAt(ConnectionSettings owner, String role, String appPasswordFile) throws IOException {
		Path home = IsuHome.ensure();
		StringBuilder text = new StringBuilder("# Written by ./isu db (docs/deploying.md). The password is never here.\n")
				.append("url=").append(owner.url()).append('\n').append("user=").append(role).append('\n');
		if (owner.sslMode() != null) {
			text.append("sslmode=").append(owner.sslMode()).append('\n');
		}
		if (appPasswordFile != null) {
			ConnectionSettings.requireOwnerOnly(Path.of(appPasswordFile));
			text.append("password-file=").append(Path.of(appPasswordFile).toAbsolutePath()).append('\n');
		}
		Path file = home.resolve(ConnectionSettings.FILE);
		Path written = home.resolve(ConnectionSettings.FILE + ".new");
		Files.writeString(written, text, StandardCharsets.UTF_8);
		Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		ConnectionSettings.read(home); // the file we wrote passes the same checks as at every start
		out.println("Hemmet " + home + " använder nu servern (" + file + "). / The home now uses the server.");
		restartStore();
	}

	/** The running store still has the embedded database open: DS restarts it on the server, as at the next start. */
	private void restartStore() {
		BundleContext context = services.context();
		ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
		if (reference == null) {
			return;
		}
		ServiceComponentRuntime scr = context.getService(reference);
		try {
			for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs()) {
				if (component.name.equals(DATABASE_COMPONENT)) {
					scr.disableComponent(component).getValue();
					scr.enableComponent(component).getValue();
				}
			}
		} catch (java.lang.reflect.InvocationTargetException e) {
			throw new StoreException("Databasen kunde inte öppnas på servern / the store could not reopen on the server: "
					+ e.getCause().getMessage(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			context.ungetService(reference);
		}
	}
}
