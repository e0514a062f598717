package org.netboot6.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.Hostname;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.Mac;
import org.netboot6.service.Netboot6Services;
import org.netboot6.service.NewHost;
import org.netboot6.store.StoredNetwork;
import org.netboot6.testdb.ScratchDatabase;

/**
 * Two management servers on one database, both serving per-host scripts from memory: once the API on one has
 * acknowledged a change, neither serves the old script (DESIGN decision 7).
 */
class ClusterCacheIT {

    @Test
    void noServerServesAStaleScriptAfterTheChangeIsAcknowledged() throws Exception {
        try (TwoServers servers = new TwoServers("cluster")) {
            Netboot6Services a = servers.a;
            Netboot6Services b = servers.b;
            StoredNetwork net = network(a);
            BootHost host = a.hosts().add(host(net, "00:00:5e:00:53:01", "node-1"));
            String mac = "00-00-5e-00-53-01";
            // a MAC unknown to both servers, then registered on one: the other knows it at once (unknown MACs are
            // never cached, which is why adding a host needs no change bump)
            assertThat(b.boot().hostScript("00-00-5e-00-53-77", null, "::1").bodyText()).contains("no host is registered");
            a.hosts().add(host(net, "00:00:5e:00:53:77", "late-1"));
            assertThat(b.boot().hostScript("00-00-5e-00-53-77", null, "::1").bodyText()).contains("late-1");
            for (int round = 0; round < 20; round++) {
                a.hosts().provision(host.uuid(), null, true, Duration.ofMinutes(5));
                // acknowledged: both servers must answer the armed probe, from now on, every time
                for (Netboot6Services server : new Netboot6Services[] {b, a, b}) {
                    assertThat(server.boot().hostScript(mac, null, "::1").bodyText()).as("round %d", round)
                            .contains("/done/");
                }
                b.hosts().cancel(host.uuid());
                for (Netboot6Services server : new Netboot6Services[] {a, b, a}) {
                    assertThat(server.boot().hostScript(mac, null, "::1").bodyText()).as("round %d", round)
                            .doesNotContain("/done/").contains("READY with nothing armed");
                }
            }

            // a change of one host leaves every other host's cached answer in place on every server
            long fromDatabase = b.boot().answeredFromDatabase();
            assertThat(b.boot().hostScript("00-00-5e-00-53-77", null, "::1").bodyText()).contains("late-1");
            long afterWarm = b.boot().answeredFromDatabase();
            a.hosts().provision(host.uuid(), null, true, Duration.ofMinutes(5));
            assertThat(b.boot().hostScript(mac, null, "::1").bodyText()).contains("/done/");
            assertThat(b.boot().hostScript("00-00-5e-00-53-77", null, "::1").bodyText()).contains("late-1");
            assertThat(b.boot().answeredFromDatabase()).as("only the changed host was read again")
                    .isEqualTo(afterWarm + 1);
            assertThat(afterWarm).isLessThanOrEqualTo(fromDatabase + 1);
        }
    }

    @Test
    void theServerThatTookTheDoneCallbackAnswersDoneBeforeItsNextPoll() throws Exception {
        // a poll every second: the host's next request comes long before it (CI once caught the probe served again)
        try (ScratchDatabase db = ScratchDatabase.create("donecache");
             Netboot6Services server = new Netboot6Services(db.dataSource(), Clock.systemUTC(),
                     "http://[2001:db8:0:1::2]:8080/netboot6", Duration.ofSeconds(1), Duration.ofSeconds(3))) {
            server.migrate();
            server.startCaching();
            BootHost host = server.hosts().add(host(network(server), "00:00:5e:00:53:02", "node-2"));
            for (int round = 0; round < 3; round++) {
                server.hosts().provision(host.uuid(), null, true, Duration.ofMinutes(5));
                String probe = server.boot().hostScript("00-00-5e-00-53-02", null, "::1").bodyText();
                long readsBefore = server.boot().answeredFromDatabase();
                assertThat(server.boot().hostScript("00-00-5e-00-53-02", null, "::1").bodyText()).isEqualTo(probe);
                assertThat(server.boot().answeredFromDatabase()).as("the probe is served from memory")
                        .isEqualTo(readsBefore);
                String token = probe.substring(probe.indexOf("/done/") + "/done/".length()).trim();
                assertThat(server.boot().done(token, "::1").bodyText()).contains("reported done");
                assertThat(server.boot().hostScript("00-00-5e-00-53-02", null, "::1").bodyText())
                        .as("round %d", round).contains("DONE with nothing armed").doesNotContain("/done/");
            }
        }
    }

