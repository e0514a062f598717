package org.netboot6.render.hostnet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;

/**
 * EL's installed network: NetworkManager keyfiles. Ports are bound by {@code ethernet.mac-address}, which
 * NetworkManager compares with the permanent MAC; the bond's {@code cloned-mac-address} pins its MAC to the
 * primary port's permanent MAC (FR-03); {@code ipv6.dhcp-duid} pins DUID-LL (FR-02); EUI-64 SLAAC ids and no
 * privacy addresses. Connection UUIDs are derived from host and connection name, so a re-render is identical.
 */
public final class NetworkManagerRenderer {
    static final String DIR = "/etc/NetworkManager/system-connections/";

    public List<RenderedFile> render(HostNetwork net) {
        List<RenderedFile> files = StableIdentityFiles.common(net);
        HostLink link = net.link();
        if (!link.isBond()) {
            files.add(keyfile(net, link.portName(0), port(net, 0, null) + ipv6(net)));
            return files;
        }
        files.add(keyfile(net, HostLink.BOND_NAME, connection(net, HostLink.BOND_NAME, "bond")
                + "interface-name=" + HostLink.BOND_NAME + "\n"
                + "autoconnect-slaves=1\n"
                + "\n[ethernet]\n"
                + "cloned-mac-address=" + link.primary() + "\n"
                + bond(link, link.bondMode().get())
                + ipv6(net)));
        for (int i = 0; i < link.ports().size(); i++) {
            files.add(keyfile(net, link.portName(i), port(net, i, HostLink.BOND_NAME)));
        }
        return files;
    }

    private static RenderedFile keyfile(HostNetwork net, String name, String body) {
        return new RenderedFile(DIR + "netboot6-" + name + ".nmconnection", "0600", StableIdentityFiles.HEADER + body);
    }

    private static String connection(HostNetwork net, String name, String type) {
        String id = "netboot6-" + name;
        UUID uuid = UUID.nameUUIDFromBytes((net.hostname() + "/" + id).getBytes(StandardCharsets.UTF_8));
        return "[connection]\n"
                + "id=" + id + "\n"
                + "uuid=" + uuid + "\n"
                + "type=" + type + "\n"
                + "autoconnect=true\n";
    }

    private static String port(HostNetwork net, int i, String controller) {
        HostLink link = net.link();
        StringBuilder sb = new StringBuilder(connection(net, link.portName(i), "ethernet"))
                .append("interface-name=").append(link.portName(i)).append('\n');
        if (controller != null) {
            sb.append("master=").append(controller).append('\n')
                    .append("slave-type=bond\n");
        }
        return sb.append("\n[ethernet]\n")
                .append("mac-address=").append(link.ports().get(i)).append('\n')
                .toString();
    }

    private static String bond(HostLink link, BondMode mode) {
        StringBuilder sb = new StringBuilder("\n[bond]\n")
                .append("mode=").append(mode.kernelName()).append('\n')
                .append("miimon=100\n");
        if (mode == BondMode.LACP) {
            sb.append("lacp_rate=fast\n").append("xmit_hash_policy=layer3+4\n");
        } else {
            sb.append("primary=").append(link.portName(0)).append('\n');
        }
        return sb.toString();
    }

    private static String ipv6(HostNetwork net) {
        StringBuilder sb = new StringBuilder("\n[ipv4]\nmethod=disabled\n\n[ipv6]\n");
        if (net.addressing() == AddressingMode.STATIC) {
            sb.append("method=manual\n")
                    .append("address1=").append(net.addressWithLength()).append('\n')
                    .append("gateway=").append(net.gateway()).append('\n');
        } else {
            sb.append("method=auto\n");
        }
        sb.append("dns=").append(list(net.dnsServers()))
                .append("addr-gen-mode=eui64\n")
                .append("ip6-privacy=0\n")
                .append("dhcp-duid=").append(StableIdentityFiles.duid(net)).append('\n');
        if (!net.searchDomains().isEmpty()) {
            sb.append("dns-search=").append(list(net.searchDomains()));
        }
        return sb.toString();
    }

    private static String list(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(";", "", ";\n"));
    }
}
