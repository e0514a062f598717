package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BootUrlTest {

    @Test
    void parsesAndPrintsCanonically() {
        BootUrl u = BootUrl.parse("u", "HTTP://[2001:DB8:0:1:0:0:0:2]:8080/netboot6/loaders/");
        assertThat(u.toString()).isEqualTo("http://[2001:db8:0:1::2]:8080/netboot6/loaders");
        assertThat(u.literal()).contains(Ipv6Address.parse("2001:db8:0:1::2"));
        assertThat(u.resolve("ipxe.efi").toString()).isEqualTo("http://[2001:db8:0:1::2]:8080/netboot6/loaders/ipxe.efi");
        assertThat(BootUrl.parse("u", "tftp://boot.example").dnsName()).contains(DomainName.parse("d", "boot.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://[2001:db8::2]/a\nb", "http://[2001:db8::2]/a\"b", "http://[2001:db8::2]/a}b", "http://[2001:db8::2]/a;b",
        "http://[2001:db8::2]/a#b", "http://[2001:db8::2]/${uuid}", "http://[2001:db8::2]/a b", "http://[2001:db8::2]/a?x=1",
        "http://[2001:db8::2]/a%0a", "http://[2001:db8::2]/a'b", "http://[2001:db8::2]/a\\b", "http://u@[2001:db8::2]/",
        "http://[2001:db8::2]:0/", "http://[2001:db8::2]:65536/", "ftp://[2001:db8::2]/", "http://192.0.2.1/",
        "http://[2001:db8::2/", "http://bad_host/", "http://[2001:db8::2]x/", "//[2001:db8::2]/", ""})
    void refusesAnythingOutsideTheSafeSubset(String text) {
        assertThatThrownBy(() -> BootUrl.parse("url", text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("url ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "../x", "a b", "${x}", "/abs", "a;b", ""})
    void resolveRefusesUnsafeFiles(String file) {
        assertThatThrownBy(() -> BootUrl.parse("u", "http://[2001:db8::2]/x").resolve(file))
                .isInstanceOf(InvalidValueException.class);
    }
}
