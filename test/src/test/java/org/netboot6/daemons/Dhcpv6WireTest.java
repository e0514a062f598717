package org.netboot6.daemons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboot6.daemons.Dhcpv6Client.ascii;
import static org.netboot6.daemons.Dhcpv6Client.hex;
import static org.netboot6.daemons.Dhcpv6Options.hex;
import static org.netboot6.daemons.Dhcpv6Client.u16;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netboot6.lab.Commands;
import org.netboot6.lab.DhcpServer;
import org.netboot6.lab.LabDhcp;
import org.netboot6.lab.LabNetwork;
import org.netboot6.lab.Timeline;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.DomainName;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.RouterAdvertisement;

/**
 * Golden bytes on the wire: each DHCPv6 server, configured only by netboot6's renderer, answers Solicits shaped
 * like each boot client's. Every option of every Advertise must decode by its definition (FR-07), and options
 * 59, 16, 23 and 24 must be exactly the bytes below, written out by hand rather than computed by the renderers.
 */
class Dhcpv6WireTest {
    private static final String IPXE = "http://[2001:db8:0:1::2]:8080/netboot6/boot.ipxe";
    private static final String X64_TFTP = "tftp://[2001:db8:0:1::1]/ipxe.efi";
    private static final String X64_HTTP = "http://[2001:db8:0:1::2]:8080/netboot6/loaders/ipxe.efi";
    private static final String ARM_TFTP = "tftp://[2001:db8:0:1::1]/ipxe-arm64.efi";
    private static final String ARM_HTTP = "http://[2001:db8:0:1::2]:8080/netboot6/loaders/ipxe-arm64.efi";
    /** 2001:db8:0:1::53 */
    private static final String DNS_23 = "20010db8000000010000000000000053";
    /** lab.example, example.org in DNS wire format */
    private static final String SEARCH_24 = "036c6162076578616d706c6500076578616d706c65036f726700";
    /** enterprise 0, one item: length 10, "HTTPClient" */
    private static final String HTTP_CLIENT_16 = "00000000000a48545450436c69656e74";

