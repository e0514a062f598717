package org.netboot6.render.install;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.KernelArgument;
import org.netboot6.model.OsRelease;
import org.netboot6.render.ipxe.IpxeScriptRenderer;

class KernelCommandLineTest {
    private static final String T = InstallFixtures.TOKEN.value();
    private final HostLink single = HostLink.single(InstallFixtures.P9P1);

    private String line(OsRelease release, AddressingMode mode) {
        return KernelCommandLine.of(InstallFixtures.request(InstallFixtures.profile(release).addressing(mode)
                .addKernelArg(KernelArgument.parse("a", "console=ttyS0,115200n8")).build(), single)).toString();
    }

    @Test
    void debianInstallerLine() {
        String expected = "auto=true priority=critical preseed/url=http://[2001:db8:0:1::2]:8080/netboot6/preseed/" + T
                + " netcfg/choose_interface=02:00:00:00:00:01 netcfg/get_hostname=node-07 netcfg/get_domain=lab.example"
                + " netcfg/dhcp_timeout=5 netcfg/dhcpv6_timeout=10 console=ttyS0,115200n8 --- quiet";
        assertThat(line(OsRelease.DEBIAN_12, AddressingMode.STATIC)).isEqualTo(expected);
        assertThat(line(OsRelease.DEBIAN_13, AddressingMode.SLAAC)).isEqualTo(expected);
    }

    @Test
    void subiquityLineKeepsTheSemicolonInsideOneWord() {
        assertThat(line(OsRelease.UBUNTU_24_04, AddressingMode.STATIC)).isEqualTo("ip=dhcp6"
                + " url=http://[2001:db8:0:1::2]:8080/images/ubuntu-24.04-live-server-amd64.iso autoinstall"
                + " ds=nocloud-net;s=http://[2001:db8:0:1::2]:8080/netboot6/autoinstall/" + T + "/"
                + " console=ttyS0,115200n8 ---");
        assertThat(KernelCommandLine.of(InstallFixtures.request(InstallFixtures.profile(OsRelease.UBUNTU_22_04).build(),
                single)).words()).doesNotContain(";").contains("ds=nocloud-net;s=http://[2001:db8:0:1::2]:8080/netboot6/autoinstall/"
                + T + "/");
    }

    @Test
    void anacondaLineStaticAndSlaac() {
        assertThat(line(OsRelease.EL_9, AddressingMode.STATIC)).isEqualTo("inst.ks=http://[2001:db8:0:1::2]:8080/netboot6/kickstart/"
                + T + " inst.repo=http://rpm.mirror.example/rocky/9/BaseOS/x86_64/os inst.text"
                + " ifname=nb6boot:02:00:00:00:00:01"
                + " ip=[2001:db8:0:1:8a2e:370:7334:1]::[fe80::1]:64:node-07.lab.example:nb6boot:none"
                + " nameserver=2001:db8:0:1::53 nameserver=2001:db8::53 console=ttyS0,115200n8");
        assertThat(line(OsRelease.EL_9, AddressingMode.SLAAC)).contains(" ifname=nb6boot:02:00:00:00:00:01 ip=nb6boot:auto6 ")
                .doesNotContain("nameserver=");
    }

    @Test
    void aBondHostBootingFromItsSecondPortInstallsThroughThatPort() {
        InstallRequest r = new InstallRequest(InstallFixtures.network(), InstallFixtures.host(), InstallFixtures.P10P1,
                InstallFixtures.hostNetwork(InstallFixtures.bond(BondMode.LACP), AddressingMode.STATIC),
                InstallFixtures.profile(OsRelease.EL_9).build(), InstallFixtures.TOKEN);
        assertThat(KernelCommandLine.of(r).words()).contains("ifname=nb6boot:02:00:00:00:00:02");
        assertThat(KickstartRenderer.network(r)).startsWith("network --device=02:00:00:00:00:02 ");
    }

    /** FR-05: every URL a stage fetches before it has a name server of its own is a bracketed literal. */
    @Test
    void fr05TokenUrlsAreBracketedLiteralsInEveryFamily() {
        for (OsRelease release : OsRelease.values()) {
            InstallRequest r = InstallFixtures.request(InstallFixtures.profile(release).build(), single);
            for (String word : KernelCommandLine.of(r).words()) {
                if (word.contains(T)) {
                    assertThat(word).as(release.id()).contains("http://[2001:db8:0:1::2]:8080/netboot6/");
                }
            }
            assertThat(r.urls().done()).isEqualTo("http://[2001:db8:0:1::2]:8080/netboot6/done/" + T);
        }
    }

    @Test
    void ipxeInstallScriptLoadsKernelWithTheLineThenTheNamedInitrd() {
        InstallRequest r = InstallFixtures.request(InstallFixtures.profile(OsRelease.DEBIAN_12).build(),
                InstallFixtures.bond(BondMode.LACP));
        assertThat(new IpxeScriptRenderer().install(r)).isEqualTo("#!ipxe\n"
                + "echo netboot6: installing debian-12 on node-07 (02:00:00:00:00:01)\n"
                + "kernel http://[2001:db8:0:1::2]:8080/images/debian-12/linux initrd=initrd " + KernelCommandLine.of(r)
                + " || goto failed\n"
                + "initrd --name initrd http://[2001:db8:0:1::2]:8080/images/debian-12/initrd.gz || goto failed\n"
                + "boot || goto failed\n"
                + ":failed\n"
                + "echo netboot6: could not load the installer of node-07; booting from local disk\n"
                + "exit\n");
    }
}
