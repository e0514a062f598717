package org.netboot6.render.ra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.DomainName;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;

class RadvdConfigRendererTest {

    private static BootNetwork.Builder network() {
        return BootNetwork.builder().name("rack1").interfaceName("br0").prefix(Ipv6Prefix.parse("2001:db8:0:1::/64"))
                .router(Ipv6Address.parse("fe80::1")).bootServer(Ipv6Address.parse("2001:db8:0:1::2"))
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53"));
    }

    @Test
    void managedOtherAndAutonomousWithRdnss() {
        String conf = new RadvdConfigRenderer().render(network().searchDomain(DomainName.parse("d", "lab.example")).build());
        assertThat(conf).contains("interface br0 {", "AdvManagedFlag on;", "AdvOtherConfigFlag on;",
                "prefix 2001:db8:0:1::/64 {", "AdvAutonomous on;", "RDNSS 2001:db8:0:1::53 {\n        AdvRDNSSLifetime 30;\n    };",
                "DNSSL lab.example {\n        AdvDNSSLLifetime 30;\n    };");
        assertThat(conf.chars().filter(c -> c == '{').count()).isEqualTo(conf.chars().filter(c -> c == '}').count());
    }

    @Test
    void splitsRdnssIntoGroupsOfThree() {
        BootNetwork.Builder b = network();
        for (int i = 1; i <= 4; i++) {
            b.dnsServer(Ipv6Address.parse("2001:db8::" + i));
        }
        String conf = new RadvdConfigRenderer().render(b.build());
        assertThat(conf).contains("RDNSS 2001:db8:0:1::53 2001:db8::1 2001:db8::2 {", "RDNSS 2001:db8::3 2001:db8::4 {");
    }

    @Test
    void noDnsslWithoutSearchDomains() {
        assertThat(new RadvdConfigRenderer().render(network().build())).doesNotContain("DNSSL ");
    }
}
