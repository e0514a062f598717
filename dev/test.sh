#!/bin/bash
# Runs every netboot6 test: unit tests, MariaDB integration tests, the IPv6 netboot lab (qemu + iPXE over
# IPv6 only), the Debian package tests. Installs what is missing first. Debian 12, as root.
set -euo pipefail
cd "$(dirname "$0")/.."
. dev/lib.sh
require_root
install_packages $NETBOOT6_PACKAGES
ensure_database
trap stop_private_database EXIT
mvn -B -ntp verify "$@"
