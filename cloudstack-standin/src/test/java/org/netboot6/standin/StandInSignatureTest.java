package org.netboot6.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The stand-in matches the javap listing of the real CloudStack 4.22 API (DESIGN.md decision 1). */
class StandInSignatureTest {

    static JavapListing listing() throws Exception {
        String path = System.getProperty("cloudstack.signatures");
        if (path == null) {
            throw new IllegalStateException("system property cloudstack.signatures is not set (the pom sets it)");
        }
        return JavapListing.load(Path.of(path));
    }

    static Path standInClasses() {
        String path = System.getProperty("standin.classes");
        if (path == null) {
            throw new IllegalStateException("system property standin.classes is not set (the pom sets it)");
        }
        return Path.of(path);
    }

    @Test
    void everyStandInClassAndMemberIsInTheListing() throws Exception {
        SignatureChecker.Result result = SignatureChecker.check(standInClasses(), listing());

        assertThat(result.mismatches()).as("stand-in members that differ from CloudStack 4.22").isEmpty();
        assertThat(result.checkedClasses()).contains(
                "org.apache.cloudstack.api.BaseCmd",
                "org.apache.cloudstack.api.BaseListCmd",
                "org.apache.cloudstack.api.BaseCmd$CommandType",
                "com.cloud.utils.component.ManagerBase",
                "org.apache.cloudstack.framework.config.ConfigKey");
    }
}
