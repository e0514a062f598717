package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"lab.example", "a.b-c.example.", "EXAMPLE"})
    void domainNames(String text) {
        assertThat(DomainName.parse("searchDomain", text).toString()).isEqualTo(
                text.toLowerCase().replaceAll("\\.$", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "a..b", "-a.example", "a-.example", "a_b.example", "a b", "a;b", "a\"b", "a\nb",
        "${x}"})
    void domainNamesRefused(String text) {
        assertThatThrownBy(() -> DomainName.parse("searchDomain", text)).hasMessageStartingWith("searchDomain ");
    }

    @Test
    void hostnamesAreOneLabel() {
        assertThat(Hostname.parse("Node-01").toString()).isEqualTo("node-01");
        assertThatThrownBy(() -> Hostname.parse("node.example")).hasMessageStartingWith("hostname ");
        assertThatThrownBy(() -> Hostname.parse("x".repeat(64))).hasMessageStartingWith("hostname ");
    }

    @Test
    void smbiosUuid() {
        assertThat(SmbiosUuid.parse("11111111-2222-3333-4444-5555555555AA").toString())
                .isEqualTo("11111111-2222-3333-4444-5555555555aa");
        assertThat(SmbiosUuid.parse("00000000-0000-0000-0000-000000000000").isPlaceholder()).isTrue();
        assertThatThrownBy(() -> SmbiosUuid.parse("1111111122223333444455555555555")).hasMessageStartingWith("uuid ");
    }

    @Test
    void tokensAreRandomUrlSafeAndHiddenInToString() {
        Token a = Token.generate();
        Token b = Token.generate();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.value()).hasSize(Token.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(a.toString()).doesNotContain(a.value().substring(6));
        assertThat(Token.parse(a.value())).isEqualTo(a);
        assertThatThrownBy(() -> Token.parse(a.value() + "x")).hasMessageStartingWith("token ");
        assertThatThrownBy(() -> Token.parse("../../etc/passwd")).hasMessageStartingWith("token ");
    }
}
