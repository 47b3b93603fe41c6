package se.isu.provisioning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;

import se.isu.provisioning.Messages;
import se.isu.provisioning.ProvisioningException;

/** p2's statuses turned into one sentence for the person. */
final class Statuses {

	private static final Pattern ARTIFACT = Pattern.compile("(?:osgi\\.bundle|org\\.eclipse\\.update\\.feature|binary),([^,\\s]+),([^\\s:,;]+)");

	private Statuses() {
	}

	/** Every message in the status tree, deepest first where they say more, joined. */
	static String text(IStatus status) {
		List<String> lines = new ArrayList<>();
		collect(status, lines);
		return String.join("; ", lines);
	}

	private static void collect(IStatus status, List<String> lines) {
		if (status.getMessage() != null && !status.getMessage().isBlank() && !lines.contains(status.getMessage())) {
			lines.add(status.getMessage().strip());
		}
		if (status.getException() != null && status.getException().getMessage() != null
				&& !lines.contains(status.getException().getMessage())) {
			lines.add(status.getException().getMessage().strip());
		}
		for (IStatus child : status.getChildren()) {
			collect(child, lines);
		}
	}

	/**
	 * A failed change as our refusal: a checksum or signature that does not match is called tampering, an unsigned
	 * or untrusted artifact untrusted, anything else a failure with p2's own words.
	 */
	static ProvisioningException refusal(IStatus status, String feature) {
		String all = text(status);
		String lower = all.toLowerCase(Locale.ROOT);
		String artifact = artifact(all, feature);
		// p2's words for an artifact that is not what its repository says: "SHA-512 hash is not as expected",
		// checksum/MD5 mismatches, a signed jar whose content does not match its signature
		if (lower.contains("hash is not as expected") || lower.contains("checksum") || lower.contains("md5")
				|| lower.matches("(?s).*\\bsha-?\\d+\\b.*") || lower.contains("signature") && !lower.contains("unsigned")
				|| lower.contains("corrupt")) {
			return new ProvisioningException(NLS.bind(Messages.tampered, artifact) + " (" + all + ")");
		}
		if (lower.contains("unsigned") || lower.contains("trust")) {
			return new ProvisioningException(NLS.bind(Messages.untrusted, artifact) + " (" + all + ")");
		}
		return new ProvisioningException(NLS.bind(Messages.failed, all));
	}

	/** The artifact p2 names (id and version), else the feature being changed. */
	private static String artifact(String text, String feature) {
		Matcher matcher = ARTIFACT.matcher(text);
		return matcher.find() ? matcher.group(1) + " " + matcher.group(2).replaceAll("\\.$", "") : feature;
	}
}
