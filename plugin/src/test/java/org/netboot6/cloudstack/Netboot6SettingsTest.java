package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.Netboot6Settings.DhcpBackend;

class Netboot6SettingsTest {

    private static Netboot6Settings with(String url, int port, int threads) {
        return new Netboot6Settings("::", port, url, threads, Duration.ofHours(1), DhcpBackend.KEA);
    }

    @Test
    void theDefaultsAreTheConfigKeysDefaults() {
        Netboot6Settings s = Netboot6Settings.fromConfigKeys();

        assertThat(s.listenAddress()).isEqualTo("::");
        assertThat(s.port()).isEqualTo(8281);
        assertThat(s.publicUrl()).isEmpty();
        assertThat(s.workerThreads()).isEqualTo(16);
        assertThat(s.tokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(s.dhcpBackend()).isEqualTo(DhcpBackend.KEA);
    }

    @Test
    void withoutAPublicUrlTheBootServiceCannotStart() {
        assertThat(Netboot6Settings.fromConfigKeys().bootServiceProblem()).contains("netboot6.boot.public.url is not set");
    }

    @Test
    void thePublicUrlMustBeHttpWithABracketedAddress() {
        assertThat(with("http://[2001:db8:0:1::2]:8281/netboot6", 8281, 4).bootServiceProblem()).isEmpty();
        assertThat(with("https://[2001:db8:0:1::2]/netboot6", 8281, 4).bootServiceProblem()).contains("http://");
        assertThat(with("http://2001:db8:0:1::2/netboot6", 8281, 4).bootServiceProblem()).contains("without brackets");
    }

    @Test
    void portAndThreadsAreChecked() {
        assertThat(with("http://[2001:db8::2]/netboot6", 0, 4).bootServiceProblem()).contains("netboot6.boot.port");
        assertThat(with("http://[2001:db8::2]/netboot6", 8281, 0).bootServiceProblem())
                .contains("netboot6.boot.worker.threads");
    }
}
