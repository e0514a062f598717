#!/bin/sh
# Builds (once) and caches a Debian 12 minbase root with a Java runtime and the Debian JDBC driver,
# as a tarball the chroot tests unpack for each test class.
#   usage: chroot-base.sh CACHE_DIR      prints the tarball's path on stdout
# Mirror: $NETBOOT6_DEBIAN_MIRROR, else the first Debian URI this host's apt uses.
set -eu
cache=${1:?usage: chroot-base.sh CACHE_DIR}
suite=bookworm
extra="openjdk-17-jre-headless default-jre-headless libmariadb-java"
# bump when the package list or the recipe changes, so stale caches are not reused
recipe=1
tarball="$cache/$suite-minbase-jre-r$recipe.tar.gz"
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if [ -s "$tarball" ]; then
    echo "$tarball"
    exit 0
fi

mirror=${NETBOOT6_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
             | grep -v -- '-security' | head -n 1 || true)
fi
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\).*/\2/p' \
             /etc/apt/sources.list 2>/dev/null | grep -v -- '-security' | head -n 1 || true)
fi
[ -n "$mirror" ] || { echo "chroot-base: no Debian mirror found; set NETBOOT6_DEBIAN_MIRROR" >&2; exit 2; }

work=$(mktemp -d "$cache/build.XXXXXX")
cleanup() {
    umount "$work/root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
echo "chroot-base: debootstrap $suite from $mirror into $work/root" >&2
debootstrap --variant=minbase "$suite" "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
mount -t proc proc "$work/root/proc"
chroot "$work/root" sh -c "export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8;
    apt-get update -q && apt-get install -y -q --no-install-recommends $extra && apt-get clean" \
    >"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; exit 1; }
umount "$work/root/proc"
rm -rf "$work/root/var/lib/apt/lists/"*
tar -C "$work/root" -czf "$tarball.tmp" .
mv "$tarball.tmp" "$tarball"
echo "$tarball"
