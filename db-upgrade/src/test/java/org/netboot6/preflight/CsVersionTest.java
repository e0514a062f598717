package org.netboot6.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsVersionTest {
    @Test
    void readsPlainAndDebianVersionsAndComparesNumerically() {
        assertThat(CsVersion.parse("4.22.0.0~rc1-1").compareTo(CsVersion.parse("4.22"))).isZero();
        assertThat(CsVersion.parse("1:4.20.1.0").part(2)).isEqualTo(1);
        assertThat(CsVersion.parse("4.9.0").isBefore(CsVersion.parse("4.10"))).isTrue();
        assertThat(CsVersion.parse("4.22.1.0").compareTo(CsVersion.parse("4.22.0.0"), 2)).isZero();
        assertThat(CsVersion.parse("4.20.1.0").isAtLeast("4.20")).isTrue();
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        assertThatThrownBy(() -> CsVersion.parse("latest")).hasMessageContaining("'latest' is not a CloudStack version");
        assertThatThrownBy(() -> CsVersion.parse(" ")).hasMessageContaining("empty version");
    }
}
