package org.netboot6.model;

import java.util.List;
import java.util.Optional;

/**
 * The installed host's network, as every host-network and installer renderer needs it: name, uplink, addressing,
 * the planned address, gateway and DNS of its boot network.
 */
public final class HostNetwork {
    private final Hostname hostname;
    private final DomainName domain;
    private final HostLink link;
    private final AddressingMode addressing;
    private final Ipv6Address address;
    private final Ipv6Prefix prefix;
    private final Ipv6Address gateway;
    private final List<Ipv6Address> dnsServers;
    private final List<DomainName> searchDomains;

    private HostNetwork(BootNetwork network, Hostname hostname, HostLink link, AddressingMode addressing,
            Ipv6Address address) {
        this.hostname = hostname;
        this.link = link;
        this.addressing = addressing;
        this.address = address;
        this.prefix = network.prefix();
        this.gateway = network.router();
        this.dnsServers = network.dnsServers();
        this.searchDomains = network.searchDomains();
        this.domain = searchDomains.isEmpty() ? null : searchDomains.get(0);
    }

    /**
     * @param plannedAddress the host's planned address (see the address planner); required for both modes, since
     *                       even a SLAAC host is registered under it in CloudStack
     */
    public static HostNetwork on(BootNetwork network, Hostname hostname, HostLink link, AddressingMode addressing,
            Ipv6Address plannedAddress) {
        if (network == null) {
            throw new InvalidValueException("network", "is missing");
        }
        if (hostname == null) {
            throw new InvalidValueException("hostname", "is missing");
        }
        if (link == null) {
            throw new InvalidValueException("link", "is missing");
        }
        if (addressing == null) {
            throw new InvalidValueException("addressing", "is missing");
        }
        if (plannedAddress == null) {
            throw new InvalidValueException("address", "is missing");
        }
        if (!network.prefix().contains(plannedAddress)) {
            throw new InvalidValueException("address", "must be inside " + network.prefix() + ", got " + plannedAddress);
        }
        for (Ipv6Address fixed : List.of(network.router(), network.bootServer(), network.tftpServer())) {
            if (fixed.equals(plannedAddress)) {
                throw new InvalidValueException("address", "is the network's router or boot server: " + plannedAddress);
            }
        }
        return new HostNetwork(network, hostname, link, addressing, plannedAddress);
    }

    public Hostname hostname() {
        return hostname;
    }

    /** The first search domain of the boot network, if any: the host's DNS domain. */
    public Optional<DomainName> domain() {
        return Optional.ofNullable(domain);
    }

    public HostLink link() {
        return link;
    }

    public AddressingMode addressing() {
        return addressing;
    }

    public Ipv6Address address() {
        return address;
    }

    public Ipv6Prefix prefix() {
        return prefix;
    }

    /** {@code address/64}. */
    public String addressWithLength() {
        return address + "/" + prefix.length();
    }

    public Ipv6Address gateway() {
        return gateway;
    }

    public List<Ipv6Address> dnsServers() {
        return dnsServers;
    }

    public List<DomainName> searchDomains() {
        return searchDomains;
    }
}
