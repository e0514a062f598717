package org.netboot6.render.hostnet;

import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;

/**
 * Debian's installed network: {@code /etc/network/interfaces} (ifupdown, bonds through ifenslave), IPv6 only.
 * The DHCPv6 DUID is pinned for both clients Debian ships: isc-dhcp-client (Debian 12) through
 * {@code send dhcp6.client-id} in dhclient.conf, dhcpcd (Debian 13) through its DUID file.
 */
public final class IfupdownRenderer {

    public List<RenderedFile> render(HostNetwork net) {
        List<RenderedFile> files = StableIdentityFiles.common(net);
        files.add(new RenderedFile("/etc/network/interfaces", "0644", interfaces(net)));
        files.add(new RenderedFile("/etc/dhcp/dhclient.conf", "0644", StableIdentityFiles.HEADER
                + "# DHCPv6 identity pinned to DUID-LL of the primary port's permanent MAC (FR-02)\n"
                + "send dhcp6.client-id " + StableIdentityFiles.duid(net) + ";\n"
                + "request dhcp6.name-servers, dhcp6.domain-search;\n"));
        files.add(new RenderedFile("/var/lib/dhcpcd/duid", "0644", StableIdentityFiles.duid(net) + "\n"));
        // dns-nameservers only works with the resolvconf package, which a Debian install lacks by default
        files.add(new RenderedFile("/etc/resolv.conf", "0644", resolvConf(net)));
        return files;
    }

    /** The interfaces(5) file alone. */
    public String interfaces(HostNetwork net) {
        HostLink link = net.link();
        StringBuilder sb = new StringBuilder(StableIdentityFiles.HEADER)
                .append("auto lo\n")
                .append("iface lo inet loopback\n\n");
        String ifname = link.interfaceName();
        sb.append("auto ").append(ifname).append('\n');
        if (net.addressing() == AddressingMode.STATIC) {
            sb.append("iface ").append(ifname).append(" inet6 static\n")
                    .append("\taddress ").append(net.addressWithLength()).append('\n')
                    .append("\tgateway ").append(net.gateway()).append('\n')
                    .append("\taccept_ra 0\n")
                    .append("\tautoconf 0\n");
        } else if (link.isBond()) {
            // ifupdown's "auto" method ignores hwaddress (seen with ifup --no-act): "manual" sets the pinned MAC
            // before the link comes up, and the kernel does SLAAC with it (EUI-64, no privacy addresses: sysctl file)
            sb.append("iface ").append(ifname).append(" inet6 manual\n");
        } else {
            sb.append("iface ").append(ifname).append(" inet6 auto\n")
                    .append("\tprivext 0\n")
                    .append("\tdhcp 1\n");
        }
        if (!net.dnsServers().isEmpty()) { // an empty option makes ifup reject the whole file
            sb.append("\tdns-nameservers ").append(join(net.dnsServers())).append('\n');
        }
        if (!net.searchDomains().isEmpty()) {
            sb.append("\tdns-search ").append(join(net.searchDomains())).append('\n');
        }
        link.bondMode().ifPresent(mode -> bond(sb, link, mode));
        return sb.toString();
    }

    static String resolvConf(HostNetwork net) {
        StringBuilder sb = new StringBuilder(StableIdentityFiles.HEADER);
        net.dnsServers().forEach(a -> sb.append("nameserver ").append(a).append('\n'));
        if (!net.searchDomains().isEmpty()) {
            sb.append("search ").append(join(net.searchDomains())).append('\n');
        }
        return sb.toString();
    }

    private static void bond(StringBuilder sb, HostLink link, BondMode mode) {
        // FR-03: without hwaddress the bond takes whichever port is enslaved first
        sb.append("\thwaddress ether ").append(link.primary()).append('\n');
        sb.append("\tbond-slaves");
        for (int i = 0; i < link.ports().size(); i++) {
            sb.append(' ').append(link.portName(i));
        }
        sb.append('\n')
                .append("\tbond-mode ").append(mode.kernelName()).append('\n')
                .append("\tbond-miimon 100\n");
        if (mode == BondMode.LACP) {
            sb.append("\tbond-lacp-rate fast\n")
                    .append("\tbond-xmit-hash-policy layer3+4\n");
        } else {
            sb.append("\tbond-primary ").append(link.portName(0)).append('\n');
        }
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(" "));
    }
}
