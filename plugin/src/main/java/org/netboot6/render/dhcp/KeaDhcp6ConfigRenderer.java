package org.netboot6.render.dhcp;

import java.util.stream.Collectors;

import org.netboot6.model.BootNetwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * kea-dhcp6 configuration (Kea 2.2+) for one boot network. Pre-OS stages get pool addresses with short
 * lifetimes and a generic boot URL chosen by client class; host identity is decided at the HTTP layer.
 */
public final class KeaDhcp6ConfigRenderer {
    /** Pre-OS stages (firmware, iPXE, installer) each hold their own lease: keep them short so the pool refills. */
    static final int PREFERRED_LIFETIME_S = 600;
    static final int VALID_LIFETIME_S = 900;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(BootNetwork network, KeaRuntimePaths paths) {
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
        dhcp6.putArray("mac-sources").add("any");

        ArrayNode options = dhcp6.putArray("option-data");
        options.addObject().put("name", "dns-servers").put("data",
                network.dnsServers().stream().map(Object::toString).collect(Collectors.joining(", ")));
        if (!network.searchDomains().isEmpty()) {
            options.addObject().put("name", "domain-search").put("data",
                    network.searchDomains().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }

        ArrayNode classes = dhcp6.putArray("client-classes");
        ObjectNode ipxe = classes.addObject();
        ipxe.put("name", "ipxe");
        // option 15 (user class) carries a 2-byte length before "iPXE"
        ipxe.put("test", "substring(option[15].hex,2,4) == 'iPXE'");
        ipxe.putArray("option-data").addObject().put("name", "bootfile-url").put("data", BootLoaders.ipxeScriptUrl(network));
        ObjectNode uefiPxe = classes.addObject();
        uefiPxe.put("name", "uefi-x64-pxe");
        uefiPxe.put("test", "not member('ipxe') and (option[61].hex == 0x0007 or option[61].hex == 0x0009)");
        uefiPxe.putArray("option-data").addObject().put("name", "bootfile-url")
                .put("data", BootLoaders.uefiPxeLoaderUrl(network));

        ObjectNode subnet = dhcp6.putArray("subnet6").addObject();
        subnet.put("id", 1);
        subnet.put("subnet", network.prefix().toString());
        subnet.put("interface", network.interfaceName());
        subnet.putArray("pools").addObject().put("pool", network.poolStart() + "-" + network.poolEnd());

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
}
