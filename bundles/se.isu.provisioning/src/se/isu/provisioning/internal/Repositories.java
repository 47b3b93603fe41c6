package se.isu.provisioning.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import se.isu.provisioning.Messages;
import se.isu.provisioning.ProvisioningException;

/** Repository locations as people write them, and the file of those an administrator added. */
final class Repositories {

	private Repositories() {
	}

	/**
	 * A folder or zip file (absolute or relative path, or a {@code file:} URI) or an http(s) URL; anything else is
	 * refused (an allowlist of schemes). A zip becomes p2's {@code jar:file:…!/} form.
	 */
	static URI toUri(String location) {
		String text = location.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			try {
				URI uri = URI.create(text);
				if (uri.getHost() == null) {
					throw new ProvisioningException(NLS.bind(Messages.repositoryScheme, location));
				}
				return uri;
			} catch (IllegalArgumentException e) {
				throw new ProvisioningException(NLS.bind(Messages.repositoryScheme, location), e);
			}
		}
		if (lower.startsWith("jar:file:") && lower.endsWith("!/")) {
			return URI.create(text);
		}
		Path path;
		try {
			path = lower.startsWith("file:") ? Path.of(URI.create(text)) : lower.matches("^[a-z][a-z0-9+.-]*:.*") ? null : Path.of(text);
		} catch (IllegalArgumentException e) { // also InvalidPathException
			throw new ProvisioningException(NLS.bind(Messages.repositoryScheme, location), e);
		}
		if (path == null) {
			throw new ProvisioningException(NLS.bind(Messages.repositoryScheme, location));
		}
		path = path.toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new ProvisioningException(NLS.bind(Messages.repositoryMissing, location));
		}
		if (Files.isRegularFile(path)) {
			if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
				throw new ProvisioningException(NLS.bind(Messages.repositoryScheme, location));
			}
			return URI.create("jar:" + path.toUri() + "!/");
		}
		return path.toUri();
	}

	static List<URI> readAdded(Path file) {
		List<URI> uris = new ArrayList<>();
		if (!Files.exists(file)) {
			return uris;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					uris.add(URI.create(line.strip()));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return uris;
	}

	static void write(Path file, List<URI> uris) {
		try {
			Files.createDirectories(file.getParent());
			List<String> lines = new ArrayList<>();
			lines.add("# Förråd som systemadministratören lagt till / repositories added by the system administrator");
			uris.forEach(uri -> lines.add(uri.toString()));
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.write(temporary, lines, StandardCharsets.UTF_8);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