    private static final BootNetwork NETWORK = BootNetwork.builder().name("wire").interfaceName(LabNetwork.BRIDGE)
            .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("2001:db8:0:1::1"))
            .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).bootPort(8080).tftpServer(Ipv6Address.parse("2001:db8:0:1::1"))
            .dnsServer(Ipv6Address.parse("2001:db8:0:1::53")).searchDomain(DomainName.parse("d", "lab.example"))
            .searchDomain(DomainName.parse("d", "example.org")).build();

    /** A boot client: architecture, iPXE user class or not, and the vendor class it sends. */
    private static final class Client {
        final String label;
        final int arch;
        final boolean ipxe;
        final byte[] vendorClass;

        Client(String label, int arch, boolean ipxe, byte[] vendorClass) {
            this.label = label;
            this.arch = arch;
            this.ipxe = ipxe;
            this.vendorClass = vendorClass;
        }
    }

    private static byte[] vendorClass(long enterprise, String data) {
        return ByteBuffer.allocate(6 + data.length()).putInt((int) enterprise).putShort((short) data.length())
                .put(ascii(data)).array();
    }

    private static final Client BIOS_IPXE = new Client("BIOS iPXE ROM", 0, true, vendorClass(343, "PXEClient:Arch:00000:UNDI:002001"));
    private static final Client EFI_IPXE = new Client("iPXE EFI (arch 7)", 7, true, vendorClass(343, "PXEClient:Arch:00007:UNDI:003010"));
    private static final Client UEFI_PXE_7 = new Client("UEFI PXE arch 7", 7, false, vendorClass(343, "PXEClient:Arch:00007:UNDI:003000"));
    private static final Client UEFI_PXE_9 = new Client("UEFI PXE arch 9", 9, false, vendorClass(343, "PXEClient:Arch:00009:UNDI:003000"));
    private static final Client UEFI_HTTP_16 = new Client("UEFI HTTP arch 16", 16, false, vendorClass(343, "HTTPClient:Arch:00016:UNDI:003000"));
    private static final Client ARM_PXE_11 = new Client("arm64 UEFI PXE arch 11", 11, false, vendorClass(343, "PXEClient:Arch:00011:UNDI:003000"));
    private static final Client ARM_HTTP_19 = new Client("arm64 UEFI HTTP arch 19", 19, false, vendorClass(343, "HTTPClient:Arch:00019:UNDI:003000"));
    private static final Client BIOS_PLAIN = new Client("BIOS without iPXE", 0, false, vendorClass(343, "PXEClient:Arch:00000:UNDI:002001"));
    /** FR-07: option 16 without the enterprise number; still classified by option 61. */
    private static final Client MALFORMED_16 = new Client("UEFI PXE arch 7, malformed option 16", 7, false, ascii("HTTPClient"));

    @Test
    void keaAnswersEveryClientClassWithTheGoldenBytes() throws Exception {
        Map<Client, Map<Integer, byte[]>> replies = solicitAll(DhcpServer.KEA);
        expect(replies, true);
    }

    @Test
    void iscDhcpdAnswersEveryClientClassWithTheGoldenBytes() throws Exception {
        Map<Client, Map<Integer, byte[]>> replies = solicitAll(DhcpServer.ISC_DHCPD);
        expect(replies, true);
    }

    /**
     * A stateless network (RA M=0, O=1, A=1): UEFI firmware still solicits an address and must still get one with
     * its boot file, from every server (dnsmasq for DHCPv6 only here: its own RAs cannot say M=0 and lease addresses).
     */
    @Test
    void onAStatelessNetworkFirmwareStillGetsAnAddressAndItsBootFile() throws Exception {
        BootNetwork stateless = NETWORK.toBuilder().routerAdvertisement(RouterAdvertisement.STATELESS).build();
        expect(solicitAll(DhcpServer.KEA, stateless), true);
        expect(solicitAll(DhcpServer.ISC_DHCPD, stateless), true);
    }

    /** dnsmasq cannot send the HTTPClient echo, so HTTP-boot clients get no boot file from it (documented limit). */
    @Test
    void dnsmasqAnswersEveryClientClassWithTheGoldenBytesExceptHttpBoot() throws Exception {
        Map<Client, Map<Integer, byte[]>> replies = solicitAll(DhcpServer.DNSMASQ);
        expect(replies, false);
    }

    private static void expect(Map<Client, Map<Integer, byte[]>> replies, boolean httpBoot) {
        assertBootfile(replies, BIOS_IPXE, IPXE);
        assertBootfile(replies, EFI_IPXE, IPXE);
        assertBootfile(replies, UEFI_PXE_7, X64_TFTP);
        assertBootfile(replies, UEFI_PXE_9, X64_TFTP);
        assertBootfile(replies, ARM_PXE_11, ARM_TFTP);
        assertBootfile(replies, BIOS_PLAIN, null);
        assertBootfile(replies, UEFI_HTTP_16, httpBoot ? X64_HTTP : null);
        assertBootfile(replies, ARM_HTTP_19, httpBoot ? ARM_HTTP : null);
        for (Client c : List.of(UEFI_HTTP_16, ARM_HTTP_19)) {
            if (httpBoot) {
                assertThat(hex(replies.get(c).get(16))).as(c.label + " option 16").isEqualTo(HTTP_CLIENT_16);
            } else {
                assertThat(replies.get(c)).as(c.label).doesNotContainKey(16);
            }
        }
        for (Client c : List.of(BIOS_IPXE, EFI_IPXE, UEFI_PXE_7, ARM_PXE_11, BIOS_PLAIN)) {
            assertThat(replies.get(c)).as(c.label + ": no HTTPClient echo outside HTTP boot").doesNotContainKey(16);
        }
        for (Map.Entry<Client, Map<Integer, byte[]>> r : replies.entrySet()) {
            List<String> decoded = Dhcpv6Options.decodeAll(r.getValue());
            System.out.println(r.getKey().label + ": " + decoded);
            assertThat(hex(r.getValue().get(23))).as(r.getKey().label + " option 23").isEqualTo(DNS_23);
            assertThat(hex(r.getValue().get(24))).as(r.getKey().label + " option 24").isEqualTo(SEARCH_24);
            assertThat(decoded).as(r.getKey().label).anyMatch(s -> s.startsWith("ia-na ") && s.contains("iaaddr 2001:db8:0:1:0:0:0:1"));
        }
        assertBootfile(replies, MALFORMED_16, X64_TFTP);
    }

    private static void assertBootfile(Map<Client, Map<Integer, byte[]>> replies, Client c, String url) {
        Map<Integer, byte[]> r = replies.get(c);
        assertThat(r).as(c.label + " got an Advertise").isNotNull();
        if (url == null) {
            assertThat(r).as(c.label + " gets no boot file").doesNotContainKey(59);
        } else {
            assertThat(r).as(c.label).containsKey(59);
            assertThat(hex(r.get(59))).as(c.label + " option 59").isEqualTo(hex(ascii(url)));
        }
    }

    private static Map<Client, Map<Integer, byte[]>> solicitAll(DhcpServer server) throws Exception {
        return solicitAll(server, NETWORK);
    }

    private static Map<Client, Map<Integer, byte[]>> solicitAll(DhcpServer server, BootNetwork network) throws Exception {
        Path dir = Files.createTempDirectory("netboot6-wire-");
        Timeline timeline = new Timeline(System.out);
        List<AutoCloseable> resources = new ArrayList<>();
        Map<Client, Map<Integer, byte[]>> replies = new LinkedHashMap<>();
        try {
            LabNetwork net = LabNetwork.create(dir, timeline);
            resources.add(net);
            Commands.inNetns(net.netns(), "ip", "addr", "add", "2001:db8:0:1::1/64", "dev", LabNetwork.BRIDGE, "nodad");
            new LabDhcp(net, dir, timeline, resources).start(server, network);
            Thread.sleep(300);
            try (Dhcpv6Client client = new Dhcpv6Client("nb6h" + net.netns().substring("nb6lab-".length()))) {
                int n = 0;
                for (Client c : List.of(BIOS_IPXE, EFI_IPXE, UEFI_PXE_7, UEFI_PXE_9, UEFI_HTTP_16, ARM_PXE_11, ARM_HTTP_19,
                        BIOS_PLAIN, MALFORMED_16)) {
                    n++;
                    try {
                        replies.put(c, client.solicit(solicit(c, n)));
                    } catch (java.net.SocketTimeoutException e) {
                        throw new AssertionError(server.label() + " did not answer " + c.label, e);
                    }
                }
            }
        } finally {
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).close();
            }
            TempDirs.delete(dir);
        }
        return replies;
    }

    private static Map<Integer, byte[]> solicit(Client c, int n) throws Exception {
        Map<Integer, byte[]> o = new LinkedHashMap<>();
        o.put(1, hex(String.format("0004 11111111 2222 3333 4444 5555555555%02x", n)));
        o.put(3, ByteBuffer.allocate(12).putInt(0x1000 + n).putInt(0).putInt(0).array());
        o.put(8, u16(0));
        o.put(6, u16(23, 24, 59, 16));
        o.put(61, u16(c.arch));
        if (c.ipxe) {
            ByteArrayOutputStream uc = new ByteArrayOutputStream();
            uc.write(u16(4));
            uc.write(ascii("iPXE"));
            o.put(15, uc.toByteArray());
        }
        o.put(16, c.vendorClass);
        return o;
    }
}
