package org.netboot6.render.dhcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netboot6.identity.Duid;
import org.netboot6.identity.HostReservation;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Mac;
import org.netboot6.model.RouterAdvertisement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Client classes, DNS options and reservations as each DHCPv6 server's renderer writes them. */
class BootClassRenderersTest {
    private static final String IPXE_URL = "http://[2001:db8:0:1::2]:8080/netboot6/boot.ipxe";
    private static final String X64_TFTP = "tftp://[2001:db8:0:1::1]/ipxe.efi";
    private static final String X64_HTTP = "http://[2001:db8:0:1::2]:8080/netboot6/loaders/ipxe.efi";
    private static final String ARM64_TFTP = "tftp://[2001:db8:0:1::1]/ipxe-arm64.efi";
    private static final String ARM64_HTTP = "http://[2001:db8:0:1::2]:8080/netboot6/loaders/ipxe-arm64.efi";

    private final BootNetwork network = TestNetworks.rack1().build();
    private final List<HostReservation> reservations = List.of(
            HostReservation.byMac(Hostname.parse("vm1"), Mac.parse("00:00:5e:00:53:01"), Ipv6Address.parse("2001:db8:0:1::101")),
            HostReservation.byDuid(Hostname.parse("vm2"), Duid.parse("00:04:11:11:11:11:22:22:33:33:44:44:55:55:55:55:55:02"),
                    Ipv6Address.parse("2001:db8:0:1::102")));
    private final KeaRuntimePaths keaPaths = new KeaRuntimePaths(Path.of("/tmp/kea"), Path.of("/tmp/kea/ctrl.sock"),
            Path.of("/tmp/kea/kea.log"));
    private final DnsmasqRuntime dnsmasq = DnsmasqRuntime.of(Path.of("/run/nb6/dnsmasq.pid"),
            Path.of("/run/nb6/dnsmasq.leases"), Path.of("/var/log/nb6-dnsmasq.log"));

    @Test
    void oneOrderedClassListForAllServers() {
        List<BootClass> classes = BootLoaders.classes(network);
        assertThat(classes).extracting(BootClass::name)
                .containsExactly("ipxe", "uefi-x64-pxe", "uefi-x64-http", "uefi-arm64-pxe", "uefi-arm64-http");
        assertThat(classes).extracting(BootClass::bootfileUrl).containsExactly(IPXE_URL, X64_TFTP, X64_HTTP, ARM64_TFTP,
                ARM64_HTTP);
        assertThat(classes).flatExtracting(BootClass::archs).extracting(ClientArch::code).containsExactly(7, 9, 16, 11, 19)
                .doesNotContain(0);
        assertThat(classes).filteredOn(BootClass::httpClient).extracting(BootClass::name)
                .containsExactly("uefi-x64-http", "uefi-arm64-http");
    }

    @Test
    void keaClassesTestIpxeFirstThenArchitecturesAndEchoHttpClient() throws Exception {
        JsonNode dhcp6 = new ObjectMapper().readTree(new KeaDhcp6ConfigRenderer().render(network, reservations, keaPaths))
                .get("Dhcp6");
        JsonNode classes = dhcp6.get("client-classes");
        assertThat(classes.get(0).get("test").asText()).isEqualTo("substring(option[15].hex,2,4) == 'iPXE'");
        assertThat(classes.get(1).get("test").asText())
                .isEqualTo("not member('ipxe') and (option[61].hex == 0x0007 or option[61].hex == 0x0009)");
        assertThat(classes.get(2).get("test").asText()).isEqualTo("not member('ipxe') and (option[61].hex == 0x0010)");
        assertThat(classes.get(3).get("test").asText()).isEqualTo("not member('ipxe') and (option[61].hex == 0x000b)");
        assertThat(classes.get(4).get("test").asText()).isEqualTo("not member('ipxe') and (option[61].hex == 0x0013)");
        JsonNode http = classes.get(2).get("option-data");
        assertThat(http.get(0).get("data").asText()).isEqualTo(X64_HTTP);
        assertThat(http.get(1).get("name").asText()).isEqualTo("vendor-class");
        assertThat(http.get(1).get("data").asText()).isEqualTo("0, 000a48545450436c69656e74");
        assertThat(http.get(1).get("always-send").asBoolean()).isTrue();
        assertThat(classes.get(1).get("option-data")).hasSize(1);
        assertThat(dhcp6.get("compatibility").get("lenient-option-parsing").asBoolean()).isTrue();
        JsonNode r = dhcp6.get("subnet6").get(0).get("reservations");
        assertThat(r.get(0).get("hw-address").asText()).isEqualTo("00:00:5e:00:53:01");
        assertThat(r.get(1).get("duid").asText()).isEqualTo("00:04:11:11:11:11:22:22:33:33:44:44:55:55:55:55:55:02");
        assertThat(r.get(1).get("ip-addresses").get(0).asText()).isEqualTo("2001:db8:0:1::102");
    }

