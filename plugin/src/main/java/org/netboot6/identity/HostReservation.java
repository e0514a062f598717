package org.netboot6.identity;

import java.util.Objects;
import java.util.Optional;

import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Mac;

/**
 * An optional fixed DHCPv6 address for one host, keyed by a DUID learned from a callback or by a universally
 * administered MAC. Never what a boot depends on: each boot stage has its own DUID (FR-02), and Kea derives a MAC
 * only from a link-local whose U/L bit says universal, so locally administered MACs (QEMU's 52:54:00:...) are
 * refused here rather than silently never matching.
 */
public final class HostReservation {
    private final Hostname hostname;
    private final Ipv6Address address;
    private final Duid duid;
    private final Mac mac;

    private HostReservation(Hostname hostname, Ipv6Address address, Duid duid, Mac mac) {
        this.hostname = Objects.requireNonNull(hostname, "hostname");
        this.address = Objects.requireNonNull(address, "address");
        this.duid = duid;
        this.mac = mac;
        if (!address.isRoutableUnicast()) {
            throw new InvalidValueException("address", "must be a global unicast address, got " + address);
        }
    }

    public static HostReservation byDuid(Hostname hostname, Duid duid, Ipv6Address address) {
        return new HostReservation(hostname, address, Objects.requireNonNull(duid, "duid"), null);
    }

    public static HostReservation byMac(Hostname hostname, Mac mac, Ipv6Address address) {
        if (!mac.isUniversallyAdministered()) {
            throw new InvalidValueException("mac", "is locally administered (" + mac + "): DHCPv6 servers cannot match it "
                    + "reliably (Kea derives MACs only from universal link-locals); reserve by DUID instead");
        }
        return new HostReservation(hostname, address, null, mac);
    }

    public Hostname hostname() {
        return hostname;
    }

    public Ipv6Address address() {
        return address;
    }

    public Optional<Duid> duid() {
        return Optional.ofNullable(duid);
    }

    public Optional<Mac> mac() {
        return Optional.ofNullable(mac);
    }

    @Override
    public String toString() {
        return hostname + " " + (duid != null ? "duid " + duid : "mac " + mac) + " -> " + address;
    }
}
