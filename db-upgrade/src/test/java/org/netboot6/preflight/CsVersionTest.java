package org.netboot6.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

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
        for (String bad : List.of("4.22.x", "4.22.", "4.2x", "0x10", "4..22", "4", ".4.22", "4.22.0.0.1", "4.22-", "v4.22",
                "4.20.1.0'; DROP TABLE x; --")) {
            assertThatThrownBy(() -> CsVersion.parse(bad)).as(bad).hasMessageContaining("is not a CloudStack version");
        }
    }

    @Test
    void packageVersionsKeepOnlyTheUpstreamNumbers() {
        for (String deb : List.of("4.20.1.0-1", "4.20.1.0~bookworm", "1:4.20.1.0+deb12u1", "4.20.1.0~rc1-1")) {
            assertThat(CsVersion.parse(deb)).as(deb).isEqualTo(CsVersion.parse("4.20.1.0"));
        }
    }

    @Test
    void dpkgCountsHeldPackagesAsInstalled() {
        assertThat(UpgradeCheck.fromDpkgStatus("ii  4.20.1.0\n")).isEqualTo(CsVersion.parse("4.20.1.0"));
        assertThat(UpgradeCheck.fromDpkgStatus("hi  4.20.1.0")).isEqualTo(CsVersion.parse("4.20.1.0"));
        assertThat(UpgradeCheck.fromDpkgStatus("rc  4.20.1.0")).isNull();
        assertThat(UpgradeCheck.fromDpkgStatus("un ")).isNull();
    }

    @Test
    void schemaRowsAreBareVersions() {
        assertThat(CsVersion.parsePlain("4.20.1.0").part(1)).isEqualTo(20);
        assertThatThrownBy(() -> CsVersion.parsePlain("4.20.1.0-1")).hasMessageContaining("is not a CloudStack version");
    }
}
