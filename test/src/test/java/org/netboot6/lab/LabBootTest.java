package org.netboot6.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.store.BootEventRepository.BootEvent;
import org.netboot6.testdb.ScratchDatabase;

/**
 * The walking skeleton end to end: real radvd and kea-dhcp6 configured by netboot6, real iPXE and OVMF in qemu,
 * IPv6 only; network and hosts created, and hosts armed, through the API commands (the lab prints them as cmk lines). Both boot paths must end with the host DONE in the database. Fails (never skips) when the machine
 * cannot build the lab.
 */
class LabBootTest {

    @Test
    void biosIpxeAndUefiPxe6HostsBootOverIpv6OnlyToDone() throws Exception {
        Timeline timeline = new Timeline(System.out);
        Path dir = Files.createTempDirectory("netboot6-labtest-");
        try (ScratchDatabase db = ScratchDatabase.create("lab");
             Lab lab = Lab.start(dir, db.dataSource(), timeline)) {
            BootResult bios = lab.boot(Firmware.BIOS_IPXE, Mac.parse("00:00:5e:00:53:01"),
                    SmbiosUuid.parse("11111111-2222-3333-4444-555555555501"), Hostname.parse("bios-01"),
                    LabDemo.BIOS_TIMEOUT);
            BootResult uefi = lab.boot(Firmware.UEFI_PXE6, Mac.parse("00:00:5e:00:53:02"),
                    SmbiosUuid.parse("11111111-2222-3333-4444-555555555502"), Hostname.parse("uefi-01"),
                    LabDemo.UEFI_TIMEOUT);
            LabDemo.printSummary(List.of(bios, uefi));

            for (BootResult r : List.of(bios, uefi)) {
                assertThat(r.host().state()).as(r.firmware().label()).isEqualTo(HostState.DONE);
                assertThat(r.events()).extracting(BootEvent::kind)
                        .containsExactly("registered", "armed", "boot-script", "done");
                // the script and the callback came from the guest's DHCPv6/SLAAC address in the lab prefix
                assertThat(r.events().get(3).remote()).startsWith(lab.network().prefix().toString().replace("::/64", ":"));
            }
            List<String> http = timeline.lines().stream().filter(l -> l.contains(" http ")).collect(Collectors.toList());
            System.out.println("Boot service access log:");
            http.forEach(l -> System.out.println("  " + l));
            for (String mac : List.of("00-00-5e-00-53-01", "00-00-5e-00-53-02")) {
                assertThat(http).anyMatch(l -> l.contains("\"GET /netboot6/host?mac=" + mac) && l.contains("\" 200 "));
            }
            assertThat(http).filteredOn(l -> l.contains("\"GET /netboot6/boot.ipxe\" 200 ")).hasSize(2);
            assertThat(http).filteredOn(l -> l.contains("\"GET /netboot6/done/") && l.contains("\" 200 ")).hasSize(2);
            assertThat(timeline.lines()).anyMatch(l -> l.contains("kea") && l.contains("lease for address"));
            assertThat(timeline.lines()).anyMatch(l -> l.contains("cmk create netbootnetwork"));
            assertThat(timeline.lines()).filteredOn(l -> l.contains("cmk provision netboothost")).hasSize(2);
            assertThat(timeline.lines()).anyMatch(l -> l.contains("tftp") && l.contains("sent") && l.contains("ipxe.efi"));
        }
        assertThat(Commands.run("ip", "netns", "list")).doesNotContain(LabNetwork.NETNS_PREFIX + "");
    }
}
