package se.isu.provisioning.internal;

import java.security.cert.Certificate;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * Answers p2's trust questions without a dialog, so the workbench and the CLI decide alike: no certificate or PGP key
 * that p2 does not already trust is accepted, and unsigned artifacts are accepted only while the installation does not
 * require signatures ({@code -Disu.p2.requireSigned=true} refuses them). p2 itself verifies checksums of every
 * artifact it downloads and the signatures of signed jars; see docs/security.md.
 */
final class TrustPolicy extends UIServices {

	static final String REQUIRE_SIGNED_PROPERTY = "isu.p2.requireSigned";

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
		boolean acceptUnsigned = !Boolean.getBoolean(REQUIRE_SIGNED_PROPERTY);
		return new TrustInfo(new Certificate[0], false, acceptUnsigned);
	}
}
