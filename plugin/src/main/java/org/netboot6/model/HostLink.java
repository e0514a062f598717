package org.netboot6.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The installed host's uplink: one NIC or a bond, each port identified by its permanent MAC (the MAC a bond
 * cannot change). The first port is the primary: a bond's MAC is pinned to it (FR-03) and its DUID-LL pins the
 * DHCPv6 identity (FR-02). Ports get stable names, {@code nb6p0}, {@code nb6p1}..., from their permanent MAC, so
 * PCIe renumbering or enslave order cannot change what they are called.
 */
public final class HostLink {
    public static final String BOND_NAME = "bond0";
    private static final int MAX_PORTS = 8;

    private final List<Mac> ports;
    private final BondMode bondMode;

    private HostLink(List<Mac> ports, BondMode bondMode) {
        this.ports = ports;
        this.bondMode = bondMode;
    }

    public static HostLink single(Mac nic) {
        if (nic == null) {
            throw new InvalidValueException("link.ports[0]", "is missing");
        }
        return new HostLink(List.of(nic), null);
    }

    /** A bond of {@code ports}; {@code ports.get(0)} is the primary, whose permanent MAC the bond takes. */
    public static HostLink bond(BondMode mode, List<Mac> ports) {
        if (mode == null) {
            throw new InvalidValueException("link.bondMode", "is missing");
        }
        if (ports == null || ports.size() < 2 || ports.size() > MAX_PORTS) {
            throw new InvalidValueException("link.ports", "a bond needs 2 to " + MAX_PORTS + " ports, got "
                    + (ports == null ? 0 : ports.size()));
        }
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i) == null) {
                throw new InvalidValueException("link.ports[" + i + "]", "is missing");
            }
        }
        if (new HashSet<>(ports).size() != ports.size()) {
            throw new InvalidValueException("link.ports", "lists a permanent MAC twice: " + ports);
        }
        return new HostLink(Collections.unmodifiableList(new ArrayList<>(ports)), mode);
    }

    /**
     * The link for a host's MAC list as CloudStack records it (primary first): one MAC is a single NIC, several are
     * a bond in {@code bondMode}.
     */
    public static HostLink of(List<Mac> ports, BondMode bondMode) {
        if (ports == null || ports.isEmpty()) {
            throw new InvalidValueException("link.ports", "needs at least one MAC address");
        }
        return ports.size() == 1 ? single(ports.get(0)) : bond(bondMode, ports);
    }

    public boolean isBond() {
        return bondMode != null;
    }

    public Optional<BondMode> bondMode() {
        return Optional.ofNullable(bondMode);
    }

    /** Permanent MACs of the physical ports, primary first. */
    public List<Mac> ports() {
        return ports;
    }

    public Mac primary() {
        return ports.get(0);
    }

    /** The stable name netboot6 gives port {@code i}. */
    public String portName(int i) {
        return "nb6p" + i;
    }

    /** The interface that carries the host's address: the bond, or the single port. */
    public String interfaceName() {
        return isBond() ? BOND_NAME : portName(0);
    }
}