    @Test
    void keaOmitsDnsOptionWhenTheNetworkHasNoDns() throws Exception {
        BootNetwork noDns = TestNetworks.rack1().build().toBuilder().build();
        BootNetwork.Builder b = BootNetwork.builder().name("n").interfaceName("br0").prefix(noDns.prefix())
                .router(noDns.router()).bootServer(noDns.bootServer());
        JsonNode options = new ObjectMapper().readTree(new KeaDhcp6ConfigRenderer().render(b.build(), keaPaths))
                .get("Dhcp6").get("option-data");
        assertThat(options).isEmpty();
    }

    @Test
    void iscTestsIpxeFirstAndDeclaresEveryOptionItSends() {
        String conf = new IscDhcpd6ConfigRenderer().render(network, reservations);
        assertThat(conf).contains(
                "option dhcp6.user-class code 15 = string;\n",
                "option dhcp6.vendor-class code 16 = { integer 32, integer 16, string };\n",
                "option dhcp6.bootfile-url code 59 = string;\n",
                "option dhcp6.client-arch-type code 61 = array of unsigned integer 16;\n",
                "option dhcp6.name-servers 2001:db8:0:1::53, 2001:db8::53;\n",
                "option dhcp6.domain-search \"lab.example\", \"example.org\";\n",
                "  range6 2001:db8:0:1::1000 2001:db8:0:1::1fff;\n",
                "  if substring(option dhcp6.user-class, 2, 4) = \"iPXE\" { # ipxe\n    option dhcp6.bootfile-url \""
                        + IPXE_URL + "\";\n  }",
                "  } elsif option dhcp6.client-arch-type = 00:07 or option dhcp6.client-arch-type = 00:09 { # uefi-x64-pxe\n"
                        + "    option dhcp6.bootfile-url \"" + X64_TFTP + "\";\n  }",
                "  } elsif option dhcp6.client-arch-type = 00:10 { # uefi-x64-http\n    option dhcp6.bootfile-url \"" + X64_HTTP
                        + "\";\n    option dhcp6.vendor-class 0 10 \"HTTPClient\";\n  }",
                "elsif option dhcp6.client-arch-type = 00:0b {", "elsif option dhcp6.client-arch-type = 00:13 {",
                "host vm1 {\n  hardware ethernet 00:00:5e:00:53:01;\n  fixed-address6 2001:db8:0:1::101;\n}",
                "host vm2 {\n  host-identifier option dhcp6.client-id 00:04:11:11:11:11:22:22:33:33:44:44:55:55:55:55:55:02;\n"
                        + "  fixed-address6 2001:db8:0:1::102;\n}");
        assertThat(conf.indexOf("iPXE")).isLessThan(conf.indexOf("00:07"));
        assertThat(conf.chars().filter(c -> c == '{').count()).isEqualTo(conf.chars().filter(c -> c == '}').count());
    }

    /** FR-01: architectures are matched on DHCPv6 option 61, never the DHCPv4 name option:client-arch. */
    @Test
    void fr01DnsmasqMatchesOption6Code61() {
        String conf = new DnsmasqConfigRenderer().render(network, reservations, dnsmasq);
        assertThat(conf).doesNotContain("option:client-arch").contains(
                "dhcp-match=set:uefi-x64-pxe,option6:61,00:07\n",
                "dhcp-match=set:uefi-x64-pxe,option6:61,00:09\n",
                "dhcp-match=set:uefi-arm64-pxe,option6:61,00:0b\n",
                "dhcp-option=tag:!ipxe,tag:uefi-x64-pxe,option6:bootfile-url," + X64_TFTP + "\n",
                "dhcp-option=tag:!ipxe,tag:uefi-arm64-pxe,option6:bootfile-url," + ARM64_TFTP + "\n");
        assertThat(conf).doesNotContain("option6:61,00:00").doesNotContain(X64_HTTP);
    }

