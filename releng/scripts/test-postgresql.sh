#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for ./isu test (docs/testing.md, "Both databases").
#
#   test-postgresql.sh start DIR    initdb in DIR, start on a free loopback port, create the test roles and one
#                                   database per suite; writes DIR/admin.properties and DIR/homes/<suite>/
#   test-postgresql.sh stop DIR     stop the cluster (immediately: it is thrown away) and remove DIR
#
# PostgreSQL refuses to run as root: as root the cluster runs as the unprivileged user $ISU_PG_USER (default
# nobody); otherwise as the caller. As root with no server binaries, Debian's postgresql is installed with apt.
set -euo pipefail

SUITES=(se.isu.store.tests se.isu.core.tests se.isu.cli.tests)

say() { printf 'isu test-postgresql: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# The newest server binaries: Debian keeps them in /usr/lib/postgresql/<major>/bin, off the PATH.
find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r) ""; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

ensure_bin() {
  local bin
  if bin=$(find_bin); then echo "$bin"; return 0; fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing postgresql with apt-get"
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    # Debian's package creates and starts a cluster of its own; the tests use only their own.
    bin=$(find_bin) || die "postgresql was installed but initdb/pg_ctl are not found"
    echo "$bin"; return 0
  fi
  die "PostgreSQL 15 or newer is needed for the PostgreSQL half of the tests: sudo apt-get install -y postgresql"
}

# As root the server runs as an unprivileged user; everyone else runs it as themselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "${ISU_PG_USER:-nobody}" -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "no free loopback port found"
}

psql_admin() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres "$@"; }

start() {
  local dir=$1
  BIN=$(ensure_bin)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  mkdir -p "$dir/data" "$dir/socket"
  if [ "$(id -u)" -eq 0 ]; then chown -R "${ISU_PG_USER:-nobody}" "$dir/data" "$dir/socket"; fi
  # Sorting as C (byte order: LIKE 'prefix%' can use an index), character classes of a UTF-8 locale so that LOWER('Ö')
  # is 'ö' (the store refuses a database where it is not: case search lower-cases names in SQL).
  local ctype
  ctype=$(locale -a 2>/dev/null | grep -i -m1 -E '^(C\.utf-?8|sv_SE\.utf-?8|en_US\.utf-?8)$' || true)
  if [ -z "$ctype" ] && [ "$(id -u)" -eq 0 ] && command -v locale-gen >/dev/null 2>&1; then
    { grep -q '^sv_SE.UTF-8' /etc/locale.gen 2>/dev/null || echo 'sv_SE.UTF-8 UTF-8' >> /etc/locale.gen; } \
      && locale-gen sv_SE.UTF-8 >/dev/null 2>&1 || true
    ctype=$(locale -a 2>/dev/null | grep -i -m1 -E '^sv_SE\.utf-?8$' || true)
  fi
  [ -n "$ctype" ] || die "no UTF-8 locale (C.UTF-8, sv_SE.UTF-8 or en_US.UTF-8) for the test cluster; as root: apt-get install -y locales"
  as_owner "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --lc-collate=C --lc-ctype="$ctype" --lc-messages=C \
    --lc-monetary=C --lc-numeric=C --lc-time=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  PORT=$(free_port)
  # TLS as a unit's server has it, for the connection tests (TlsConnectionTest): a throwaway CA signs a certificate for
  # the name localhost only (so verify-full to 127.0.0.1 must fail); a second CA signs nothing (a wrong trust anchor).
  local tls_opts=""
  if command -v openssl >/dev/null 2>&1; then
    make_tls "$dir/tls"
    tls_opts="-c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
  else
    say "openssl is missing: the test cluster runs without TLS and the TLS connection tests fail (apt-get install -y openssl)"
  fi
  # Durability is not what these tests are about: fsync off keeps the suite fast.
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 -o "-p $PORT -k $dir/socket \
    -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c max_connections=200 $tls_opts" start >/dev/null || { cat "$dir/data/server.log" >&2; die "the test cluster did not start"; }
  PSQL="$BIN/psql"
  [ -x "$PSQL" ] || PSQL=$(command -v psql) || die "psql is missing (apt-get install -y postgresql-client)"
  # The roles of a real installation (docs/deploying.md): the owner runs migrations, the application only works.
  psql_admin -c "CREATE ROLE isu_owner LOGIN" -c "CREATE ROLE isu_app LOGIN"
  mkdir -p "$dir/homes"
  local suite db
  for suite in "${SUITES[@]}"; do
    db="isu_$(echo "${suite%.tests}" | sed 's/^se\.isu\.//')_suite"
    psql_admin -c "CREATE DATABASE $db OWNER isu_owner"
    mkdir -p "$dir/homes/$suite"
    cat > "$dir/homes/$suite/database.properties" <<PROPS
# Written by releng/scripts/test-postgresql.sh for the PostgreSQL run of $suite.
url=jdbc:postgresql://127.0.0.1:$PORT/$db
user=isu_owner
PROPS
  done
  cat > "$dir/admin.properties" <<PROPS
# The superuser of the throwaway cluster (trust on loopback): tests create a database per test with it.
url=jdbc:postgresql://127.0.0.1:$PORT/postgres
user=postgres
port=$PORT
bin=$BIN
PROPS
  if [ -n "$tls_opts" ]; then
    printf 'tls-ca=%s\ntls-other-ca=%s\n' "$dir/tls/root.crt" "$dir/tls/other.crt" >> "$dir/admin.properties"
  fi
  say "PostgreSQL $("$BIN/postgres" --version 2>/dev/null | awk '{print $3}') on 127.0.0.1:$PORT in $dir"
}

# A CA, a server certificate it signs for DNS:localhost (no IP address), and an unrelated second CA.
make_tls() {
  local tls=$1
  mkdir -p "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ISU test CA" -keyout "$tls/root.key" \
    -out "$tls/root.crt" >/dev/null 2>&1 || die "openssl could not make the test CA"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ISU other CA" -keyout "$tls/other.key" \
    -out "$tls/other.crt" >/dev/null 2>&1 || die "openssl could not make the second test CA"
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" \
    >/dev/null 2>&1 || die "openssl could not make the server key"
  printf 'subjectAltName=DNS:localhost\n' > "$tls/server.ext"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/root.crt" -CAkey "$tls/root.key" -CAcreateserial -days 2 \
    -extfile "$tls/server.ext" -out "$tls/server.crt" >/dev/null 2>&1 || die "openssl could not sign the server certificate"
  chmod 600 "$tls/server.key"
  if [ "$(id -u)" -eq 0 ]; then chown -R "${ISU_PG_USER:-nobody}" "$tls"; fi
  chmod 755 "$tls"; chmod 644 "$tls/root.crt" "$tls/other.crt"
}

stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    BIN=$(find_bin) || true
    as_owner "${BIN:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) [ -n "${2:-}" ] || die "usage: $0 start DIR"; start "$2" ;;
  stop) [ -n "${2:-}" ] || die "usage: $0 stop DIR"; stop "$2" ;;
  *) die "usage: $0 start|stop DIR" ;;
esac
