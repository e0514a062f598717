package org.netboot6.render.ra;

import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.model.BootNetwork;
import org.netboot6.model.Ipv6Address;

/**
 * radvd.conf for one boot network. M=1 and O=1 so every firmware asks DHCPv6 for the boot file (M=0/O=0 leaves
 * iPXE without option 59); A=1 because debian-installer releases its DHCPv6 address after netcfg and needs SLAAC.
 * DNS goes out as RDNSS/DNSSL as well as DHCPv6 options 23/24 (field report FR-05).
 */
public final class RadvdConfigRenderer {
    /** RAs every 3-10 s: firmware that does not send a Router Solicitation still hears one quickly. */
    static final int MIN_INTERVAL_S = 3;
    static final int MAX_INTERVAL_S = 10;
    /** radvd refuses more than three addresses in one RDNSS section. */
    static final int RDNSS_PER_OPTION = 3;

    public String render(BootNetwork network) {
        StringBuilder sb = new StringBuilder();
        sb.append("# radvd.conf for netboot6 network ").append(network.name()).append(" (generated; do not edit)\n");
        sb.append("interface ").append(network.interfaceName()).append(" {\n");
        sb.append("    AdvSendAdvert on;\n");
        sb.append("    MinRtrAdvInterval ").append(MIN_INTERVAL_S).append(";\n");
        sb.append("    MaxRtrAdvInterval ").append(MAX_INTERVAL_S).append(";\n");
        sb.append("    AdvManagedFlag on;\n");
        sb.append("    AdvOtherConfigFlag on;\n");
        sb.append("    prefix ").append(network.prefix()).append(" {\n");
        sb.append("        AdvOnLink on;\n");
        sb.append("        AdvAutonomous on;\n");
        sb.append("        AdvRouterAddr off;\n");
        sb.append("    };\n");
        List<Ipv6Address> dns = network.dnsServers();
        for (int i = 0; i < dns.size(); i += RDNSS_PER_OPTION) {
            sb.append("    RDNSS ").append(dns.subList(i, Math.min(dns.size(), i + RDNSS_PER_OPTION)).stream()
                    .map(Object::toString).collect(Collectors.joining(" "))).append(" {\n    };\n");
        }
        if (!network.searchDomains().isEmpty()) {
            sb.append("    DNSSL ").append(network.searchDomains().stream().map(Object::toString)
                    .collect(Collectors.joining(" "))).append(" {\n    };\n");
        }
        sb.append("};\n");
        return sb.toString();
    }
}
