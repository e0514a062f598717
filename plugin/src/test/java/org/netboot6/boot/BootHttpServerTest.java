package org.netboot6.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BootHttpServerTest {
    private static final String TOKEN = "2L-TLvUzQDAwRmAy5NhFbAj5l_MGuob5GwTizX4Nm3Y";

    @Test
    void tokensNeverReachTheAccessLogWhole() {
        assertThat(BootHttpServer.printablePath("/netboot6/preseed/" + TOKEN, null))
                .isEqualTo("/netboot6/preseed/2L-TLv...");
        assertThat(BootHttpServer.printablePath("/netboot6/done/" + TOKEN, null)).isEqualTo("/netboot6/done/2L-TLv...");
        assertThat(BootHttpServer.printablePath("/netboot6/autoinstall/" + TOKEN + "/user-data", null))
                .isEqualTo("/netboot6/autoinstall/2L-TLv.../user-data");
    }

    @Test
    void aTokenIsShortenedWhateverSurroundsIt() {
        // each of these is refused (404), so the token stays live: the log must not hold it whole
        assertThat(BootHttpServer.printablePath("/netboot6/done/" + TOKEN + ";x", null))
                .isEqualTo("/netboot6/done/2L-TLv...;x");
        assertThat(BootHttpServer.printablePath("/netboot6/preseed/" + TOKEN + "x", null))
                .isEqualTo("/netboot6/preseed/2L-TLv...");
        assertThat(BootHttpServer.printablePath("/netboot6/preseed/" + TOKEN + ".cfg", null))
                .isEqualTo("/netboot6/preseed/2L-TLv....cfg");
        assertThat(BootHttpServer.printablePath("/netboot6/preseed/" + TOKEN + "%20", null))
                .isEqualTo("/netboot6/preseed/2L-TLv...%20");
        assertThat(BootHttpServer.printablePath("/netboot6/autoinstall/" + TOKEN + "%2Fuser-data", null))
                .isEqualTo("/netboot6/autoinstall/2L-TLv...%2Fuser-data");
        assertThat(BootHttpServer.printablePath("/netboot6/preseed", "t=" + TOKEN)).isEqualTo("/netboot6/preseed?t=2L-TLv...");
        assertThat(BootHttpServer.printablePath(null, null)).as("CONNECT host:port, a target of *").isEqualTo("-");
    }

    @Test
    void emptyParametersAreNoParameters() {
        assertThat(BootHttpServer.query("&mac=00-00-5e-00-53-01&&uuid=")).containsOnlyKeys("mac", "uuid");
    }

    @Test
    void aTokenFollowedByAQueryIsShortenedToo() {
        assertThat(BootHttpServer.printablePath("/netboot6/preseed/" + TOKEN, "x=1"))
                .isEqualTo("/netboot6/preseed/2L-TLv...?x=1");
    }

    @Test
    void controlCharactersAreEscaped() {
        assertThat(BootHttpServer.printablePath("/netboot6/host", "mac=%0A")).isEqualTo("/netboot6/host?mac=%0A");
        assertThat(BootHttpServer.query("mac=%0Aexit")).containsEntry("mac", "\nexit");
        assertThat(BootHttpServer.printableMethod("G\u001b[31mET")).isEqualTo("G\\x1b[31mET");
        assertThat(BootHttpServer.printableMethod("GET")).isEqualTo("GET");
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> BootHttpServer.query("mac=00-00-5e-00-53-01&mac=00-00-5e-00-53-02"))
                .hasMessage("parameter \"mac\" is given more than once");
    }
}
