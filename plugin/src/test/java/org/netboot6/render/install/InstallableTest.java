package org.netboot6.render.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootNetworkValidator;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.OsRelease;
import org.netboot6.model.RouterAdvertisement;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;

/** A profile's installer must be able to reach what it fetches from the boot network it installs on. */
class InstallableTest {
    private static final BootNetwork NO_DNS = InstallFixtures.network().toBuilder().clearDnsServers()
            .clearSearchDomains().build();

    @Test
    void aMirrorByNameNeedsANetworkThatDeliversDns() {
        InstallProfile byName = InstallFixtures.profile(OsRelease.EL_9).build();
        assertThatThrownBy(() -> BootNetworkValidator.installable(NO_DNS, byName))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("mirror"))
                .hasMessageContaining("uses the DNS name rpm.mirror.example but the network delivers no DNS server");
        InstallProfile byLiteral = InstallFixtures.profile(OsRelease.EL_9)
                .mirror(InstallFixtures.url("http://[2001:db8:0:1::80]/rocky/9/BaseOS/x86_64/os")).build();
        BootNetworkValidator.installable(NO_DNS, byLiteral);
        BootNetworkValidator.installable(InstallFixtures.network(), byName);
    }

    @Test
    void aDebianInstallerNeedsSlaacOnTheInstallLink() {
        BootNetwork noSlaac = InstallFixtures.network().toBuilder()
                .routerAdvertisement(RouterAdvertisement.of(true, true, false, true)).build();
        assertThatThrownBy(() -> BootNetworkValidator.installable(noSlaac, InstallFixtures.profile(OsRelease.DEBIAN_12).build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("profile"))
                .hasMessageContaining("needs SLAAC on the install link")
                .hasMessageContaining("raautonomous=false");
        BootNetworkValidator.installable(noSlaac, InstallFixtures.profile(OsRelease.EL_9).build());
    }

    /** On a network without DNS, nothing renders an empty DNS option (ifup and the kickstart parser refuse one). */
    @Test
    void withoutDnsTheKickstartNamesNoNameserver() {
        InstallProfile el = InstallFixtures.profile(OsRelease.EL_9)
                .mirror(InstallFixtures.url("http://[2001:db8:0:1::80]/rocky/9/BaseOS/x86_64/os")).build();
        HostNetwork net = HostNetwork.on(NO_DNS, InstallFixtures.host().hostname(),
                HostLink.single(InstallFixtures.host().mac()), AddressingMode.STATIC, InstallFixtures.PLANNED);
        String ks = new KickstartRenderer().render(new InstallRequest(NO_DNS, InstallFixtures.host(), net, el,
                InstallFixtures.TOKEN));
        assertThat(ks).contains("network --device=").doesNotContain("--nameserver");
    }
}
