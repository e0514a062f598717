package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacTest {

    @ParameterizedTest
    @ValueSource(strings = {"00:00:5e:00:53:01", "00-00-5E-00-53-01", "00005e005301", "00:00:5E:00:53:01"})
    void acceptsColonHyphenAndBareHexAndPrintsCanonically(String text) {
        assertThat(Mac.parse(text).toString()).isEqualTo("00:00:5e:00:53:01");
    }

    @Test
    void hyphenatedMatchesIpxeHexhyp() {
        assertThat(Mac.parse("52:54:00:AB:cd:01").hyphenated()).isEqualTo("52-54-00-ab-cd-01");
    }

    @Test
    void refusesAllZero() {
        assertThatThrownBy(() -> Mac.parse("00:00:00:00:00:00"))
                .isInstanceOf(InvalidValueException.class).hasMessage("mac is all zero: \"00:00:00:00:00:00\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01:00:5e:00:00:01", "33:33:00:00:00:01", "ff:ff:ff:ff:ff:ff"})
    void refusesMulticastAndBroadcast(String text) {
        assertThatThrownBy(() -> Mac.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("multicast/broadcast").extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("mac");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00:00:5e:00:53", "00:00:5e:00:53:0g", "00:00-5e:00:53:01", "00.00.5e.00.53.01",
        "00:00:5e:00:53:01:02", "0:0:5e:0:53:1", "${netX/mac}", " 00:00:5e:00:53:01", "00-00-5e-00-53-11\u0000",
        "00-00-5e-00-53-11\n", "\u0660\u0660-\u0660\u0660-5e-\u0660\u0660-53-\u0660\u0661"})
    void refusesMalformedWithTheFieldName(String text) {
        assertThatThrownBy(() -> Mac.parse(text)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("mac ");
    }

    @Test
    void errorMessageNeutralisesControlCharacters() {
        assertThatThrownBy(() -> Mac.parse("aa\nbb")).hasMessageContaining("\\x0a").hasMessageNotContaining("\n");
    }

    @Test
    void tellsUniversallyFromLocallyAdministered() {
        assertThat(Mac.parse("00:00:5e:00:53:01").isUniversallyAdministered()).isTrue();
        assertThat(Mac.parse("52:54:00:00:00:01").isUniversallyAdministered()).isFalse();
    }

    @Test
    void octetsRoundTrip() {
        Mac mac = Mac.parse("02:00:00:00:00:ff");
        assertThat(Mac.of(mac.octets())).isEqualTo(mac);
        assertThat(mac.octets()).containsExactly(0x02, 0, 0, 0, 0, 0xff);
    }
}
