package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class BootNetworkValidatorTest {

    private static BootNetwork.Builder lab() {
        return BootNetworkTest.lab();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejects(BootNetwork.Builder b, String field) {
        return assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    @Test
    void fr04NonSlash64PrefixIsRefusedOnAPxeLink() {
        rejects(lab().prefix(Ipv6Prefix.parse("2001:db8:0:3::4/126")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")), "prefix").hasMessageContaining("/64");
    }

    @Test
    void missingPrefixInformationIsRefused() {
        rejects(lab().prefix(null), "prefix").hasMessageContaining("prefix information");
    }

    @Test
    void raFlagsThatLeaveFirmwareWithoutDhcpv6AreRefused() {
        rejects(lab().routerAdvertisement(RouterAdvertisement.of(false, false, true, true)), "routerAdvertisement")
                .hasMessageContaining("M=0 and O=0 leave firmware without a DHCPv6 answer");
    }

    @Test
    void raFlagsThatGiveNoAddressAreRefused() {
        rejects(lab().routerAdvertisement(RouterAdvertisement.of(false, true, false, true)), "routerAdvertisement")
                .hasMessageContaining("M=0 and A=0");
    }

    @Test
    void statelessAndStatefulWithoutSlaacAreAccepted() {
        assertThat(lab().routerAdvertisement(RouterAdvertisement.STATELESS).build().routerAdvertisement().managed())
                .isFalse();
        assertThat(lab().routerAdvertisement(RouterAdvertisement.of(true, false, false, true)).build()
                .routerAdvertisement().autonomous()).isFalse();
    }

    @Test
    void fr04OffLinkBootServerNeedsTheAdvertisedDefaultRoute() {
        BootNetwork.Builder offLink = lab().bootServer(Ipv6Address.parse("2001:db8:0:2::2"));
        assertThat(offLink.build().bootServer()).isEqualTo(Ipv6Address.parse("2001:db8:0:2::2"));
        rejects(offLink.routerAdvertisement(RouterAdvertisement.STATEFUL.withDefaultRouter(false)), "bootServer")
                .hasMessageContaining("is not on-link (outside 2001:db8:0:1::/64) and the RA advertises no default router");
    }

    @Test
    void offLinkTftpAndDnsServersNeedARouteToo() {
        RouterAdvertisement noRoute = RouterAdvertisement.STATEFUL.withDefaultRouter(false);
        rejects(lab().tftpServer(Ipv6Address.parse("2001:db8:0:9::1")).routerAdvertisement(noRoute), "tftpServer");
        rejects(lab().dnsServer(Ipv6Address.parse("2001:db8:0:9::53")).routerAdvertisement(noRoute), "dnsServers[1]");
        assertThat(lab().routerAdvertisement(noRoute).build().routerAdvertisement().defaultRouter()).isFalse();
    }

    @Test
    void linkLocalAndZoneIdsCannotGoIntoABootUrl() {
        rejects(lab().bootServer(Ipv6Address.parse("fe80::2")), "bootServer").hasMessageContaining("global unicast");
        assertThatThrownBy(() -> BootUrl.parse("loaderBaseUrl", "http://[fe80::2]:8080/efi"))
                .hasMessageStartingWith("loaderBaseUrl must not use a link-local address");
        assertThatThrownBy(() -> BootUrl.parse("loaderBaseUrl", "http://[fe80::2%25br0]/efi"))
                .hasMessageStartingWith("loaderBaseUrl must not carry a zone id");
        assertThatThrownBy(() -> BootUrl.parse("loaderBaseUrl", "http://[2001:db8::2%br0]/efi"))
                .hasMessageStartingWith("loaderBaseUrl must not carry a zone id");
    }

    @Test
    void ipv6LiteralWithoutBracketsIsRefused() {
        assertThatThrownBy(() -> BootUrl.parse("loaderBaseUrl", "http://2001:db8:0:1::2:8080/efi"))
                .hasMessageStartingWith("loaderBaseUrl has an IPv6 literal without brackets");
        assertThatThrownBy(() -> BootUrl.parse("loaderBaseUrl", "tftp://2001:db8::1/ipxe.efi"))
                .hasMessageStartingWith("loaderBaseUrl has an IPv6 literal without brackets");
    }

    @Test
    void dnsNamesNeedDeliveredDns() {
        BootUrl named = BootUrl.parse("loaderBaseUrl", "http://boot.example:8080/efi");
        assertThat(lab().loaderBaseUrl(named).build().loaderBaseUrl().toString()).isEqualTo("http://boot.example:8080/efi");
        BootNetwork.Builder noDns = BootNetwork.builder().name("x").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2"));
        rejects(noDns.loaderBaseUrl(named), "loaderBaseUrl").hasMessageContaining("delivers no DNS server");
    }

    @Test
    void offLinkLoaderLiteralNeedsARoute() {
        BootUrl offLink = BootUrl.parse("loaderBaseUrl", "http://[2001:db8:0:7::80]/efi");
        assertThat(lab().loaderBaseUrl(offLink).build().loaderBaseUrl()).isEqualTo(offLink);
        rejects(lab().loaderBaseUrl(offLink).routerAdvertisement(RouterAdvertisement.STATEFUL.withDefaultRouter(false)),
                "loaderBaseUrl");
    }

    @Test
    void loaderBaseMustBeHttp() {
        rejects(lab().loaderBaseUrl(BootUrl.parse("u", "tftp://[2001:db8:0:1::1]/efi")), "loaderBaseUrl")
                .hasMessageContaining("must be an http:// URL");
    }

    @Test
    void loaderBaseDefaultsUnderTheBootService() {
        assertThat(lab().build().loaderBaseUrl().toString()).isEqualTo("http://[2001:db8:0:1::2]:8080/netboot6/loaders");
    }

    @Test
    void theSubnetRouterAnycastIsNoServer() {
        rejects(lab().bootServer(Ipv6Address.parse("2001:db8:0:1::")), "bootServer")
                .hasMessageContaining("subnet-router anycast address of 2001:db8:0:1::/64");
    }

    @Test
    void aDnsServerInsideThePoolIsRefused() {
        BootNetwork n = lab().build();
        rejects(lab().dnsServer(n.poolStart()), "poolStart")
                .hasMessageContaining("contains the fixed address " + n.poolStart());
    }
}
