package se.isu.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * A unit's profile, which IT applies to every workstation ({@code ./isu plugins apply FILE}): lines of
 * {@code repository=LOCATION}, {@code instrument=FEATURE-ID} and {@code remove=FEATURE-ID}; {@code #} starts a comment.
 * Example:
 *
 * <pre>
 * # Vuxenenheten: ASI only
 * repository=https://it.kommun.se/isu/site
 * instrument=se.isu.instrument.asi.feature
 * </pre>
 */
public record UnitProfile(List<String> repositories, List<String> instruments, List<String> removals) {

	public static UnitProfile read(Path file) throws IOException {
		List<String> repositories = new ArrayList<>();
		List<String> instruments = new ArrayList<>();
		List<String> removals = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			String key = equals < 0 ? line : line.substring(0, equals).strip();
			String value = equals < 0 ? "" : line.substring(equals + 1).strip();
			if (value.isEmpty()) {
				throw new ProvisioningException(NLS.bind(Messages.profileLine, new Object[] { file.getFileName(), i + 1, line }));
			}
			switch (key) {
			case "repository" -> repositories.add(value);
			case "instrument" -> instruments.add(value);
			case "remove" -> removals.add(value);
			default -> throw new ProvisioningException(NLS.bind(Messages.profileLine, new Object[] { file.getFileName(), i + 1, line }));
			}
		}
		return new UnitProfile(List.copyOf(repositories), List.copyOf(instruments), List.copyOf(removals));
	}
}
