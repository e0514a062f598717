package org.netboot6.render.dhcp;

import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.identity.HostReservation;
import org.netboot6.model.BootNetwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * kea-dhcp6 configuration (Kea 2.2+) for one boot network. Pre-OS stages get pool addresses with short
 * lifetimes and a generic boot URL chosen by client class ({@link BootLoaders}); host identity is decided at the
 * HTTP layer. Only options Kea defines by name are emitted (FR-07), so none goes out empty.
 */
public final class KeaDhcp6ConfigRenderer {
    /** Pre-OS stages (firmware, iPXE, installer) each hold their own lease: keep them short so the pool refills. */
    static final int PREFERRED_LIFETIME_S = 600;
    static final int VALID_LIFETIME_S = 900;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(BootNetwork network, KeaRuntimePaths paths) {
        return render(network, List.of(), paths);
    }

    public String render(BootNetwork network, List<HostReservation> reservations, KeaRuntimePaths paths) {
        List<HostReservation> hosts = Reservations.check(network, reservations);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode dhcp6 = root.putObject("Dhcp6");
        dhcp6.putObject("interfaces-config").putArray("interfaces").add(network.interfaceName());
        dhcp6.put("data-directory", paths.dataDirectory().toString());
        ObjectNode leases = dhcp6.putObject("lease-database");
        leases.put("type", "memfile");
        leases.put("persist", true);
        leases.put("name", paths.leaseFile().toString());
        leases.put("lfc-interval", 3600);
        ObjectNode control = dhcp6.putObject("control-socket");
        control.put("socket-type", "unix");
        control.put("socket-name", paths.controlSocket().toString());
        dhcp6.put("preferred-lifetime", PREFERRED_LIFETIME_S);
        dhcp6.put("valid-lifetime", VALID_LIFETIME_S);
        dhcp6.put("renew-timer", PREFERRED_LIFETIME_S / 2);
        dhcp6.put("rebind-timer", PREFERRED_LIFETIME_S * 4 / 5);
        // the MAC from DUID-LL/LLT, the EUI-64 link-local or relay option 79 (hw-address reservations need it)
        dhcp6.putArray("mac-sources").add("any");
        dhcp6.putArray("host-reservation-identifiers").add("duid").add("hw-address");
        // FR-07: some firmware sends a vendor class (option 16) without the enterprise number; Kea drops such a
        // request unless parsing is lenient, and the client is classified by options 61 and 15 anyway
        dhcp6.putObject("compatibility").put("lenient-option-parsing", true);

        ArrayNode options = dhcp6.putArray("option-data");
        if (!network.dnsServers().isEmpty()) {
            options.addObject().put("name", "dns-servers").put("data",
                    network.dnsServers().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (!network.searchDomains().isEmpty()) {
            options.addObject().put("name", "domain-search").put("data",
                    network.searchDomains().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }

        ArrayNode classes = dhcp6.putArray("client-classes");
        for (BootClass c : BootLoaders.classes(network)) {
            ObjectNode k = classes.addObject();
            k.put("name", c.name());
            k.put("test", test(c));
            ArrayNode data = k.putArray("option-data");
            data.addObject().put("name", "bootfile-url").put("data", c.bootfileUrl());
            if (c.httpClient()) {
                // Kea's vendor-class is record(uint32, binary): enterprise number, then the length-prefixed data.
                // Clients rarely ask for option 16 in their ORO, hence always-send.
                data.addObject().put("name", "vendor-class").put("data", vendorClassData()).put("always-send", true);
            }
        }

        ObjectNode subnet = dhcp6.putArray("subnet6").addObject();
        subnet.put("id", 1);
        subnet.put("subnet", network.prefix().toString());
        subnet.put("interface", network.interfaceName());
        subnet.putArray("pools").addObject().put("pool", network.poolStart() + "-" + network.poolEnd());
        if (!hosts.isEmpty()) {
            ArrayNode r = subnet.putArray("reservations");
            for (HostReservation h : hosts) {
                ObjectNode o = r.addObject();
                if (h.duid().isPresent()) {
                    o.put("duid", h.duid().get().toString());
                } else {
                    o.put("hw-address", h.mac().orElseThrow().toString());
                }
                o.putArray("ip-addresses").add(h.address().toString());
                o.put("hostname", h.hostname().toString());
            }
        }

        ObjectNode logger = dhcp6.putArray("loggers").addObject();
        logger.put("name", "kea-dhcp6");
        logger.put("severity", "INFO");
        ObjectNode output = logger.putArray("output_options").addObject();
        output.put("output", paths.logFile().toString());
        output.put("flush", true);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    private static String test(BootClass c) {
        if (c.ipxe()) {
            // option 15 (user class) carries a 2-byte length before "iPXE"
            return "substring(option[15].hex,2,4) == 'iPXE'";
        }
        return "not member('ipxe') and (" + c.archs().stream().map(a -> String.format("option[61].hex == 0x%04x", a.code()))
                .collect(Collectors.joining(" or ")) + ")";
    }

    /** "0, 000a48545450436c69656e74": enterprise 0, then length 10 and "HTTPClient" in hex. */
    static String vendorClassData() {
        StringBuilder hex = new StringBuilder(String.format("%04x", BootLoaders.HTTP_CLIENT.length()));
        for (char ch : BootLoaders.HTTP_CLIENT.toCharArray()) {
            hex.append(String.format("%02x", (int) ch));
        }
        return BootLoaders.HTTP_CLIENT_ENTERPRISE + ", " + hex;
    }
}
