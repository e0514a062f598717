package org.netboot6.identity;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;

/**
 * DHCPv6 option 79 (RFC 6939, client link-layer address), added by a relay agent: a 2-octet hardware type
 * followed by the address. The one place a relayed request carries the client's MAC.
 */
public final class ClientLinkLayerAddress {
    public static final int OPTION_CODE = 79;

    private ClientLinkLayerAddress() {
    }

    /** The MAC in an option 79 payload (without code and length); only Ethernet (type 1) is accepted. */
    public static Mac parse(byte[] payload) {
        if (payload == null || payload.length < 3) {
            throw new InvalidValueException("option79", "is shorter than a hardware type and an address");
        }
        int type = (payload[0] & 0xff) << 8 | (payload[1] & 0xff);
        if (type != Duid.ETHERNET) {
            throw new InvalidValueException("option79", "has hardware type " + type + ", not Ethernet (1)");
        }
        if (payload.length != 8) {
            throw new InvalidValueException("option79", "carries " + (payload.length - 2) + " octets, an Ethernet MAC has 6");
        }
        return Mac.of(Arrays.copyOfRange(payload, 2, 8));
    }

    public static byte[] encode(Mac mac) {
        return ByteBuffer.allocate(8).putShort((short) Duid.ETHERNET).put(mac.octets()).array();
    }
}
