package se.isu.store;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where a unit's shared PostgreSQL database is: {@code $ISU_HOME/database.properties}. Without that file the
 * installation uses its embedded Derby database (the single-user default). docs/deploying.md.
 *
 * <pre>
 * url=jdbc:postgresql://db.kommun.se:5432/isu
 * user=isu_app
 * sslmode=verify-full
 * password-file=/etc/isu/database.password     (optional; default $ISU_HOME/database.password)
 * </pre>
 *
 * The password is read from an owner-only file, else asked for on the terminal, else left to the driver (which reads
 * {@code ~/.pgpass}); it is never part of this object's text, a message or a log. A host that is not this machine
 * needs {@code sslmode} require, verify-ca or verify-full (decision 84).
 */
public final class ConnectionSettings {

	/** The connection file's name in the ISU home. */
	public static final String FILE = "database.properties";
	/** The default password file's name in the ISU home. */
	public static final String PASSWORD_FILE = "database.password";

	/** The TLS modes of the PostgreSQL driver that encrypt the connection. */
	private static final Set<String> ENCRYPTING = Set.of("require", "verify-ca", "verify-full");
	private static final Set<String> KNOWN_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

	private final String url;
	private final String user;
	private final String sslMode;
	private final Path passwordFile;
	private final Path source;

	private ConnectionSettings(String url, String user, String sslMode, Path passwordFile, Path source) {
		this.url = url;
		this.user = user;
		this.sslMode = sslMode;
		this.passwordFile = passwordFile;
		this.source = source;
	}

	/** The settings in {@code home}, checked; empty when the installation uses embedded Derby. */
	public static Optional<ConnectionSettings> read(Path home) {
		Path file = home.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new StoreException("Anslutningsfilen " + file + " kunde inte läsas / the connection file cannot be read: "
					+ e.getMessage(), e);
		}
		if (properties.containsKey("password")) {
			throw new StoreException("Anslutningsfilen " + file + ": lösenordet hör inte hemma här; lägg det i en fil som"
					+ " bara ägaren kan läsa och ange den med password-file. / The connection file must not hold the"
					+ " password: put it in an owner-only file named by password-file.");
		}
		String passwordFile = properties.getProperty("password-file", "").strip();
		return Optional.of(of(properties.getProperty("url", "").strip(), properties.getProperty("user", "").strip(),
				properties.getProperty("sslmode", "").strip(),
				passwordFile.isEmpty() ? home.resolve(PASSWORD_FILE) : home.resolve(passwordFile), file));
	}

	/**
	 * Settings given on a command line ({@code ./isu db init --url …}), checked as the file's are.
	 *
	 * @param sslMode empty for the URL's own or none
	 */
	public static ConnectionSettings of(String url, String user, String sslMode, Path passwordFile, Path source) {
		String where = source == null ? "" : source + ": ";
		if (url == null || !url.startsWith("jdbc:postgresql://")) {
			throw new StoreException(where + "url måste börja med jdbc:postgresql://värd:port/databas, var '" + url
					+ "'. / The url must start with jdbc:postgresql://host:port/database.");
		}
		if (user == null || user.isBlank()) {
			throw new StoreException(where + "user saknas: databasrollen programmet loggar in som. / user is missing:"
					+ " the database role the program logs in as.");
		}
		String mode = sslMode == null || sslMode.isBlank() ? urlParameter(url, "sslmode") : sslMode.toLowerCase(Locale.ROOT);
		if (mode != null && !KNOWN_MODES.contains(mode)) {
			throw new StoreException(where + "sslmode '" + mode + "' finns inte; tillåtna: " + KNOWN_MODES
					+ " / unknown sslmode.");
		}
		for (String host : hosts(url)) {
			if (!local(host) && (mode == null || !ENCRYPTING.contains(mode))) {
				throw new StoreException(where + "databasservern " + host + " är inte den här datorn, så förbindelsen måste"
						+ " krypteras: ange sslmode=verify-full (eller require). / The database server " + host
						+ " is not this machine, so TLS is required: set sslmode=verify-full (or require).");
			}
		}
		return new ConnectionSettings(url, user, mode, passwordFile, source);
	}

	public String url() {
		return url;
	}

	public String user() {
		return user;
	}

	/** The driver's sslmode, or null for the driver's default (only allowed on this machine). */
	public String sslMode() {
		return sslMode;
	}

	/**
	 * The password: the password file's first line when it exists (refused unless only its owner can read it), else
	 * asked for on the terminal, else null (the driver then uses {@code ~/.pgpass} or a password-less method).
	 */
	public char[] password() {
		if (passwordFile != null && Files.isRegularFile(passwordFile)) {
			requireOwnerOnly(passwordFile);
			try {
				String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
				int end = text.indexOf('\n');
				return (end < 0 ? text : text.substring(0, end)).strip().toCharArray();
			} catch (IOException e) {
				throw new StoreException("Lösenordsfilen " + passwordFile + " kunde inte läsas / the password file cannot"
						+ " be read: " + e.getMessage(), e);
			}
		}
		Console console = System.console();
		if (console != null) {
			return console.readPassword("Lösenord för %s / password for %s: ", user, user);
		}
		return null;
	}

	/** Refuses a password file that others than its owner may read or write. */
	public static void requireOwnerOnly(Path file) {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			for (PosixFilePermission permission : permissions) {
				if (permission.name().startsWith("GROUP") || permission.name().startsWith("OTHERS")) {
					throw new StoreException("Lösenordsfilen " + file + " kan läsas av andra än ägaren ("
							+ java.nio.file.attribute.PosixFilePermissions.toString(permissions) + "); gör den läsbar bara"
							+ " för ägaren: chmod 600 " + file + " / The password file must be readable by its owner only.");
				}
			}
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system (Windows): its ACLs are the administrator's to set
		} catch (IOException e) {
			throw new StoreException("Lösenordsfilen " + file + ": " + e.getMessage(), e);
		}
	}

	/** Where these settings came from, for messages. */
	public Path source() {
		return source;
	}

	/** The hosts of a PostgreSQL URL (several for failover); a URL without host means localhost. */
	static java.util.List<String> hosts(String url) {
		String rest = url.substring("jdbc:postgresql://".length());
		int slash = rest.indexOf('/');
		String authority = slash < 0 ? rest : rest.substring(0, slash);
		int query = authority.indexOf('?');
		if (query >= 0) {
			authority = authority.substring(0, query);
		}
		if (authority.isEmpty()) {
			return java.util.List.of("localhost");
		}
		java.util.List<String> hosts = new java.util.ArrayList<>();
		for (String part : authority.split(",")) {
			String host = part.startsWith("[") ? part.substring(1, Math.max(1, part.indexOf(']'))) // [::1]:5432
					: part.contains(":") ? part.substring(0, part.lastIndexOf(':')) : part;
			hosts.add(host.isEmpty() ? "localhost" : host);
		}
		return hosts;
	}

	/** This machine: the name localhost or a loopback address (names are not resolved: DNS could lie). */
	static boolean local(String host) {
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!host.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:]*")) {
			return false;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		} catch (UnknownHostException e) {
			return false;
		}
	}

	private static String urlParameter(String url, String name) {
		int query = url.indexOf('?');
		if (query < 0) {
			return null;
		}
		for (String pair : url.substring(query + 1).split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase(name)) {
				return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	/** Never the password. */
	@Override
	public String toString() {
		return url + " som / as " + user + (sslMode == null ? "" : " (sslmode=" + sslMode + ")");
	}
}
