#!/usr/bin/env bash
# The "Done when" scenario of issue 16 on the materialised base product (run by ./isu test after the build, or alone
# with ./isu product-test). Works on copies of the product and a fresh ISU home in a temporary folder, so the built
# product is never changed:
#   install ASI from the built update site -> ./isu instruments lists it -> ASI assessments are created ->
#   remove ASI -> restart -> the assessments read as before (answers and stored scores) -> reinstall -> they open on
#   the version they were answered on; a unit profile applies; a case worker may not install; every install and
#   removal is in the access log; a tampered, an unsigned and an untrusted ASI are refused (the build signs the
#   instruments with a test key whose certificate ./isu trusts). Prints the times of install and removal.
set -euo pipefail

PRODUCT=${1:?product folder}
SITE=${2:?update site folder}
ISU=${3:?path of the isu script}
ASI=se.isu.instrument.asi.feature

WORK=$(mktemp -d "${TMPDIR:-/tmp}/isu-product-test.XXXXXX")
trap 'status=$?; if [ $status -ne 0 ]; then echo "product-test: FAILED (kept $WORK for inspection)" >&2; else rm -rf "$WORK"; fi' EXIT

step() { printf '\nproduct-test: %s\n' "$*" >&2; }
fail() { echo "product-test: FAIL: $*" >&2; exit 1; }
# One headless run of the product copy $PRODUCT_COPY on the home $HOME_DIR (a fresh JVM each time: a restart).
cli() { ISU_PRODUCT_DIR="$PRODUCT_COPY" ISU_HOME="$HOME_DIR" ISU_REPOSITORY="${REPOSITORY:-$SITE}" "$ISU" __launch cli "$@"; }
admin() { ISU_USER=admin ISU_PASSWORD=isu-demo cli "$@"; }
worker() { ISU_USER=handlaggare ISU_PASSWORD=isu-demo cli "$@"; }
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

PRODUCT_COPY="$WORK/product"
HOME_DIR="$WORK/home"
cp -a "$PRODUCT" "$PRODUCT_COPY"

step "a fresh home on the base product: demo accounts, no instrument installed"
admin demo-data --cases 0 >/dev/null
admin plugins list > "$WORK/list0.txt"
grep -q "inga instrument" "$WORK/list0.txt" || fail "the base product lists instruments: $(cat "$WORK/list0.txt")"
cli instruments > "$WORK/instruments0.txt" || true
! grep -q '^asi' "$WORK/instruments0.txt" || fail "ASI is in the base product"
admin plugins list --available > "$WORK/available.txt"
grep -q "$ASI" "$WORK/available.txt" || fail "the built site does not offer ASI: $(cat "$WORK/available.txt")"

step "a case worker may not install"
if worker plugins install "$ASI" 2> "$WORK/denied.txt"; then fail "a case worker installed ASI"; fi
grep -q "Nekad" "$WORK/denied.txt" || fail "no refusal: $(cat "$WORK/denied.txt")"

step "install ASI from the built site"
t0=$(seconds); admin plugins install "$ASI"; t1=$(seconds)
INSTALL_TIME=$(elapsed "$t0" "$t1")
cli instruments > "$WORK/instruments1.txt"
grep -q '^asi\.grund' "$WORK/instruments1.txt" || fail "./isu instruments does not list ASI after the install: $(cat "$WORK/instruments1.txt")"

step "ASI assessments are created (demo cases answer the installed instruments)"
admin demo-data --cases 30 --seed 5 >/dev/null
worker assessments --instrument asi.grund > "$WORK/before.txt"
count=$(($(wc -l < "$WORK/before.txt") - 1))
[ "$count" -ge 1 ] || fail "no ASI assessment was created"
echo "  $count ASI Grund assessments" >&2

step "remove ASI, then restart"
t0=$(seconds); admin plugins remove "$ASI"; t1=$(seconds)
REMOVE_TIME=$(elapsed "$t0" "$t1")
cli instruments > "$WORK/instruments2.txt" || true
! grep -q '^asi' "$WORK/instruments2.txt" || fail "ASI still listed after removal and restart"
[ -z "$(ls "$PRODUCT_COPY"/plugins | grep '^se.isu.instrument.asi_' || true)" ] || echo "  (the ASI jar stays in the bundle pool until p2's garbage collector runs)" >&2

