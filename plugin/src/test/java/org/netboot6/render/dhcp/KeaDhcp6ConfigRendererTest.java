package org.netboot6.render.dhcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.DomainName;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class KeaDhcp6ConfigRendererTest {
    private final BootNetwork network = BootNetwork.builder().name("rack1").interfaceName("br0")
            .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
            .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).bootPort(8080)
            .tftpServer(Ipv6Address.parse("2001:db8:0:1::1"))
            .dnsServer(Ipv6Address.parse("2001:db8:0:1::53")).dnsServer(Ipv6Address.parse("2001:db8::53"))
            .searchDomain(DomainName.parse("d", "lab.example")).build();

    private JsonNode render() throws Exception {
        String json = new KeaDhcp6ConfigRenderer().render(network,
                new KeaRuntimePaths(Path.of("/tmp/kea"), Path.of("/tmp/kea/ctrl.sock"), Path.of("/tmp/kea/kea.log")));
        return new ObjectMapper().readTree(json).get("Dhcp6");
    }

    @Test
    void ipxeClassComesFirstAndGetsTheBootScript() throws Exception {
        JsonNode classes = render().get("client-classes");
        assertThat(classes.get(0).get("name").asText()).isEqualTo("ipxe");
        assertThat(classes.get(0).get("test").asText()).isEqualTo("substring(option[15].hex,2,4) == 'iPXE'");
        assertThat(classes.get(0).get("option-data").get(0).get("data").asText())
                .isEqualTo("http://[2001:db8:0:1::2]:8080/netboot6/boot.ipxe");
    }

    @Test
    void uefiPxeClassExcludesIpxeAndGetsTheTftpLoader() throws Exception {
        JsonNode uefi = render().get("client-classes").get(1);
        assertThat(uefi.get("test").asText()).startsWith("not member('ipxe') and ").contains("0x0007", "0x0009");
        assertThat(uefi.get("option-data").get(0).get("data").asText()).isEqualTo("tftp://[2001:db8:0:1::1]/ipxe.efi");
    }

    @Test
    void dnsAndSearchListAsOptions23And24() throws Exception {
        JsonNode options = render().get("option-data");
        assertThat(options.get(0).get("name").asText()).isEqualTo("dns-servers");
        assertThat(options.get(0).get("data").asText()).isEqualTo("2001:db8:0:1::53, 2001:db8::53");
        assertThat(options.get(1).get("name").asText()).isEqualTo("domain-search");
        assertThat(options.get(1).get("data").asText()).isEqualTo("lab.example");
    }

    @Test
    void subnetPoolAndPaths() throws Exception {
        JsonNode dhcp6 = render();
        JsonNode subnet = dhcp6.get("subnet6").get(0);
        assertThat(subnet.get("subnet").asText()).isEqualTo("2001:db8:0:1::/64");
        assertThat(subnet.get("interface").asText()).isEqualTo("br0");
        assertThat(subnet.get("pools").get(0).get("pool").asText()).isEqualTo("2001:db8:0:1::1000-2001:db8:0:1::1fff");
        assertThat(dhcp6.get("lease-database").get("name").asText()).isEqualTo("/tmp/kea/netboot6-leases6.csv");
        assertThat(dhcp6.get("interfaces-config").get("interfaces").get(0).asText()).isEqualTo("br0");
    }
}
