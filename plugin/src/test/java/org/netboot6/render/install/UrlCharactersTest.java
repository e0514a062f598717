package org.netboot6.render.install;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.BootUrl;
import org.netboot6.model.HostLink;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.OsRelease;

/** Every URL a profile accepts must render into every installer's kernel command line (no 500 at boot time). */
class UrlCharactersTest {

    @Test
    void everyCharacterBootUrlAcceptsRendersForEveryRelease() {
        for (OsRelease release : OsRelease.values()) {
            InstallProfile.Builder b = InstallFixtures.profile(release)
                    .mirror(BootUrl.parse("mirror", "https://mirror.example:8443/deb_~x/a-b.c/"))
                    .kernelUrl(BootUrl.parse("kernelUrl", "http://[2001:db8:0:1::2]:8080/~ops/linux"));
            if (release.family() == org.netboot6.model.OsFamily.UBUNTU) {
                b.isoUrl(BootUrl.parse("isoUrl", "http://[2001:db8:0:1::2]:8080/~ops/live_server-1.iso"));
            }
            InstallRequest r = new InstallRequest(InstallFixtures.network(), InstallFixtures.host(),
                    InstallFixtures.hostNetwork(HostLink.single(InstallFixtures.host().mac()), AddressingMode.STATIC),
                    b.build(), InstallFixtures.TOKEN);
            assertThat(KernelCommandLine.of(r).toString()).as(release.id()).isNotEmpty();
        }
    }
}
