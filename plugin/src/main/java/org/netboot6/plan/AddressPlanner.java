package org.netboot6.plan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netboot6.model.BootNetwork;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Printable;

/**
 * Plans a host's address in its boot network's /64, as a pure function of the network, the reserved ranges, the
 * host's stable key (its CloudStack uuid, never a MAC: bonds and NIC swaps change MACs) and the addresses already
 * taken. The interface id is SHA-256 over (prefix, key, attempt); attempt 0, 1, 2... is probed until the
 * candidate is free, so two hosts never share an address and a restart computes the same answer.
 *
 * <p>Never planned: the router, boot/TFTP/DNS servers, the DHCPv6 pool, reserved ranges, taken addresses, the
 * subnet-router anycast (iid 0) and RFC 5453 reserved interface ids, ids below 0x10000 (the block operators number
 * by hand), and ids of EUI-64 shape ({@code xx:xxff:fexx:xxxx}), which SLAAC hosts on the link may hold.
 */
public final class AddressPlanner {
    static final int MAX_ATTEMPTS = 4096;
    private static final long HAND_NUMBERED_BELOW = 0x10000L;
    private static final long RESERVED_ANYCAST_FROM = 0xfdffffffffffff80L;

    private final BootNetwork network;
    private final List<AddressRange> excluded;
    private final Set<Ipv6Address> servers;

    public AddressPlanner(BootNetwork network, List<AddressRange> reserved) {
        if (network == null) {
            throw new InvalidValueException("network", "is missing");
        }
        this.network = network;
        List<AddressRange> ranges = new ArrayList<>();
        ranges.add(AddressRange.of("pool", network.poolStart(), network.poolEnd())); // first: conflict() reads it
        for (int i = 0; i < (reserved == null ? 0 : reserved.size()); i++) {
            if (reserved.get(i) == null) {
                throw new InvalidValueException("reserved[" + i + "]", "is missing");
            }
            ranges.add(reserved.get(i));
        }
        this.excluded = Collections.unmodifiableList(ranges);
        List<Ipv6Address> fixed = new ArrayList<>(List.of(network.router(), network.bootServer(), network.tftpServer()));
        fixed.addAll(network.dnsServers());
        this.servers = Set.copyOf(fixed);
    }

    /**
     * The address for the host with stable key {@code hostKey}.
     *
     * @param taken addresses other hosts hold (exclude this host's own address when re-planning it)
     */
    public Ipv6Address plan(String hostKey, Set<Ipv6Address> taken) {
        if (hostKey == null || hostKey.isEmpty() || hostKey.length() > 255) {
            throw new InvalidValueException("hostKey", "must be the host's stable id (1-255 characters): "
                    + Printable.of(hostKey));
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long iid = interfaceId(hostKey, attempt);
            if (!usableInterfaceId(iid)) {
                continue;
            }
            Ipv6Address candidate = network.prefix().withInterfaceId(iid);
            if (isFree(candidate, taken)) {
                return candidate;
            }
        }
        throw new AddressPlanException("no free address for host " + Printable.of(hostKey) + " in " + network.prefix()
                + " after " + MAX_ATTEMPTS + " attempts: the prefix is almost entirely reserved or taken");
    }

    /**
     * Why {@code planned}, an address planned before, can no longer be a host's static address in this network (its
     * prefix, servers or pool changed), as the network field to blame and a reason; empty if it still can.
     */
    public Optional<Map.Entry<String, String>> conflict(Ipv6Address planned) {
        if (!network.prefix().contains(planned)) {
            return Optional.of(Map.entry("prefix", "is outside " + network.prefix()));
        }
        if (planned.equals(network.router())) {
            return Optional.of(Map.entry("router", "is the router"));
        }
        if (planned.equals(network.bootServer())) {
            return Optional.of(Map.entry("bootserver", "is the boot server"));
        }
        if (planned.equals(network.tftpServer())) {
            return Optional.of(Map.entry("tftpserver", "is the TFTP server"));
        }
        if (network.dnsServers().contains(planned)) {
            return Optional.of(Map.entry("dnsservers", "is a DNS server"));
        }
        if (excluded.get(0).contains(planned)) {
            return Optional.of(Map.entry("poolstart", "is inside the DHCPv6 pool " + excluded.get(0)));
        }
        for (AddressRange r : excluded) {
            if (r.contains(planned)) {
                return Optional.of(Map.entry("reserved", "is inside the reserved range " + r));
            }
        }
        return Optional.empty();
    }

    private boolean isFree(Ipv6Address a, Set<Ipv6Address> taken) {
        if (servers.contains(a) || taken.contains(a)) {
            return false;
        }
        for (AddressRange r : excluded) {
            if (r.contains(a)) {
                return false;
            }
        }
        return true;
    }

    static boolean usableInterfaceId(long iid) {
        boolean eui64Shape = ((iid >>> 24) & 0xffff) == 0xfffe;
        return Long.compareUnsigned(iid, HAND_NUMBERED_BELOW) >= 0
                && Long.compareUnsigned(iid, RESERVED_ANYCAST_FROM) < 0
                && !eui64Shape;
    }

    private long interfaceId(String hostKey, int attempt) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        String input = "netboot6-address-v1\n" + network.prefix() + "\n" + hostKey + "\n" + attempt;
        return ByteBuffer.wrap(sha.digest(input.getBytes(StandardCharsets.UTF_8))).getLong();
    }
}