    @Test
    void dnsmasqIpxeFirstDnsSearchListReservationsAndTheHttpBootLimit() {
        String conf = new DnsmasqConfigRenderer().render(network, reservations, dnsmasq);
        assertThat(conf).contains(
                "dhcp-userclass=set:ipxe,iPXE\ndhcp-option=tag:ipxe,option6:bootfile-url," + IPXE_URL + "\n",
                "dhcp-option=option6:dns-server,[2001:db8:0:1::53],[2001:db8::53]\n",
                "dhcp-option=option6:domain-search,lab.example,example.org\n",
                "dhcp-range=2001:db8:0:1::1000,2001:db8:0:1::1fff,slaac,64,900s\n",
                "dhcp-host=00:00:5e:00:53:01,[2001:db8:0:1::101],vm1\n",
                "dhcp-host=id:00:04:11:11:11:11:22:22:33:33:44:44:55:55:55:55:55:02,[2001:db8:0:1::102],vm2\n",
                "# uefi-x64-http (arch 16): not served, dnsmasq cannot send the HTTPClient vendor class\n",
                "user=dnsmasq\n");
        assertThat(conf.indexOf("dhcp-userclass")).isLessThan(conf.indexOf("dhcp-match"));
        assertThat(conf).doesNotContain("enable-ra").doesNotContain("enable-tftp");
    }

    @Test
    void dnsmasqSendsRasItselfWhenAskedWithTheNetworksFlags() {
        String stateful = new DnsmasqConfigRenderer().render(network, dnsmasq.withRouterAdvertisements()
                .withTftp(Path.of("/srv/tftp")));
        assertThat(stateful).contains("enable-ra\nra-param=br0,10\n", "enable-tftp\ntftp-root=/srv/tftp\n");
        BootNetwork stateless = TestNetworks.rack1().routerAdvertisement(RouterAdvertisement.STATELESS).build();
        // UEFI firmware solicits an address whatever the M flag says: dnsmasq always leases the pool (DHCPv6 only,
        // radvd says M=0), and refuses to send M=0 RAs itself, which would lease nothing
        assertThat(new DnsmasqConfigRenderer().render(stateless, dnsmasq))
                .contains("dhcp-range=2001:db8:0:1::1000,2001:db8:0:1::1fff,slaac,64,900s\n").doesNotContain("ra-stateless");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DnsmasqConfigRenderer().render(stateless,
                dnsmasq.withRouterAdvertisements())).isInstanceOf(org.netboot6.model.InvalidValueException.class)
                .hasMessageStartingWith("ramanaged false cannot be served by dnsmasq");
        BootNetwork noRoute = TestNetworks.isolated().routerAdvertisement(RouterAdvertisement.of(true, true, false, false))
                .build();
        assertThat(new DnsmasqConfigRenderer().render(noRoute, dnsmasq.withRouterAdvertisements()))
                .contains("ra-param=br0,10,0\n", "dhcp-range=2001:db8:0:1::1000,2001:db8:0:1::1fff,64,900s\n");
    }

    @Test
    void badReservationsAreRefusedByEveryRenderer() {
        HostReservation outside = HostReservation.byMac(Hostname.parse("vm9"), Mac.parse("00:00:5e:00:53:09"),
                Ipv6Address.parse("2001:db8:0:2::9"));
        HostReservation onServer = HostReservation.byMac(Hostname.parse("vm9"), Mac.parse("00:00:5e:00:53:09"),
                Ipv6Address.parse("2001:db8:0:1::2"));
        HostReservation sameName = HostReservation.byMac(Hostname.parse("vm1"), Mac.parse("00:00:5e:00:53:09"),
                Ipv6Address.parse("2001:db8:0:1::109"));
        HostReservation onDnsServer = HostReservation.byMac(Hostname.parse("vm9"), Mac.parse("00:00:5e:00:53:09"),
                Ipv6Address.parse("2001:db8:0:1::53"));
        for (List<HostReservation> bad : List.of(List.of(outside), List.of(onServer), List.of(onDnsServer),
                List.of(reservations.get(0), sameName))) {
            assertThatThrownBy(() -> new KeaDhcp6ConfigRenderer().render(network, bad, keaPaths))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reservations[");
            assertThatThrownBy(() -> new IscDhcpd6ConfigRenderer().render(network, bad))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reservations[");
            assertThatThrownBy(() -> new DnsmasqConfigRenderer().render(network, bad, dnsmasq))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reservations[");
        }
    }
}
