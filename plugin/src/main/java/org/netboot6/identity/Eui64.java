package org.netboot6.identity;

import java.util.Optional;

import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.Mac;

/**
 * Modified EUI-64 interface identifiers (RFC 4291 appendix A): the MAC split by ff:fe with the U/L bit flipped.
 * Firmware and iPXE build their link-local this way, so a DHCPv6 server can recover the MAC from the source.
 */
public final class Eui64 {
    private static final long FE80 = 0xfe80L << 48;

    private Eui64() {
    }

    public static long interfaceId(Mac mac) {
        byte[] m = mac.octets();
        long iid = 0;
        byte[] e = {(byte) (m[0] ^ 0x02), m[1], m[2], (byte) 0xff, (byte) 0xfe, m[3], m[4], m[5]};
        for (byte b : e) {
            iid = (iid << 8) | (b & 0xff);
        }
        return iid;
    }

    public static Ipv6Address linkLocal(Mac mac) {
        return Ipv6Address.of(FE80, interfaceId(mac));
    }

    /** The SLAAC address of {@code mac} in a /64. */
    public static Ipv6Address address(Ipv6Prefix prefix, Mac mac) {
        return prefix.withInterfaceId(interfaceId(mac));
    }

    /**
     * The MAC behind an EUI-64 interface identifier; empty for stable-privacy (RFC 7217) or random identifiers,
     * which lack ff:fe in the middle.
     */
    public static Optional<Mac> mac(Ipv6Address address) {
        long iid = address.low();
        if (((iid >>> 24) & 0xffff) != 0xfffe) {
            return Optional.empty();
        }
        byte[] m = {(byte) ((iid >>> 56) ^ 0x02), (byte) (iid >>> 48), (byte) (iid >>> 40), (byte) (iid >>> 16),
            (byte) (iid >>> 8), (byte) iid};
        try {
            return Optional.of(Mac.of(m));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // multicast or zero: not a NIC
        }
    }
}