step "the assessments read as before: answers and stored scores"
worker assessments --instrument asi.grund > "$WORK/after.txt"
cut -f1-6 "$WORK/before.txt" > "$WORK/before.cut"; cut -f1-6 "$WORK/after.txt" > "$WORK/after.cut"
diff "$WORK/before.cut" "$WORK/after.cut" || fail "assessments read differently after the removal"
tail -n +2 "$WORK/after.txt" | cut -f7 | sort -u | grep -q "not installed" || fail "the form should be missing while ASI is removed"

step "reinstall: the assessments open on the version they were answered on"
admin plugins install "$ASI" >/dev/null
worker assessments --instrument asi.grund > "$WORK/again.txt"
diff "$WORK/before.txt" "$WORK/again.txt" || fail "assessments differ after reinstalling"
tail -n +2 "$WORK/again.txt" | awk -F'\t' '$3 != $7 { bad = 1 } END { exit bad }' || fail "an assessment opens on another version"

step "the access log holds the installs and removals"
admin log review > "$WORK/log.txt"
# the review counts entries per user and action: admin installed twice and removed once
[ "$(awk -F'\t' '$1 == "admin" && $2 == "PLUGIN_INSTALL" { print $3 }' "$WORK/log.txt")" = 2 ] \
  || fail "expected 2 PLUGIN_INSTALL entries: $(grep PLUGIN "$WORK/log.txt" || true)"
[ "$(awk -F'\t' '$1 == "admin" && $2 == "PLUGIN_REMOVE" { print $3 }' "$WORK/log.txt")" = 1 ] \
  || fail "expected 1 PLUGIN_REMOVE entry: $(grep PLUGIN "$WORK/log.txt" || true)"

step "a unit profile: remove and install by file"
printf 'repository=%s\nremove=%s\n' "$SITE" "$ASI" > "$WORK/remove-profile.txt"
admin plugins apply "$WORK/remove-profile.txt" >/dev/null
cli instruments > "$WORK/instruments3.txt" || true
! grep -q '^asi' "$WORK/instruments3.txt" || fail "the profile did not remove ASI"
printf '# Vuxenenheten\nrepository=%s\ninstrument=%s\n' "$SITE" "$ASI" > "$WORK/unit-profile.txt"
admin plugins apply "$WORK/unit-profile.txt" >/dev/null
cli instruments | grep -q '^asi\.grund' || fail "the profile did not install ASI"

step "a tampered artifact is refused (a fresh base product, a site whose ASI jar changed after publishing)"
# site-jar.py changes the ASI jar of a copied site: "change" one entry, or "unsign" it (signature files removed);
# with --fix-checksums it also rewrites artifacts.xml to match, as someone who can write the whole repository would.
cat > "$WORK/site-jar.py" <<'PY'
import hashlib, lzma, os, re, shutil, sys, zipfile
site, prefix, mode = sys.argv[1], sys.argv[2], sys.argv[3]
fix = "--fix-checksums" in sys.argv
path = [os.path.join(site, "plugins", f) for f in sorted(os.listdir(os.path.join(site, "plugins"))) if f.startswith(prefix + "_")][0]
src = zipfile.ZipFile(path)
out = zipfile.ZipFile(path + ".new", "w", zipfile.ZIP_DEFLATED)
changed = False
for info in src.infolist():
    data = src.read(info.filename)
    name = info.filename.upper()
    if mode == "unsign" and name.startswith("META-INF/") and name.count("/") == 1 and name.endswith((".SF", ".EC", ".RSA", ".DSA")):
        continue
    if mode == "change" and not changed and info.filename.endswith(".xml"):
        data = data + b"\n<!-- changed after publishing -->\n"
        changed = True
    out.writestr(info, data)
