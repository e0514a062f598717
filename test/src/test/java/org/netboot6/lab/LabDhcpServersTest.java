package org.netboot6.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.store.BootEventRepository.BootEvent;
import org.netboot6.testdb.ScratchDatabase;

/**
 * The BIOS iPXE host boots to DONE over IPv6 only with dnsmasq (RAs, DHCPv6 and TFTP from one rendered config)
 * and with ISC dhcpd -6 (plus radvd) as the DHCPv6 server; Kea is LabBootTest's. The server's own log must show
 * that it, and not another daemon, handed out the boot script URL.
 */
class LabDhcpServersTest {

    @Test
    void biosIpxeBootsWithDnsmasqDoingRaDhcpv6AndTftp() throws Exception {
        Path dir = Files.createTempDirectory("netboot6-lab-dnsmasq-");
        String log = bootBios(DhcpServer.DNSMASQ, dir, Mac.parse("00:00:5e:00:53:21"), "dnsmasq-01");
        // log-dhcp: the reply to iPXE (user class iPXE) carried option 59 = the generic script
        assertThat(log).contains("tags: ipxe").containsPattern("sent size: *\\d+ option: 59 bootfile-url +http://\\["
                + ".*\\]:\\d+/netboot6/boot.ipxe");
    }

    @Test
    void biosIpxeBootsWithIscDhcpd6() throws Exception {
        Path dir = Files.createTempDirectory("netboot6-lab-dhcpd-");
        String log = bootBios(DhcpServer.ISC_DHCPD, dir, Mac.parse("00:00:5e:00:53:22"), "dhcpd-01");
        assertThat(log).contains("Sending Reply to fe80::200:5eff:fe00:5322");
    }

    /** Boots one BIOS iPXE host in a fresh lab and returns the DHCPv6 server's log. */
    private static String bootBios(DhcpServer server, Path dir, Mac mac, String name) throws Exception {
        Timeline timeline = new Timeline(System.out);
        String log;
        try (ScratchDatabase db = ScratchDatabase.create("labdhcp");
             Lab lab = Lab.start(dir, db.dataSource(), timeline, server)) {
            assertThat(lab.dhcpServer()).isEqualTo(server);
            BootResult bios = lab.boot(Firmware.BIOS_IPXE, mac, SmbiosUuid.parse("11111111-2222-3333-4444-5555555555"
                    + mac.toString().substring(15)), Hostname.parse(name), LabDemo.BIOS_TIMEOUT);
            LabDemo.printSummary(List.of(bios));
            assertThat(bios.host().state()).isEqualTo(HostState.DONE);
            assertThat(bios.events()).extracting(BootEvent::kind).containsExactly("registered", "armed", "boot-script", "done");
            assertThat(bios.events().get(3).remote()).startsWith(lab.network().prefix().toString().replace("::/64", ":"));
            log = Files.readString(dir.resolve(server == DhcpServer.DNSMASQ ? "logs/dnsmasq.log" : "logs/dhcpd6.log"));
        }
        assertThat(timeline.lines()).noneMatch(l -> l.contains("kea-dhcp6"));
        assertThat(Commands.run("ip", "netns", "list")).doesNotContain(LabNetwork.NETNS_PREFIX);
        return log;
    }
}
