package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BootNetworkTest {

    static BootNetwork.Builder lab() {
        return BootNetwork.builder()
                .name("rack1")
                .interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64"))
                .router(Ipv6Address.parse("2001:db8:0:1::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2"))
                .bootPort(8080)
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53"))
                .searchDomain(DomainName.parse("searchDomain", "lab.example"));
    }

    @Test
    void defaultsTftpToTheBootServerAndAPoolInsideThePrefix() {
        BootNetwork n = lab().build();
        assertThat(n.tftpServer()).isEqualTo(n.bootServer());
        assertThat(n.poolStart()).isEqualTo(Ipv6Address.parse("2001:db8:0:1::1000"));
        assertThat(n.poolEnd()).isEqualTo(Ipv6Address.parse("2001:db8:0:1::1fff"));
        assertThat(n.bootBaseUrl()).isEqualTo("http://[2001:db8:0:1::2]:8080/netboot6");
    }

    @Test
    void pxeLinksMustBeSlash64() {
        assertThatThrownBy(() -> lab().prefix(Ipv6Prefix.parse("2001:db8:0:3::4/126"))
                .router(Ipv6Address.parse("fe80::1")).build())
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("prefix must be a /64");
    }

    @Test
    void bootServerCannotBeLinkLocal() {
        assertThatThrownBy(() -> lab().bootServer(Ipv6Address.parse("fe80::2")).build())
                .hasMessageStartingWith("bootServer must be a global unicast address");
    }

    @Test
    void dnsIsOptionalButThenNoUrlMayUseADnsName() {
        BootNetwork.Builder b = BootNetwork.builder().name("x").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2"));
        assertThat(b.build().dnsServers()).isEmpty();
        assertThatThrownBy(() -> b.loaderBaseUrl(BootUrl.parse("u", "http://boot.example/efi")).build())
                .hasMessageStartingWith("loaderBaseUrl uses the DNS name boot.example but the network delivers no DNS server");
    }

    @Test
    void routerMustBeOnTheLink() {
        assertThatThrownBy(() -> lab().router(Ipv6Address.parse("2001:db8:0:2::1")).build())
                .hasMessageStartingWith("router must be a link-local address or inside 2001:db8:0:1::/64");
    }

    @Test
    void poolMustBeInsideAndOrderedAndAvoidFixedAddresses() {
        assertThatThrownBy(() -> lab().poolStart(Ipv6Address.parse("2001:db8:0:2::1")).build())
                .hasMessageStartingWith("poolStart must be inside");
        assertThatThrownBy(() -> lab().poolStart(Ipv6Address.parse("2001:db8:0:1::2000"))
                .poolEnd(Ipv6Address.parse("2001:db8:0:1::1000")).build())
                .hasMessageStartingWith("poolEnd must not be below poolStart");
        assertThatThrownBy(() -> lab().poolStart(Ipv6Address.parse("2001:db8:0:1::1")).build())
                .hasMessageContaining("contains the fixed address 2001:db8:0:1::1");
    }

    @Test
    void namesAndInterfacesCannotCarryDirectives() {
        assertThatThrownBy(() -> lab().name("rack1\n}; interface evil {").build()).hasMessageStartingWith("name ");
        assertThatThrownBy(() -> lab().interfaceName("br0;").build()).hasMessageStartingWith("interfaceName ");
        assertThatThrownBy(() -> lab().interfaceName("averyveryverylongname").build())
                .hasMessageStartingWith("interfaceName ");
    }

    @Test
    void portRange() {
        assertThatThrownBy(() -> lab().bootPort(0).build()).hasMessageStartingWith("bootPort ");
        assertThatThrownBy(() -> lab().bootPort(65536).build()).hasMessageStartingWith("bootPort ");
    }

    @Test
    void builderRoundTrip() {
        BootNetwork n = lab().build();
        assertThat(n.toBuilder().build()).isEqualTo(n);
    }
}
