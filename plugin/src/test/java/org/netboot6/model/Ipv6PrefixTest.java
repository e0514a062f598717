package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv6PrefixTest {

    @Test
    void parsesAndContains() {
        Ipv6Prefix p = Ipv6Prefix.parse("2001:db8:0:1::/64");
        assertThat(p.length()).isEqualTo(64);
        assertThat(p.contains(Ipv6Address.parse("2001:db8:0:1::1fff"))).isTrue();
        assertThat(p.contains(Ipv6Address.parse("2001:db8:0:2::1"))).isFalse();
        assertThat(p.withInterfaceId(0x1000)).isEqualTo(Ipv6Address.parse("2001:db8:0:1::1000"));
    }

    @Test
    void otherLengths() {
        assertThat(Ipv6Prefix.parse("2001:db8:0:3::4/126").contains(Ipv6Address.parse("2001:db8:0:3::7"))).isTrue();
        assertThat(Ipv6Prefix.parse("2001:db8::/32").contains(Ipv6Address.parse("2001:db9::1"))).isFalse();
        assertThat(Ipv6Prefix.parse("::/0").contains(Ipv6Address.parse("ff02::1"))).isTrue();
    }

    @Test
    void refusesHostBitsAndSuggestsTheNetwork() {
        assertThatThrownBy(() -> Ipv6Prefix.parse("2001:db8:0:1::1/64"))
                .hasMessageContaining("host bits").hasMessageContaining("2001:db8:0:1::/64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::", "2001:db8::/", "2001:db8::/129", "2001:db8::/-1", "2001:db8::/6a", "/64"})
    void refusesMalformed(String text) {
        assertThatThrownBy(() -> Ipv6Prefix.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("prefix ");
    }
}
