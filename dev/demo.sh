#!/bin/bash
# Builds netboot6 and runs the IPv6 netboot lab: a BIOS iPXE host and a UEFI PXEv6 host boot over IPv6 only
# (radvd + Kea DHCPv6 + netboot6's boot service), each ending in state DONE. Debian 12, as root.
set -euo pipefail
cd "$(dirname "$0")/.."
. dev/lib.sh
require_root
install_packages $NETBOOT6_PACKAGES
ensure_database
trap stop_private_database EXIT
log "building netboot6"
mvn -B -ntp -q -DskipTests install -pl test -am
mvn -B -ntp -q -pl test dependency:build-classpath -Dmdep.outputFile=target/demo.classpath
log "running the lab"
java -cp "test/target/classes:$(cat test/target/demo.classpath)" org.netboot6.lab.LabDemo