out.close(); src.close()
shutil.move(path + ".new", path)
if fix:
    # one plain artifacts.xml with the changed jar's size and checksums; p2 reads it when the compressed forms are gone
    if os.path.exists(os.path.join(site, "artifacts.xml.xz")):
        xml = lzma.open(os.path.join(site, "artifacts.xml.xz")).read().decode("utf-8")
    else:
        xml = zipfile.ZipFile(os.path.join(site, "artifacts.jar")).read("artifacts.xml").decode("utf-8")
    data = open(path, "rb").read()
    base = os.path.basename(path)[:-4]
    artifact_id, version = base.split("_", 1)
    start = xml.index("<artifact classifier='osgi.bundle' id='%s' version='%s'>" % (artifact_id, version))
    end = xml.index("</artifact>", start)
    block = xml[start:end]
    values = {"download.size": str(len(data)), "artifact.size": str(len(data)),
              "download.checksum.sha-512": hashlib.sha512(data).hexdigest(),
              "download.checksum.sha-256": hashlib.sha256(data).hexdigest(),
              "download.checksum.md5": hashlib.md5(data).hexdigest(), "download.md5": hashlib.md5(data).hexdigest()}
    for key, value in values.items():
        block = re.sub("(<property name='%s' value=')[^']*(')" % re.escape(key), lambda m: m.group(1) + value + m.group(2), block)
    xml = xml[:start] + block + xml[end:]
    for f in ("artifacts.jar", "artifacts.xml.xz", "p2.index"):
        if os.path.exists(os.path.join(site, f)):
            os.remove(os.path.join(site, f))
    open(os.path.join(site, "artifacts.xml"), "w", encoding="utf-8").write(xml)
PY
refused() { # $1 site, $2 file for the message, $3 what the message must say
  if REPOSITORY="$1" admin plugins install "$ASI" 2> "$2"; then fail "ASI from $1 was installed"; fi
  grep -q "$3" "$2" || fail "no clear refusal ($3): $(cat "$2")"
  echo "  refused: $(head -c 300 "$2")" >&2
}
copy_site() { rm -rf "$1"; cp -a "$SITE" "$1"; }
PRODUCT_COPY="$WORK/product2"; HOME_DIR="$WORK/home2"
cp -a "$PRODUCT" "$PRODUCT_COPY"
admin demo-data --cases 0 >/dev/null
copy_site "$WORK/tampered-site"
python3 "$WORK/site-jar.py" "$WORK/tampered-site" se.isu.instrument.asi change
# p2 checks the checksum and the signed entries on download; either names the change
refused "$WORK/tampered-site" "$WORK/tampered.txt" "kontrollsumma\|ändrats efter att det signerades"

step "the same change with the repository's checksums rewritten to match: refused by the signature"
copy_site "$WORK/rewritten-site"
python3 "$WORK/site-jar.py" "$WORK/rewritten-site" se.isu.instrument.asi change --fix-checksums
refused "$WORK/rewritten-site" "$WORK/rewritten.txt" "har ändrats efter att det signerades"

step "an unsigned ASI (signature removed, checksums matching) is refused by default"
copy_site "$WORK/unsigned-site"
python3 "$WORK/site-jar.py" "$WORK/unsigned-site" se.isu.instrument.asi unsign --fix-checksums
refused "$WORK/unsigned-site" "$WORK/unsigned.txt" "inte signerad"

step "the built site's signer is trusted only through the allowlist: with none, the signed ASI is refused"
if ISU_TRUSTED_CERTIFICATES="$WORK/no-certificates" admin plugins install "$ASI" 2> "$WORK/untrusted.txt"; then
  fail "ASI installed with no trusted certificate"
fi
grep -q "inga betrodda certifikat" "$WORK/untrusted.txt" || fail "no clear refusal: $(cat "$WORK/untrusted.txt")"
echo "  refused: $(head -c 300 "$WORK/untrusted.txt")" >&2
cli instruments > "$WORK/instruments4.txt" || true
! grep -q '^asi' "$WORK/instruments4.txt" || fail "ASI is installed after the refusals"

step "PASSED: install ${INSTALL_TIME} s, removal ${REMOVE_TIME} s (each one headless ./isu run, JVM start included)"
