package org.netboot6.render.ra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.RouterAdvertisement;
import org.netboot6.render.dhcp.TestNetworks;

class RadvdFlagsTest {

    @Test
    void statelessNetworkAdvertisesOtherConfigAndSlaacWithoutManaged() {
        String conf = new RadvdConfigRenderer().render(TestNetworks.rack1()
                .routerAdvertisement(RouterAdvertisement.STATELESS).build());
        assertThat(conf).contains("AdvManagedFlag off;", "AdvOtherConfigFlag on;", "AdvAutonomous on;", "AdvOnLink on;")
                .doesNotContain("AdvDefaultLifetime");
    }

    @Test
    void noDefaultRouterMeansRouterLifetimeZeroButThePrefixStillGoesOut() {
        String conf = new RadvdConfigRenderer().render(TestNetworks.isolated()
                .routerAdvertisement(RouterAdvertisement.of(true, true, false, false)).build());
        assertThat(conf).contains("AdvManagedFlag on;", "AdvDefaultLifetime 0;", "prefix 2001:db8:0:1::/64 {",
                "AdvAutonomous off;");
    }

    @Test
    void noRdnssWithoutDnsServers() {
        BootNetwork n = TestNetworks.rack1().build();
        BootNetwork noDns = BootNetwork.builder().name("n").interfaceName("br0").prefix(n.prefix()).router(n.router())
                .bootServer(n.bootServer()).build();
        assertThat(new RadvdConfigRenderer().render(noDns)).doesNotContain("RDNSS").doesNotContain("DNSSL");
    }
}
