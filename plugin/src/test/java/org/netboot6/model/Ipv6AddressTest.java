package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Ipv6AddressTest {

    @ParameterizedTest
    @CsvSource({
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:DB8::1, 2001:db8::1",
        "::, ::",
        "::1, ::1",
        "fe80::1, fe80::1",
        "2001:db8:0:1:0:0:0:1000, 2001:db8:0:1::1000",
        // RFC 5952: a single zero group is not compressed; the longest run wins; the first on a tie
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "1::, 1::",
    })
    void printsRfc5952CanonicalForm(String in, String out) {
        assertThat(Ipv6Address.parse(in).toString()).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", ":::", "1::2::3", "2001:db8::1%eth0", "[2001:db8::1]", "2001:db8:1",
        "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "g::1", "192.0.2.1", "::ffff:192.0.2.1",
        "host.example", "1:", ":1", "2001:db8::1\nexit"})
    void refusesAnythingButALiteral(String text) {
        assertThatThrownBy(() -> Ipv6Address.parse("bootServer", text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("bootServer ");
    }

    @Test
    void zoneIdHasItsOwnMessage() {
        assertThatThrownBy(() -> Ipv6Address.parse("fe80::1%br0")).hasMessageContaining("zone id");
    }

    @Test
    void classifiesScopes() {
        assertThat(Ipv6Address.parse("fe80::1").isLinkLocal()).isTrue();
        assertThat(Ipv6Address.parse("febf::1").isLinkLocal()).isTrue();
        assertThat(Ipv6Address.parse("fec0::1").isLinkLocal()).isFalse();
        assertThat(Ipv6Address.parse("ff02::1").isMulticast()).isTrue();
        assertThat(Ipv6Address.parse("2001:db8::1").isRoutableUnicast()).isTrue();
        assertThat(Ipv6Address.parse("::1").isRoutableUnicast()).isFalse();
        assertThat(Ipv6Address.parse("::").isRoutableUnicast()).isFalse();
    }

    @Test
    void bracketsForUrls() {
        assertThat(Ipv6Address.parse("2001:db8::2").bracketed()).isEqualTo("[2001:db8::2]");
    }

    @Test
    void octetsAndOrder() {
        Ipv6Address a = Ipv6Address.parse("2001:db8::1");
        assertThat(a.octets()).hasSize(16).startsWith(0x20, 0x01, 0x0d, 0xb8).endsWith(0, 1);
        assertThat(Ipv6Address.of(Ipv6Address.parse("2001:db8:ff::8000:1").octets()))
                .isEqualTo(Ipv6Address.parse("2001:db8:ff::8000:1"));
        assertThat(a.compareTo(Ipv6Address.parse("2001:db8::2"))).isNegative();
        assertThat(Ipv6Address.parse("ff00::").compareTo(a)).isPositive();
    }
}
