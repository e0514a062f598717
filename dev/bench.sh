#!/bin/bash
# netboot6 benchmark suite (issue 6): boot HTTP service vs nginx with wrk on [::1], callbacks counted in the
# database, scale 1k/10k/100k hosts (start-up, heap per host, add/remove, Kea render + kea-dhcp6 -t), JMH.
# Writes BENCHMARKS.md at the repository root. Not part of dev/test.sh; about 4 minutes on 2 cores.
# Debian 12, as root (missing packages are installed with apt-get; nginx runs as our own foreground process
# with a private config, never the system service). Tunables: NETBOOT6_BENCH_* (see BenchMain);
# NETBOOT6_BENCH_JAVA_OPTS is added to the benchmark JVM (e.g. -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."
. dev/lib.sh
require_root
install_packages openjdk-17-jdk-headless maven mariadb-client wrk nginx-light kea-dhcp6-server
ensure_database
work="$(mktemp -d /tmp/netboot6-bench.XXXXXX)"
cleanup() { stop_private_database; rm -rf "$work"; }
trap cleanup EXIT

log "building"
mvn -B -q -ntp install -Dmaven.test.skip=true -pl plugin,test -am || die "the build failed (see above)"
mvn -B -q -ntp -pl test dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=compile \
  || die "cannot resolve the test module's classpath"
# run from private copies: other builds in this checkout may rewrite target/ and the local repository meanwhile
mkdir -p "$work/jars"
cp -r test/target/classes "$work/classes"
cp="$work/classes"
IFS=: read -ra entries < "$work/classpath" || true  # no newline at the end of the file
for jar in "${entries[@]}"; do
  case "$jar" in
    */org/netboot6/*) cp "$jar" "$work/jars/" && cp="$cp:$work/jars/$(basename "$jar")" ;;
    *) cp="$cp:$jar" ;;
  esac
done

log "running (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
java ${NETBOOT6_BENCH_JAVA_OPTS:-} -cp "$cp" -Dlog4j2.configurationFile="$work/classes/org/netboot6/bench/log4j2-bench.xml" \
  -Dnetboot6.bench.dir="$work" org.netboot6.bench.BenchMain "$work" BENCHMARKS.md "dev/bench.sh"
