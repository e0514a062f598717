package org.netboot6.render.hostnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;

/**
 * Ubuntu's installed network: a netplan file for systemd-networkd, ports matched by permanent MAC ({@code match:
 * macaddress} is the permanent MAC in netplan) and renamed, bond MAC pinned (FR-03). netplan has no DUID
 * setting, so a networkd.conf drop-in pins DUID-LL of the primary port's permanent MAC (FR-02).
 */
public final class NetplanRenderer {
    public static final String NETPLAN_PATH = "/etc/netplan/50-netboot6.yaml";

    public List<RenderedFile> render(HostNetwork net) {
        // netplan's own set-name writes the .link files that name the ports
        List<RenderedFile> files = new ArrayList<>(List.of(StableIdentityFiles.noPrivacyAddresses()));
        files.add(new RenderedFile(NETPLAN_PATH, "0600", StableIdentityFiles.HEADER + YamlWriter.write(
                Map.of("network", network(net)))));
        files.add(new RenderedFile("/etc/systemd/networkd.conf.d/50-netboot6-duid.conf", "0644",
                StableIdentityFiles.HEADER
                        + "[DHCPv6]\n"
                        + "DUIDType=link-layer\n"
                        // DUID-LL body: hardware type 1 (Ethernet), then the permanent MAC
                        + "DUIDRawData=00:01:" + net.link().primary() + "\n"));
        return files;
    }

    /** The value of the top-level {@code network:} key; subiquity's autoinstall embeds the same tree. */
    public Map<String, Object> network(HostNetwork net) {
        HostLink link = net.link();
        Map<String, Object> ethernets = new LinkedHashMap<>();
        for (int i = 0; i < link.ports().size(); i++) {
            Map<String, Object> port = new LinkedHashMap<>();
            port.put("match", Map.of("macaddress", link.ports().get(i).toString()));
            port.put("set-name", link.portName(i));
            if (link.isBond()) {
                port.put("dhcp4", false);
                port.put("dhcp6", false);
                port.put("accept-ra", false);
                port.put("link-local", List.of());
            } else {
                addressing(port, net);
            }
            ethernets.put(link.portName(i), port);
        }
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("version", 2);
        network.put("renderer", "networkd");
        network.put("ethernets", ethernets);
        link.bondMode().ifPresent(mode -> network.put("bonds", Map.of(HostLink.BOND_NAME, bond(net, mode))));
        return network;
    }

    private static Map<String, Object> bond(HostNetwork net, BondMode mode) {
        HostLink link = net.link();
        Map<String, Object> bond = new LinkedHashMap<>();
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < link.ports().size(); i++) {
            ports.add(link.portName(i));
        }
        bond.put("interfaces", ports);
        bond.put("macaddress", link.primary().toString());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("mode", mode.kernelName());
        params.put("mii-monitor-interval", 100);
        if (mode == BondMode.LACP) {
            params.put("lacp-rate", "fast");
            params.put("transmit-hash-policy", "layer3+4");
        } else {
            params.put("primary", link.portName(0));
        }
        bond.put("parameters", params);
        addressing(bond, net);
        return bond;
    }

    private static void addressing(Map<String, Object> iface, HostNetwork net) {
        iface.put("dhcp4", false);
        iface.put("ipv6-privacy", false);
        if (net.addressing() == AddressingMode.STATIC) {
            iface.put("dhcp6", false);
            iface.put("accept-ra", false);
            iface.put("addresses", List.of(net.addressWithLength()));
            Map<String, Object> route = new LinkedHashMap<>();
            route.put("to", "default");
            route.put("via", net.gateway().toString());
            iface.put("routes", List.of(route));
        } else {
            iface.put("dhcp6", true);
            iface.put("accept-ra", true);
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("addresses", net.dnsServers().stream().map(Object::toString).collect(Collectors.toList()));
        if (!net.searchDomains().isEmpty()) {
            ns.put("search", net.searchDomains().stream().map(Object::toString).collect(Collectors.toList()));
        }
        iface.put("nameservers", ns);
    }
}