    @Test
    void aNetworkChangeReachesEveryServersCachedAnswers() throws Exception {
        try (TwoServers servers = new TwoServers("netchange")) {
            Netboot6Services a = servers.a;
            Netboot6Services b = servers.b;
            StoredNetwork net = network(a);
            BootHost host = a.hosts().add(host(net, "00:00:5e:00:53:03", "node-3"));
            a.hosts().provision(host.uuid(), null, true, Duration.ofMinutes(5));
            for (Netboot6Services server : new Netboot6Services[] {a, b}) {
                assertThat(server.boot().hostScript("00-00-5e-00-53-03", null, "::1").bodyText())
                        .contains("http://[2001:db8:0:1::2]:8080/netboot6/done/");
            }
            long fromDatabase = a.boot().answeredFromDatabase() + b.boot().answeredFromDatabase();
            b.networks().update(net.uuid(), n -> n.bootPort(9191));
            for (Netboot6Services server : new Netboot6Services[] {a, b}) {
                assertThat(server.boot().hostScript("00-00-5e-00-53-03", null, "::1").bodyText())
                        .as("every server, once the change is acknowledged")
                        .contains("http://[2001:db8:0:1::2]:9191/netboot6/done/");
            }
            assertThat(a.boot().answeredFromDatabase() + b.boot().answeredFromDatabase())
                    .as("both cached answers were dropped").isEqualTo(fromDatabase + 2);
        }
    }

    @Test
    void aHostHearsItsCallbackAcknowledgedOnlyOnceEveryServerHasSeenIt() throws Exception {
        try (TwoServers servers = new TwoServers("donefence")) {
            Netboot6Services a = servers.a;
            Netboot6Services b = servers.b;
            BootHttpServer httpA = new BootHttpServer(new InetSocketAddress(InetAddress.getByName("::1"), 0), 4,
                    a.boot(), AccessLog.toLog4j());
            BootHttpServer httpB = new BootHttpServer(new InetSocketAddress(InetAddress.getByName("::1"), 0), 4,
                    b.boot(), AccessLog.toLog4j());
            httpA.start();
            httpB.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String onA = "http://[::1]:" + httpA.address().getPort() + "/netboot6";
                String onB = "http://[::1]:" + httpB.address().getPort() + "/netboot6";
                BootHost host = a.hosts().add(host(network(a), "00:00:5e:00:53:04", "node-4"));
                for (int round = 0; round < 20; round++) {
                    a.hosts().provision(host.uuid(), null, true, Duration.ofMinutes(5));
                    String probe = get(http, onA + "/host?mac=00-00-5e-00-53-04");
                    assertThat(get(http, onB + "/host?mac=00-00-5e-00-53-04")).isEqualTo(probe);
                    String token = probe.substring(probe.indexOf("/done/") + "/done/".length()).trim();
                    assertThat(get(http, onA + "/done/" + token)).contains("reported done");
                    // the host reboots at once and asks the other server
                    assertThat(get(http, onB + "/host?mac=00-00-5e-00-53-04")).as("round %d", round)
                            .contains("DONE with nothing armed").doesNotContain("/done/");
                }
            } finally {
                httpA.close();
                httpB.close();
            }
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Two management servers on one scratch database, both migrated and serving from their caches. */
    private static final class TwoServers implements AutoCloseable {
        final ScratchDatabase db;
        final MariaDbPoolDataSource secondPool;
        final Netboot6Services a;
        final Netboot6Services b;

        TwoServers(String name) throws Exception {
            db = ScratchDatabase.create(name);
            secondPool = new MariaDbPoolDataSource(db.url() + "&maxPoolSize=8");
            String base = "http://[2001:db8:0:1::2]:8080/netboot6";
            a = new Netboot6Services(db.dataSource(), Clock.systemUTC(), base);
            b = new Netboot6Services(secondPool, Clock.systemUTC(), base);
            a.migrate();
            b.migrate();
            a.startCaching();
            b.startCaching();
        }

        @Override
        public void close() {
            a.close();
            b.close();
            secondPool.close();
            db.close();
        }
    }

    private static StoredNetwork network(Netboot6Services server) {
        return server.networks().create(BootNetwork.builder().name("c").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2"))
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53")).build());
    }

    private static NewHost host(StoredNetwork net, String mac, String hostname) {
        NewHost spec = new NewHost();
        spec.networkUuid = net.uuid();
        spec.macs.add(Mac.parse(mac));
        spec.hostname = Hostname.parse(hostname);
        return spec;
    }
}
