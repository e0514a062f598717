package org.netboot6.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides whether a boot network's router advertisements and DHCPv6 settings, taken
 * together, let every boot stage (firmware, iPXE, installer) get an address, a boot file URL and a route to
 * each server it must reach. Every {@link BootNetwork} passes it on construction; the first problem found is
 * thrown as an {@link InvalidValueException} naming the field to fix.
 */
public final class BootNetworkValidator {
    private BootNetworkValidator() {
    }

    static void validate(BootNetwork n) {
        Ipv6Prefix prefix = n.prefix();
        if (prefix == null) {
            throw new InvalidValueException("prefix",
                    "is missing: the RA must carry prefix information (an on-link /64) for clients to reach the boot server");
        }
        // FR-04: iPXE and EDK2 assume a /64 on-link prefix; SLAAC needs a /64 too
        if (prefix.length() != 64) {
            throw new InvalidValueException("prefix", "must be a /64 on a PXE link (SLAAC, iPXE and EDK2 assume /64), got /"
                    + prefix.length());
        }
        if (!prefix.network().isRoutableUnicast() || prefix.network().isLinkLocal()) {
            throw new InvalidValueException("prefix", "must be a global or unique-local unicast /64 (not multicast, "
                    + "link-local, loopback or ::), got " + prefix);
        }
        RouterAdvertisement ra = n.routerAdvertisement();
        if (!ra.usesDhcpv6()) {
            throw new InvalidValueException("routerAdvertisement", "M=0 and O=0 leave firmware without a DHCPv6 answer "
                    + "(no boot file URL, the boot stops): set M=1 (stateful) or O=1 (stateless)");
        }
        if (!ra.managed() && !ra.autonomous()) {
            throw new InvalidValueException("routerAdvertisement",
                    "M=0 and A=0 give hosts no global address: set M=1 (DHCPv6 addresses) or A=1 (SLAAC)");
        }
        Ipv6Address router = n.router();
        if (!router.isLinkLocal() && !prefix.contains(router)) {
            throw new InvalidValueException("router", "must be a link-local address or inside " + prefix + ", got " + router);
        }
        reachable(n, "bootServer", n.bootServer());
        reachable(n, "tftpServer", n.tftpServer());
        List<Ipv6Address> dns = n.dnsServers();
        for (int i = 0; i < dns.size(); i++) {
            reachable(n, "dnsServers[" + i + "]", dns.get(i));
        }
        Distinct.require("dnsServers", dns);
        // DomainName is lower case: lab.example and LAB.example repeat each other
        Distinct.require("searchDomains", n.searchDomains());
        BootUrl loaders = n.loaderBaseUrl();
        if (!loaders.scheme().equals("http")) {
            throw new InvalidValueException("loaderBaseUrl",
                    "must be an http:// URL (UEFI HTTP boot clients fetch the EFI loader from it), got " + loaders);
        }
        url(n, "loaderBaseUrl", loaders);
        pool(n, prefix);
    }

    /**
     * Whether the hosts of boot network {@code n} can install profile {@code p}: every URL the installer fetches is
     * reachable from the network (a literal it can route to, or a DNS name only where the network delivers DNS), and
     * a Debian installer gets SLAAC on the install link (d-i gives up its DHCPv6 address after netcfg, so without the
     * A flag it cannot reach anything off-link; lab notes, pitfall 10).
     */
    public static void installable(BootNetwork n, InstallProfile p) {
        url(n, "kernelUrl", p.kernelUrl());
        url(n, "initrdUrl", p.initrdUrl());
        url(n, "mirror", p.mirror());
        if (p.isoUrl().isPresent()) {
            url(n, "isoUrl", p.isoUrl().get());
        }
        if (p.release().family() == OsFamily.DEBIAN && !n.routerAdvertisement().autonomous()) {
            throw new InvalidValueException("profile", p.name() + " installs " + p.release().id() + ", whose installer "
                    + "needs SLAAC on the install link, but boot network " + n.name() + " sends router advertisements "
                    + "without the A flag (raautonomous=false)");
        }
    }

    /** A URL clients fetch: its literal must be reachable, its DNS name needs a DNS server the network delivers. */
    private static void url(BootNetwork n, String field, BootUrl url) {
        if (url.literal().isPresent()) {
            reachable(n, field, url.literal().get());
        } else if (n.dnsServers().isEmpty()) {
            throw new InvalidValueException(field, "uses the DNS name " + url.dnsName().get()
                    + " but the network delivers no DNS server (dnsServers is empty): use a bracketed IPv6 literal");
        }
    }

    private static void reachable(BootNetwork n, String field, Ipv6Address a) {
        if (!a.isRoutableUnicast()) {
            throw new InvalidValueException(field,
                    "must be a global unicast address (link-local, multicast, loopback and :: cannot go into a boot URL): " + a);
        }
        if (a.equals(n.prefix().network())) {
            throw new InvalidValueException(field, "is the subnet-router anycast address of " + n.prefix()
                    + " (RFC 4291 2.6.1): whichever router is nearest answers it, not a server: " + a);
        }
        if (!n.prefix().contains(a) && !n.routerAdvertisement().defaultRouter()) {
            throw new InvalidValueException(field, "is not on-link (outside " + n.prefix()
                    + ") and the RA advertises no default router, so clients have no route to " + a);
        }
    }

    private static void pool(BootNetwork n, Ipv6Prefix prefix) {
        Ipv6Address start = n.poolStart();
        Ipv6Address end = n.poolEnd();
        if (!prefix.contains(start)) {
            throw new InvalidValueException("poolStart", "must be inside " + prefix + ", got " + start);
        }
        if (!prefix.contains(end)) {
            throw new InvalidValueException("poolEnd", "must be inside " + prefix + ", got " + end);
        }
        if (start.compareTo(end) > 0) {
            throw new InvalidValueException("poolEnd", "must not be below poolStart " + start + ", got " + end);
        }
        // hosts' static addresses are planned at random outside the pool: a pool of over half the /64 leaves them
        // too little room to be found (a /65 or smaller always leaves enough)
        if (Long.compareUnsigned(end.low() - start.low(), Long.MIN_VALUE) >= 0) {
            throw new InvalidValueException("poolEnd", "pool " + start + "-" + end + " covers more than half of "
                    + prefix + "; netboot6 plans hosts' static addresses outside the pool: use a smaller pool (an /80 "
                    + "holds 2^48 addresses)");
        }
        List<Ipv6Address> fixedAddresses = new ArrayList<>(List.of(n.router(), n.bootServer(), n.tftpServer()));
        fixedAddresses.addAll(n.dnsServers());
        for (Ipv6Address fixed : fixedAddresses) {
            if (start.compareTo(fixed) <= 0 && fixed.compareTo(end) <= 0) {
                throw new InvalidValueException("poolStart", "pool " + start + "-" + end + " contains the fixed address " + fixed);
            }
        }
    }
}
