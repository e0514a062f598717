package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Digits and letters of other scripts that Character.digit, parseInt and case folding would accept. */
class AsciiOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8:a:8::\uff12", "2001:db8:a:9::\u0662", "2001:db8:a:9::\u0967", "\uff12001:db8::1",
        "2001:db8:a:9::\uff41"})
    void anAddressHasAsciiHexDigitsOnly(String text) {
        assertThatThrownBy(() -> Ipv6Address.parse("bootServer", text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("bootServer is not an IPv6 address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8:0:\uff11::/64", "2001:db8:0:1::/\uff16\uff14", "2001:db8:0:1::/6\u0664"})
    void aPrefixHasAsciiDigitsOnly(String text) {
        assertThatThrownBy(() -> Ipv6Prefix.parse("prefix", text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("prefix ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[2001:db8::\uff12]/debian", "http://[2001:db8::2]:80\uff10/debian"})
    void aUrlHostHasAsciiDigitsOnly(String text) {
        assertThatThrownBy(() -> BootUrl.parse("mirror", text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("mirror ");
    }

    @Test
    void aMacHasAsciiHexDigitsOnly() {
        assertThatThrownBy(() -> Mac.parse("52:54:00:12:34:\uff15\uff16")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void enumLikeValuesFoldAsciiLettersOnly() {
        assertThat(AddressingMode.parse("addressing", "Static")).isEqualTo(AddressingMode.STATIC);
        assertThat(AddressingMode.parse("addressing", "SLAAC")).isEqualTo(AddressingMode.SLAAC);
        // U+017F (long s) upper-cases to 'S', U+0131 (dotless i) to 'I', U+212A (Kelvin sign) lower-cases to 'k'
        assertThatThrownBy(() -> AddressingMode.parse("addressing", "\u017ftatic"))
                .hasMessage("addressing must be static or slaac: \"\\u017ftatic\"");
        assertThatThrownBy(() -> AddressingMode.parse("addressing", null)).hasMessageStartingWith("addressing must be");
        assertThatThrownBy(() -> OsRelease.parse("deb\u0131an-12")).hasMessageStartingWith("release is not one of");
        assertThatThrownBy(() -> OsRelease.parse("DEB\u0131AN_12")).hasMessageStartingWith("release is not one of");
        assertThat(OsRelease.parse("Debian-12")).isEqualTo(OsRelease.DEBIAN_12);
        assertThatThrownBy(() -> BondMode.parse("bondmode", "active-bac\u212aup")).hasMessageStartingWith("bondmode must be");
        assertThat(HostState.parse("state", "provisioning")).isEqualTo(HostState.PROVISIONING);
        assertThatThrownBy(() -> HostState.parse("state", "prov\u0131s\u0131on\u0131ng")).hasMessageStartingWith("state must be");
    }
}
