package org.netboot6.identity;

import java.util.Optional;

import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Mac;

/**
 * Finds the MAC behind a DHCPv6 request, so that every boot stage of one machine (firmware, iPXE, installer, OS),
 * each with its own DUID and IAID (FR-02), maps to the one MAC CloudStack knows. Sources, most trusted first:
 * relay option 79, a DUID-LL/LLT, the EUI-64 link-local source address.
 */
public final class ClientMac {
    private ClientMac() {
    }

    /**
     * @param option79 the payload of a relay's option 79, or null
     * @param clientId the client's DUID (option 1)
     * @param source the request's link-local source address (the relay's peer-address when relayed)
     */
    public static Optional<Mac> of(byte[] option79, Duid clientId, Ipv6Address source) {
        if (option79 != null) {
            return Optional.of(ClientLinkLayerAddress.parse(option79));
        }
        Optional<Mac> fromDuid = clientId == null ? Optional.empty() : clientId.mac();
        if (fromDuid.isPresent()) {
            return fromDuid;
        }
        return source != null && source.isLinkLocal() ? Eui64.mac(source) : Optional.empty();
    }
}
