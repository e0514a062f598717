package org.netboot6.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One provisioning link: the /64 the hosts boot on, the interface the RA and DHCPv6 daemons serve it from,
 * the boot server (HTTP) and loader server (TFTP), DNS, the DHCPv6 pool that pre-OS stages draw from, and what
 * the router advertisements say. Valid on construction ({@link BootNetworkValidator}): a BootNetwork that exists
 * can be rendered. DNS servers are optional; without them every URL must use an IPv6 literal.
 */
public final class BootNetwork {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,14}");

    private final String name;
    private final String interfaceName;
    private final Ipv6Prefix prefix;
    private final Ipv6Address router;
    private final Ipv6Address bootServer;
    private final int bootPort;
    private final Ipv6Address tftpServer;
    /** More are never used (resolvers ask the first three) and would not fit the stored list. */
    public static final int MAX_DNS_SERVERS = 8;
    private final List<Ipv6Address> dnsServers;
    private final List<DomainName> searchDomains;
    private final Ipv6Address poolStart;
    private final Ipv6Address poolEnd;
    private final RouterAdvertisement routerAdvertisement;
    private final BootUrl loaderBaseUrl;

    private BootNetwork(Builder b) {
        name = require("name", b.name);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException("name", "must be 1-64 letters, digits, '.', '_' or '-': " + Printable.of(name));
        }
        interfaceName = require("interfaceName", b.interfaceName);
        if (!INTERFACE.matcher(interfaceName).matches()) {
            throw new InvalidValueException("interfaceName",
                    "must be a Linux interface name (1-15 letters, digits, '.', '_' or '-'): " + Printable.of(interfaceName));
        }
        if (interfaceName.equals("lo")) {
            throw new InvalidValueException("interfaceName", "must be the interface on the boot link, not the loopback "
                    + "interface lo (radvd and the DHCPv6 server would serve nobody)");
        }
        prefix = b.prefix;
        routerAdvertisement = require("routerAdvertisement", b.routerAdvertisement);
        router = require("router", b.router);
        bootServer = require("bootServer", b.bootServer);
        if (b.bootPort < 1 || b.bootPort > 65535) {
            throw new InvalidValueException("bootPort", "must be 1-65535, got " + b.bootPort);
        }
        bootPort = b.bootPort;
        tftpServer = b.tftpServer == null ? bootServer : b.tftpServer;
        if (b.dnsServers.size() > MAX_DNS_SERVERS) {
            throw new InvalidValueException("dnsServers", "at most " + MAX_DNS_SERVERS + " DNS servers, got "
                    + b.dnsServers.size());
        }
        List<Ipv6Address> dns = new ArrayList<>();
        for (int i = 0; i < b.dnsServers.size(); i++) {
            dns.add(require("dnsServers[" + i + "]", b.dnsServers.get(i)));
        }
        dnsServers = Collections.unmodifiableList(dns);
        searchDomains = Collections.unmodifiableList(new ArrayList<>(b.searchDomains));
        boolean slash64 = prefix != null && prefix.length() == 64;
        poolStart = b.poolStart != null || !slash64 ? b.poolStart : prefix.withInterfaceId(0x1000);
        poolEnd = b.poolEnd != null || !slash64 ? b.poolEnd : prefix.withInterfaceId(0x1fff);
        loaderBaseUrl = b.loaderBaseUrl;
        BootNetworkValidator.validate(this);
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is missing");
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    public String interfaceName() {
        return interfaceName;
    }

    public Ipv6Prefix prefix() {
        return prefix;
    }

    public Ipv6Address router() {
        return router;
    }

    public Ipv6Address bootServer() {
        return bootServer;
    }

    public int bootPort() {
        return bootPort;
    }

    public Ipv6Address tftpServer() {
        return tftpServer;
    }

    public List<Ipv6Address> dnsServers() {
        return dnsServers;
    }

    public List<DomainName> searchDomains() {
        return searchDomains;
    }

    public Ipv6Address poolStart() {
        return poolStart;
    }

    public Ipv6Address poolEnd() {
        return poolEnd;
    }

    /** The M/O/A flags and default-router role of the link's router advertisements; default {@link RouterAdvertisement#STATEFUL}. */
    public RouterAdvertisement routerAdvertisement() {
        return routerAdvertisement;
    }

    /**
     * Where UEFI HTTP-boot clients (arch 16/19) fetch EFI loaders; defaults to {@code <bootBaseUrl>/loaders}.
     * UEFI PXE clients fetch the same files from {@link #tftpServer()} instead.
     */
    public BootUrl loaderBaseUrl() {
        return loaderBaseUrl != null ? loaderBaseUrl : BootUrl.parse("loaderBaseUrl", bootBaseUrl() + "/loaders");
    }

    /** The loader URL the operator set, empty when {@link #loaderBaseUrl()} is the default. */
    public java.util.Optional<BootUrl> explicitLoaderBaseUrl() {
        return java.util.Optional.ofNullable(loaderBaseUrl);
    }

    /** Base of every boot-service URL, e.g. {@code http://[2001:db8:0:1::2]:8080/netboot6}. */
    public String bootBaseUrl() {
        return "http://" + bootServer.bracketed() + ":" + bootPort + "/netboot6";
    }

    public Builder toBuilder() {
        Builder b = new Builder().name(name).interfaceName(interfaceName).prefix(prefix).router(router)
                .bootServer(bootServer).bootPort(bootPort).tftpServer(tftpServer).poolStart(poolStart).poolEnd(poolEnd)
                .routerAdvertisement(routerAdvertisement).loaderBaseUrl(loaderBaseUrl);
        b.dnsServers.addAll(dnsServers);
        b.searchDomains.addAll(searchDomains);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BootNetwork)) {
            return false;
        }
        BootNetwork n = (BootNetwork) o;
        return name.equals(n.name) && interfaceName.equals(n.interfaceName) && prefix.equals(n.prefix)
                && router.equals(n.router) && bootServer.equals(n.bootServer) && bootPort == n.bootPort
                && tftpServer.equals(n.tftpServer) && dnsServers.equals(n.dnsServers)
                && searchDomains.equals(n.searchDomains) && poolStart.equals(n.poolStart) && poolEnd.equals(n.poolEnd)
                && routerAdvertisement.equals(n.routerAdvertisement) && loaderBaseUrl().equals(n.loaderBaseUrl());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, prefix, bootServer, bootPort);
    }

    public static final class Builder {
        private String name;
        private String interfaceName;
        private Ipv6Prefix prefix;
        private Ipv6Address router;
        private Ipv6Address bootServer;
        private int bootPort = 8080;
        private Ipv6Address tftpServer;
        private final List<Ipv6Address> dnsServers = new ArrayList<>();
        private final List<DomainName> searchDomains = new ArrayList<>();
        private Ipv6Address poolStart;
        private Ipv6Address poolEnd;
        private RouterAdvertisement routerAdvertisement = RouterAdvertisement.STATEFUL;
        private BootUrl loaderBaseUrl;

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder interfaceName(String v) {
            interfaceName = v;
            return this;
        }

        public Builder prefix(Ipv6Prefix v) {
            prefix = v;
            return this;
        }

        public Builder router(Ipv6Address v) {
            router = v;
            return this;
        }

        public Builder bootServer(Ipv6Address v) {
            bootServer = v;
            return this;
        }

        public Builder bootPort(int v) {
            bootPort = v;
            return this;
        }

        public Builder tftpServer(Ipv6Address v) {
            tftpServer = v;
            return this;
        }

        public Builder dnsServer(Ipv6Address v) {
            dnsServers.add(v);
            return this;
        }

        public Builder searchDomain(DomainName v) {
            searchDomains.add(v);
            return this;
        }

        public Builder clearDnsServers() {
            dnsServers.clear();
            return this;
        }

        public Builder clearSearchDomains() {
            searchDomains.clear();
            return this;
        }

        public Builder poolStart(Ipv6Address v) {
            poolStart = v;
            return this;
        }

        public Builder poolEnd(Ipv6Address v) {
            poolEnd = v;
            return this;
        }

        public Builder routerAdvertisement(RouterAdvertisement v) {
            routerAdvertisement = v;
            return this;
        }

        /** Null (the default) means {@code <bootBaseUrl>/loaders}. */
        public Builder loaderBaseUrl(BootUrl v) {
            loaderBaseUrl = v;
            return this;
        }

        public BootNetwork build() {
            return new BootNetwork(this);
        }
    }
}
