package org.netboot6.render.dhcp;

import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.identity.HostReservation;
import org.netboot6.model.BootNetwork;

/**
 * dhcpd.conf for ISC dhcpd 4.4 run as {@code dhcpd -6} on one boot network (lease and PID files are given on its
 * command line). dhcpd 4.4 predefines neither user class, bootfile-url, client-arch-type nor vendor-class, so
 * they are declared here (lab notes §13 pitfall 13). dhcpd sends an option only when the client's ORO asks for
 * it; boot clients ask for 59, 23 and (HTTP boot) 16. Every value written is a validated value type.
 */
public final class IscDhcpd6ConfigRenderer {

    public String render(BootNetwork network) {
        return render(network, List.of());
    }

    public String render(BootNetwork network, List<HostReservation> reservations) {
        List<HostReservation> hosts = Reservations.check(network, reservations);
        StringBuilder sb = new StringBuilder();
        sb.append("# dhcpd -6 config for netboot6 network ").append(network.name()).append(" (generated; do not edit)\n");
        sb.append("option dhcp6.user-class code 15 = string;\n");
        sb.append("option dhcp6.vendor-class code 16 = { integer 32, integer 16, string };\n");
        sb.append("option dhcp6.bootfile-url code 59 = string;\n");
        sb.append("option dhcp6.client-arch-type code 61 = array of unsigned integer 16;\n");
        sb.append("default-lease-time ").append(KeaDhcp6ConfigRenderer.VALID_LIFETIME_S).append(";\n");
        sb.append("preferred-lifetime ").append(KeaDhcp6ConfigRenderer.PREFERRED_LIFETIME_S).append(";\n");
        sb.append("max-lease-time ").append(KeaDhcp6ConfigRenderer.VALID_LIFETIME_S).append(";\n");
        sb.append("authoritative;\n");
        if (!network.dnsServers().isEmpty()) {
            sb.append("option dhcp6.name-servers ").append(network.dnsServers().stream().map(Object::toString)
                    .collect(Collectors.joining(", "))).append(";\n");
        }
        if (!network.searchDomains().isEmpty()) {
            sb.append("option dhcp6.domain-search ").append(network.searchDomains().stream().map(d -> "\"" + d + "\"")
                    .collect(Collectors.joining(", "))).append(";\n");
        }
        sb.append("\nsubnet6 ").append(network.prefix()).append(" {\n");
        sb.append("  range6 ").append(network.poolStart()).append(' ').append(network.poolEnd()).append(";\n");
        String keyword = "  if";
        for (BootClass c : BootLoaders.classes(network)) {
            sb.append(keyword).append(' ').append(condition(c)).append(" { # ").append(c.name()).append('\n');
            sb.append("    option dhcp6.bootfile-url \"").append(c.bootfileUrl()).append("\";\n");
            if (c.httpClient()) {
                sb.append("    option dhcp6.vendor-class ").append(BootLoaders.HTTP_CLIENT_ENTERPRISE).append(' ')
                        .append(BootLoaders.HTTP_CLIENT.length()).append(" \"").append(BootLoaders.HTTP_CLIENT).append("\";\n");
            }
            keyword = "  } elsif";
        }
        sb.append("  }\n}\n");
        for (HostReservation h : hosts) {
            sb.append("\nhost ").append(h.hostname()).append(" {\n");
            if (h.duid().isPresent()) {
                sb.append("  host-identifier option dhcp6.client-id ").append(h.duid().get()).append(";\n");
            } else {
                // matches clients whose DUID-LL/LLT carries this MAC
                sb.append("  hardware ethernet ").append(h.mac().orElseThrow()).append(";\n");
            }
            sb.append("  fixed-address6 ").append(h.address()).append(";\n}\n");
        }
        return sb.toString();
    }

    private static String condition(BootClass c) {
        if (c.ipxe()) {
            // the user class option carries a 2-byte length before "iPXE"
            return "substring(option dhcp6.user-class, 2, 4) = \"iPXE\"";
        }
        return c.archs().stream().map(a -> "option dhcp6.client-arch-type = " + a.hex()).collect(Collectors.joining(" or "));
    }
}
