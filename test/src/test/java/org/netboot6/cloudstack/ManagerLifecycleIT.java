package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.Netboot6Settings.DhcpBackend;
import org.netboot6.testdb.ScratchDatabase;

/** configure() migrates, start() serves boot scripts, stop() ends it: the manager's life in the management server. */
class ManagerLifecycleIT {

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Netboot6Settings settings(String publicUrl, int port) {
        return new Netboot6Settings("::1", port, publicUrl, 2, Duration.ofHours(1), DhcpBackend.KEA);
    }

    private static HttpResponse<String> get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://[::1]:" + port + "/netboot6/boot.ipxe")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void configureMigratesStartServesStopEnds() throws Exception {
        int port = freePort();
        try (ScratchDatabase db = ScratchDatabase.create("mgrlife")) {
            Netboot6ManagerImpl manager = new Netboot6ManagerImpl(db.dataSource(),
                    () -> settings("http://[2001:db8:0:1::2]:" + port + "/netboot6", port), Clock.systemUTC());
            assertThat(manager.configure("netboot6Manager", new HashMap<>())).isTrue();
            assertThat(manager.start()).isTrue();
            try {
                assertThat(manager.bootServiceAddress()).isPresent();
                HttpResponse<String> r = get(port);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).startsWith("#!ipxe").contains("http://[2001:db8:0:1::2]:" + port + "/netboot6/host?");
            } finally {
                assertThat(manager.stop()).isTrue();
            }
            assertThat(manager.bootServiceAddress()).isEmpty();
            assertThatThrownBy(() -> get(port)).isInstanceOf(ConnectException.class);

            // a second management server start finds the schema current and migrates nothing
            Netboot6ManagerImpl again = new Netboot6ManagerImpl(db.dataSource(), () -> settings("", port),
                    Clock.systemUTC());
            assertThat(again.configure("netboot6Manager", new HashMap<>())).isTrue();
            assertThat(again.services().networks().list(null, org.netboot6.store.PageRequest.all()).total()).isZero();
        }
    }

    @Test
    void withoutAPublicUrlTheApiWorksButNothingListens() throws Exception {
        int port = freePort();
        try (ScratchDatabase db = ScratchDatabase.create("mgrnourl")) {
            Netboot6ManagerImpl manager = new Netboot6ManagerImpl(db.dataSource(), () -> settings("", port),
                    Clock.systemUTC());
            manager.configure("netboot6Manager", new HashMap<>());

            assertThat(manager.start()).isTrue();
            assertThat(manager.bootServiceAddress()).isEmpty();
            assertThat(manager.services().profiles().list(null, org.netboot6.store.PageRequest.all()).total()).isZero();
            manager.stop();
        }
    }

    @Test
    void withoutADataSourceConfigureFails() {
        assertThatThrownBy(() -> new Netboot6ManagerImpl().configure("netboot6Manager", new HashMap<>()))
                .isInstanceOf(javax.naming.ConfigurationException.class).hasMessageContaining("dataSource");
    }
}
