package se.isu.provisioning.internal;

import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Objects;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * Answers p2's trust questions (its CheckTrust phase) without a dialog, so the workbench and the CLI decide alike: a
 * signer is trusted only when its certificate is on this installation's allowlist ({@link TrustedSigners}); unsigned
 * artifacts are refused unless the installation was started with {@code -Disu.p2.requireSigned=false}. Nothing is
 * remembered: the allowlist is asked again at every change. Our own check in {@link P2InstrumentProvisioning} runs
 * first and gives the precise message; this is the second wall, inside p2's engine. See docs/security.md.
 */
final class TrustPolicy extends UIServices {

	static final String REQUIRE_SIGNED_PROPERTY = "isu.p2.requireSigned";

	private final TrustedSigners signers;
	private final boolean requireSigned;

	TrustPolicy(TrustedSigners signers, boolean requireSigned) {
		this.signers = signers;
		this.requireSigned = requireSigned;
	}

	/** Signatures are required unless the property says false, so a missing or mistyped setting stays strict. */
	static boolean requireSigned(String value) {
		return !"false".equalsIgnoreCase(value == null ? "" : value.strip());
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return null; // repositories needing a password are not supported: nothing is asked or stored
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return null;
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		Certificate[] trusted = untrustedChains == null ? new Certificate[0]
				: Arrays.stream(untrustedChains).filter(Objects::nonNull).filter(signers::trusts).map(chain -> chain[0])
						.toArray(Certificate[]::new);
		return new TrustInfo(trusted, false, !requireSigned);
	}
}
