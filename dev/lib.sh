# Shared by dev/demo.sh and dev/test.sh: installs what netboot6's lab and tests need and finds a database.
# Sourced, not run. Debian 12, as root.

# lab: daemons, qemu and firmware, the Debian installer; packaging: debootstrap, lintian, dpkg-dev;
# renderer checks: the tools that read each generated file (debconf, cloud-init, netplan, ifupdown, NetworkManager)
NETBOOT6_PACKAGES="openjdk-17-jdk-headless maven iproute2 procps mariadb-client python3 python3-yaml \
  radvd kea-dhcp6-server isc-dhcp-server dnsmasq-base qemu-system-x86 ovmf ipxe debian-installer-12-netboot-amd64 \
  debootstrap lintian dpkg-dev debconf cloud-init netplan.io ifupdown network-manager"

log() { printf '==> %s\n' "$*"; }
die() { printf 'netboot6: %s\n' "$*" >&2; exit 1; }

require_root() {
  [ "$(id -u)" = 0 ] || die "run this as root: the lab creates network namespaces and tap devices, and missing Debian packages are installed with apt-get"
}

# Installs the Debian packages that are missing. Daemons are not started by apt: the lab runs its own
# copies inside network namespaces.
install_packages() {
  missing=""
  for p in "$@"; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  log "installing Debian packages:$missing"
  own_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && own_policy=1
  fi
  apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || die "apt-get install of$missing failed"
  [ -n "$own_policy" ] && rm -f /usr/sbin/policy-rc.d
  return 0
}

db_answers() { # host port user password
  MYSQL_PWD="$4" mariadb-admin --protocol=tcp -h "$1" -P "$2" -u "$3" --connect-timeout=3 ping >/dev/null 2>&1
}

# Exports NETBOOT6_DB_URL/USER/PASSWORD: the one given, else MariaDB on 127.0.0.1:3306 if it answers as root,
# else a private throwaway MariaDB on 127.0.0.1:3307 (stopped by stop_private_database).
ensure_database() {
  if [ -n "${NETBOOT6_DB_URL:-}" ]; then
    log "database: $NETBOOT6_DB_URL (from NETBOOT6_DB_URL)"
    return 0
  fi
  export NETBOOT6_DB_USER="${NETBOOT6_DB_USER:-root}" NETBOOT6_DB_PASSWORD="${NETBOOT6_DB_PASSWORD:-}"
  if db_answers 127.0.0.1 3306 "$NETBOOT6_DB_USER" "$NETBOOT6_DB_PASSWORD"; then
    export NETBOOT6_DB_URL="jdbc:mariadb://127.0.0.1:3306/"
    log "database: MariaDB on 127.0.0.1:3306"
    return 0
  fi
  install_packages mariadb-server
  NETBOOT6_PRIVATE_DB="$(mktemp -d /var/tmp/netboot6-mariadb.XXXXXX)"
  log "database: no MariaDB answers on 127.0.0.1:3306; starting a private one in $NETBOOT6_PRIVATE_DB on 127.0.0.1:3307"
  mariadb-install-db --no-defaults --user=root --datadir="$NETBOOT6_PRIVATE_DB/data" --auth-root-authentication-method=normal \
    --skip-test-db >"$NETBOOT6_PRIVATE_DB/install.log" 2>&1 || die "mariadb-install-db failed: see $NETBOOT6_PRIVATE_DB/install.log"
  mariadbd --no-defaults --user=root --datadir="$NETBOOT6_PRIVATE_DB/data" --socket="$NETBOOT6_PRIVATE_DB/mysqld.sock" \
    --pid-file="$NETBOOT6_PRIVATE_DB/mysqld.pid" --port=3307 --bind-address=127.0.0.1 \
    --log-error="$NETBOOT6_PRIVATE_DB/error.log" &
  for _ in $(seq 1 60); do
    db_answers 127.0.0.1 3307 root "" && break
    sleep 0.5
  done
  db_answers 127.0.0.1 3307 root "" || die "the private MariaDB did not start: see $NETBOOT6_PRIVATE_DB/error.log"
  export NETBOOT6_DB_URL="jdbc:mariadb://127.0.0.1:3307/" NETBOOT6_DB_USER=root NETBOOT6_DB_PASSWORD=""
}

stop_private_database() {
  [ -n "${NETBOOT6_PRIVATE_DB:-}" ] || return 0
  if [ -f "$NETBOOT6_PRIVATE_DB/mysqld.pid" ]; then
    kill "$(cat "$NETBOOT6_PRIVATE_DB/mysqld.pid")" 2>/dev/null || true
    sleep 2
  fi
  rm -rf "$NETBOOT6_PRIVATE_DB"
}
