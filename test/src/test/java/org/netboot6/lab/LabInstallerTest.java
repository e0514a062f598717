package org.netboot6.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.store.BootEventRepository.BootEvent;
import org.netboot6.testdb.ScratchDatabase;

/**
 * The real Debian 12 installer (debian-installer-12-netboot-amd64) netboots over IPv6 only through netboot6 and
 * fetches its own per-host preseed with its token; the VM is stopped there. Profile and host come through the
 * API commands.
 */
class LabInstallerTest {
    private static final Path DI = Path.of("/usr/lib/debian-installer/images/12/amd64/text/debian-installer/amd64");
    private static final String KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGp0c8c9f0Y3Jm3mO7c0bJv7b2h3kq0Qf8gk9w3Jm3mO ops@example";

    @Test
    void debian12InstallerFetchesItsOwnPreseedOverIpv6() throws Exception {
        assertThat(DI.resolve("linux")).as("debian-installer-12-netboot-amd64 is installed").exists();
        Timeline timeline = new Timeline(System.out);
        Path dir = Files.createTempDirectory("netboot6-labdi-");
        try (ScratchDatabase db = ScratchDatabase.create("labdi");
             Lab lab = Lab.start(dir, db.dataSource(), timeline)) {
            String mirror = lab.serveFiles(Map.of("/di/linux", DI.resolve("linux"), "/di/initrd.gz", DI.resolve("initrd.gz")));
            String profile = lab.createProfile(Map.of("name", "debian12-lab", "release", "debian-12",
                    "addressing", "static", "kernelurl", mirror + "/di/linux", "initrdurl", mirror + "/di/initrd.gz",
                    "mirror", mirror + "/debian", "username", "ops", "sshkeys", KEY));
            BootResult r = lab.installUntilAnswerFile(Firmware.BIOS_IPXE, Mac.parse("00:00:5e:00:53:10"),
                    SmbiosUuid.parse("11111111-2222-3333-4444-555555555510"), Hostname.parse("di-01"), profile,
                    Duration.ofSeconds(400));

            assertThat(r.host().state()).isEqualTo(HostState.PROVISIONING);
            assertThat(r.events()).extracting(BootEvent::kind)
                    .containsSubsequence("registered", "armed", "boot-script", "installer-file");
            BootEvent file = r.events().stream().filter(e -> e.kind().equals("installer-file")).findFirst().orElseThrow();
            assertThat(file.detail()).isEqualTo("preseed served");
            // the installer (not iPXE) fetched it, over IPv6, from an address in the lab prefix
            assertThat(file.remote()).startsWith(lab.network().prefix().toString().replace("::/64", ":"));
            List<String> http = timeline.lines().stream().filter(l -> l.contains(" http ")).collect(Collectors.toList());
            assertThat(http).anyMatch(l -> l.contains("\"GET /netboot6/preseed/") && l.contains("\" 200 "));
            assertThat(timeline.lines()).anyMatch(l -> l.contains("mirror") && l.contains("/di/initrd.gz -> 200"));
            System.out.printf("debian-installer fetched its preseed %.1f s after power-on%n", r.seconds());
        }
    }
}
