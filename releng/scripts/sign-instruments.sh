#!/usr/bin/env bash
# Signs the instrument features' and bundles' jars of a built update site with jarsigner (run by the
# se.isu.repository build after assembling the site; tycho-p2-repository-plugin:fix-artifacts-metadata then writes the
# signed jars' sizes and checksums into artifacts.xml). Usage: sign-instruments.sh SITE SIGNING_DIR
#
# Key: by default a throwaway test key made here with keytool into SIGNING_DIR (a build folder, never committed),
# with its certificate in SIGNING_DIR/trusted/ — the allowlist ./isu hands the product (isu.p2.trustedCertificates).
# A unit's IT signs with its own key instead: ISU_SIGN_KEYSTORE (PKCS12), ISU_SIGN_ALIAS and ISU_SIGN_STOREPASS_FILE
# (a file holding the store password), and puts only its certificate in the workstations' allowlist
# (docs/security.md, "Signing a unit's own site").
set -euo pipefail

SITE=${1:?update site folder}
SIGNING=${2:?folder for the test key}
JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"

shopt -s nullglob
jars=("$SITE"/features/se.isu.instrument.*.jar "$SITE"/plugins/se.isu.instrument.*.jar)
[ ${#jars[@]} -gt 0 ] || { echo "sign-instruments: no instrument jars in $SITE (is the site assembled?)" >&2; exit 1; }

if [ -n "${ISU_SIGN_KEYSTORE:-}" ]; then
  keystore=$ISU_SIGN_KEYSTORE
  alias=${ISU_SIGN_ALIAS:?ISU_SIGN_ALIAS names the key in ISU_SIGN_KEYSTORE}
  storepass=${ISU_SIGN_STOREPASS_FILE:?ISU_SIGN_STOREPASS_FILE holds the store password}
else
  mkdir -p "$SIGNING/trusted"
  keystore="$SIGNING/isu-build-test.p12"
  alias=isu-build-test
  storepass="$SIGNING/storepass"
  if [ ! -f "$keystore" ]; then
    # A new random password and key for every clean build: nothing about this key outlives the build folder.
    head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$storepass"
    "${JDK_BIN}keytool" -genkeypair -storetype PKCS12 -keystore "$keystore" -storepass:file "$storepass" \
      -alias "$alias" -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 3650 \
      -dname "CN=ISU Workbench build test key, O=ISU Workbench, C=SE" 2>/dev/null
    "${JDK_BIN}keytool" -exportcert -rfc -storetype PKCS12 -keystore "$keystore" -storepass:file "$storepass" \
      -alias "$alias" -file "$SIGNING/trusted/isu-build-test.pem" 2>/dev/null
  fi
fi

for jar in "${jars[@]}"; do
  "${JDK_BIN}jarsigner" -keystore "$keystore" -storetype PKCS12 -storepass:file "$storepass" \
    -digestalg SHA-256 "$jar" "$alias" >/dev/null
done
echo "sign-instruments: signed ${#jars[@]} instrument jars in $SITE" >&2
