package se.isu.provisioning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import se.isu.provisioning.Messages;
import se.isu.provisioning.ProvisioningException;

/**
 * The allowlist of signers and the check of one downloaded jar against it. A jar is accepted only when every entry
 * (apart from the signature files themselves) is signed, every entry's content matches its signature, and a signer of
 * every entry has a certificate that is on the allowlist — pinned by the certificate itself, not by a CA, because the
 * jar's signature proves only that the signer held the key of the first certificate in its chain.
 *
 * <p>We check this ourselves, before p2 changes anything: p2 verifies a signed jar's signed entries on download and
 * asks who signed it, but an unsigned entry added to a signed jar passes both.
 */
final class TrustedSigners {

	/** A certificate file, or a folder of them (*.pem, *.crt, *.cer, *.der): the signers this installation trusts. */
	static final String CERTIFICATES_PROPERTY = "isu.p2.trustedCertificates";
	/** The folder used when the property is not set: in the installation, where only IT writes. */
	static final String DEFAULT_FOLDER = "trusted-certificates";

	/** Why a jar is refused; null fields where they do not apply. */
	record Refusal(Kind kind, String entry, String signer) {
	}

	enum Kind {
		UNSIGNED, CHANGED, UNTRUSTED
	}

	private final Set<Certificate> trusted;
	private final String location;

	TrustedSigners(Set<Certificate> trusted, String location) {
		this.trusted = Set.copyOf(trusted);
		this.location = location;
	}

	/** Reads the certificates at a file or folder; a missing location is an empty allowlist (nothing signed passes). */
	static TrustedSigners read(Path location) {
		Set<Certificate> certificates = new LinkedHashSet<>();
		if (Files.isDirectory(location)) {
			try (Stream<Path> files = Files.list(location)) {
				for (Path file : files.filter(TrustedSigners::isCertificateFile).sorted().toList()) {
					certificates.addAll(certificates(file));
				}
			} catch (IOException e) {
				throw new ProvisioningException(NLS.bind(Messages.badCertificate, location, e.getMessage()), e);
			}
		} else if (Files.isRegularFile(location)) {
			certificates.addAll(certificates(location));
		}
		return new TrustedSigners(certificates, location.toString());
	}

	private static boolean isCertificateFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file) && (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")
				|| name.endsWith(".der"));
	}

	private static Collection<? extends Certificate> certificates(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
			if (read.isEmpty()) {
				throw new CertificateException("no certificate in the file");
			}
			return read;
		} catch (IOException | CertificateException e) {
			throw new ProvisioningException(NLS.bind(Messages.badCertificate, file, e.getMessage()), e);
		}
	}

	boolean isEmpty() {
		return trusted.isEmpty();
	}

	/** Where the allowlist was read, for messages: "no trusted certificates in X" when it is empty. */
	String describe() {
		return trusted.isEmpty() ? NLS.bind(Messages.noTrustedCertificates, location) : location;
	}

	/** Whether a signer's chain is trusted: its own (first) certificate is on the allowlist. */
	boolean trusts(Certificate[] chain) {
		return chain != null && chain.length > 0 && trusted.contains(chain[0]);
	}

	/**
	 * Checks one jar: every entry read through the JDK's verifying {@link JarFile}, which fails on content that does
	 * not match its signature. Returns null when the jar passes; an unsigned jar is refused only if
	 * {@code requireSigned}.
	 */
	Refusal check(Path jar, boolean requireSigned) throws IOException {
		List<String> unsigned = new java.util.ArrayList<>();
		boolean anySigned = false;
		String untrustedSigner = null;
		try (JarFile file = new JarFile(jar.toFile(), true)) {
			byte[] buffer = new byte[8192];
			for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
				JarEntry entry = entries.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				try (InputStream in = file.getInputStream(entry)) {
					while (in.read(buffer) != -1) {
						// read to the end: the signature is checked when the entry has been read
					}
				} catch (SecurityException e) {
					return new Refusal(Kind.CHANGED, entry.getName(), null);
				}
				if (isSignatureFile(entry.getName())) {
					continue;
				}
				CodeSigner[] signers = entry.getCodeSigners();
				if (signers == null || signers.length == 0) {
					unsigned.add(entry.getName());
					continue;
				}
				anySigned = true;
				boolean trustedSigner = false;
				for (CodeSigner signer : signers) {
					Certificate[] chain = signer.getSignerCertPath().getCertificates().toArray(Certificate[]::new);
					if (trusts(chain)) {
						trustedSigner = true;
					} else if (untrustedSigner == null) {
						untrustedSigner = name(chain);
					}
				}
				if (!trustedSigner) {
					return new Refusal(Kind.UNTRUSTED, entry.getName(), untrustedSigner);
				}
			}
		} catch (SecurityException e) {
			// the manifest or a signature file itself does not match
			return new Refusal(Kind.CHANGED, JarFile.MANIFEST_NAME, null);
		}
		if (!anySigned) {
			return requireSigned ? new Refusal(Kind.UNSIGNED, null, null) : null;
		}
		// A signed jar with an entry nobody signed: added or changed after signing.
		return unsigned.isEmpty() ? null : new Refusal(Kind.CHANGED, unsigned.get(0), null);
	}

	/** The signature block itself (META-INF/MANIFEST.MF, *.SF, *.RSA/DSA/EC, SIG-*): signed by being the signature. */
	private static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return upper.equals(JarFile.MANIFEST_NAME) || upper.endsWith(".SF") || upper.endsWith(".RSA")
				|| upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
	}

	static String name(Certificate[] chain) {
		if (chain.length > 0 && chain[0] instanceof X509Certificate x509) {
			return x509.getSubjectX500Principal().getName();
		}
		return chain.length > 0 ? chain[0].getType() : "?";
	}
}
