package org.netboot6.render.ra;

import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.model.BootNetwork;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.RouterAdvertisement;

/**
 * radvd.conf for one boot network, with the M/O/A flags and default-router role of its
 * {@link org.netboot6.model.RouterAdvertisement} (the validator has ruled out combinations that strand firmware:
 * M=0/O=0 leaves iPXE without option 59). The prefix information always goes out, on-link. DNS goes out as
 * RDNSS/DNSSL as well as DHCPv6 options 23/24 (field report FR-05).
 */
public final class RadvdConfigRenderer {
    /** RAs every 3-10 s: firmware that does not send a Router Solicitation still hears one quickly. */
    static final int MIN_INTERVAL_S = 3;
    static final int MAX_INTERVAL_S = 10;
    /**
     * RDNSS/DNSSL lifetime: RFC 8106 asks for at least 3 x MaxRtrAdvInterval (radvd's default is 2x, so two lost
     * advertisements would drop the hosts' DNS servers).
     */
    static final int DNS_LIFETIME_S = 3 * MAX_INTERVAL_S;
    /** radvd refuses more than three addresses in one RDNSS section. */
    static final int RDNSS_PER_OPTION = 3;

    public String render(BootNetwork network) {
        StringBuilder sb = new StringBuilder();
        sb.append("# radvd.conf for netboot6 network ").append(network.name()).append(" (generated; do not edit)\n");
        sb.append("interface ").append(network.interfaceName()).append(" {\n");
        sb.append("    AdvSendAdvert on;\n");
        sb.append("    MinRtrAdvInterval ").append(MIN_INTERVAL_S).append(";\n");
        sb.append("    MaxRtrAdvInterval ").append(MAX_INTERVAL_S).append(";\n");
        RouterAdvertisement ra = network.routerAdvertisement();
        sb.append("    AdvManagedFlag ").append(onOff(ra.managed())).append(";\n");
        sb.append("    AdvOtherConfigFlag ").append(onOff(ra.otherConfig())).append(";\n");
        if (!ra.defaultRouter()) {
            // the prefix is still advertised, but clients get no default route through this router
            sb.append("    AdvDefaultLifetime 0;\n");
        }
        sb.append("    prefix ").append(network.prefix()).append(" {\n");
        sb.append("        AdvOnLink on;\n");
        sb.append("        AdvAutonomous ").append(onOff(ra.autonomous())).append(";\n");
        sb.append("        AdvRouterAddr off;\n");
        sb.append("    };\n");
        List<Ipv6Address> dns = network.dnsServers();
        for (int i = 0; i < dns.size(); i += RDNSS_PER_OPTION) {
            sb.append("    RDNSS ").append(dns.subList(i, Math.min(dns.size(), i + RDNSS_PER_OPTION)).stream()
                    .map(Object::toString).collect(Collectors.joining(" "))).append(" {\n")
                    .append("        AdvRDNSSLifetime ").append(DNS_LIFETIME_S).append(";\n    };\n");
        }
        if (!network.searchDomains().isEmpty()) {
            sb.append("    DNSSL ").append(network.searchDomains().stream().map(Object::toString)
                    .collect(Collectors.joining(" "))).append(" {\n")
                    .append("        AdvDNSSLLifetime ").append(DNS_LIFETIME_S).append(";\n    };\n");
        }
        sb.append("};\n");
        return sb.toString();
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}
