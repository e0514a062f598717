package org.netboot6.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.DomainName;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.service.HostService;
import org.netboot6.service.Netboot6Services;
import org.netboot6.service.NewHost;
import org.netboot6.store.BootEventRepository;
import org.netboot6.store.StoredNetwork;
import org.netboot6.testdb.ScratchDatabase;

/** The boot endpoints over real HTTP on [::1] against a real MariaDB: the good path and every bad request. */
class BootHttpServerIT {
    private static final Pattern DONE_URL = Pattern.compile("(http://\\S+/done/[A-Za-z0-9_-]{43})");

    private static ScratchDatabase db;
    private static final MutableClock CLOCK = new MutableClock();
    private static HostService hosts;
    private static BootHttpServer server;
    private static Netboot6Services services;
    private static StoredNetwork network;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private CapturedLog log;

    @BeforeAll
    static void start() throws Exception {
        db = ScratchDatabase.create("boothttp");
        services = new Netboot6Services(db.dataSource(), CLOCK, "http://[::1]:0/netboot6");
        services.migrate();
        services.startCaching();
        hosts = services.hosts();
        server = new BootHttpServer(new InetSocketAddress(InetAddress.getByName("::1"), 0), 4, services.boot(),
                AccessLog.toLog4j());
        server.start();
        base = "http://[::1]:" + server.address().getPort() + "/netboot6";
        network = services.networks().create(BootNetwork.builder().name("it").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).dnsServer(Ipv6Address.parse("2001:db8:0:1::53"))
                .searchDomain(DomainName.parse("d", "lab.example")).build());
    }

    @AfterAll
    static void stop() {
        server.close();
        services.close();
        db.close();
    }

    @BeforeEach
    void capture() {
        log = new CapturedLog();
    }

    @AfterEach
    void release() {
        log.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private BootHost newHost(String mac, String name) {
        return newHost(mac, name, null);
    }

    private BootHost newHost(String mac, String name, SmbiosUuid uuid) {
        NewHost spec = new NewHost();
        spec.networkUuid = network.uuid();
        spec.macs.add(Mac.parse(mac));
        spec.hostname = Hostname.parse(name);
        spec.smbiosUuid = uuid;
        return hosts.add(spec);
    }

    private void armProbe(BootHost host, Duration lifetime) {
        hosts.provision(host.uuid(), null, true, lifetime);
    }

    /** Everything a bad request must leave alone. */
    private String stateSnapshot() throws Exception {
        services.flushBootEvents();
        StringBuilder sb = new StringBuilder();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String q : new String[] {"SELECT id, state, updated FROM netboot6_host ORDER BY id",
                "SELECT token, used, expires FROM netboot6_token ORDER BY token",
                "SELECT COUNT(*) FROM netboot6_boot_event", "SELECT mac, host_id FROM netboot6_host_mac ORDER BY mac"}) {
                try (ResultSet rs = s.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sb.append(rs.getString(i)).append(' ');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String doneUrl(String script) {
        Matcher m = DONE_URL.matcher(script);
        assertThat(m.find()).as("a done URL in %s", script).isTrue();
        return m.group(1);
    }

    @Test
    void genericScriptChainsToTheHostScript() throws Exception {
        HttpResponse<String> r = get("/boot.ipxe");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("#!ipxe\n").contains("/host?mac=${netX/mac:hexhyp}&uuid=${uuid}");
    }

    @Test
    void armedHostGetsItsProbeAndTheTokenMarksItDone() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:11", "good-1");
        armProbe(host, Duration.ofMinutes(5));
        HttpResponse<String> script = get("/host?mac=00-00-5e-00-53-11&uuid=11111111-2222-3333-4444-555555555511");
        assertThat(script.statusCode()).isEqualTo(200);
        String done = doneUrl(script.body());
        assertThat(done).startsWith("http://[2001:db8:0:1::2]:8080/netboot6/done/");

        HttpResponse<String> callback = get(done.substring(done.indexOf("/done/")));
        assertThat(callback.statusCode()).isEqualTo(200);
        assertThat(callback.body()).contains("good-1 (00:00:5e:00:53:11) reported done");
        assertThat(hosts.host(host.id()).state()).isEqualTo(HostState.DONE);
        assertThat(hosts.timeline(host.id())).extracting(BootEventRepository.BootEvent::kind)
                .containsExactly("registered", "armed", "boot-script", "done");

        // next boot: nothing armed, boot from disk
        assertThat(get("/host?mac=00:00:5e:00:53:11").body()).contains("DONE with nothing armed").endsWith("exit\n");
    }

    @Test
    void aClientAskingAgainAndAgainIsOneBootEventPerAnswer() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:12", "loop-1");
        long repeats = services.boot().repeatsWithoutEvent();
        for (int i = 0; i < 5; i++) {
            assertThat(get("/host?mac=00:00:5e:00:53:12").body()).contains("READY with nothing armed");
        }
        assertThat(services.boot().repeatsWithoutEvent()).isEqualTo(repeats + 4);
        armProbe(host, Duration.ofMinutes(5));
        // a changed answer is a new boot at once, however soon it is asked for
        for (int i = 0; i < 3; i++) {
            assertThat(get("/host?mac=00:00:5e:00:53:12").body()).contains("/done/");
        }
        services.flushBootEvents();
        assertThat(hosts.timeline(host.id())).extracting(BootEventRepository.BootEvent::kind)
                .containsExactly("registered", "local-boot", "armed", "boot-script");
        assertThat(log.awaitLines(l -> l.contains("GET /netboot6/host?mac=00:00:5e:00:53:12"), 8)).hasSize(8);
    }

    @Test
    void unknownMacGetsTheReportingScriptIsLoggedAndChangesNothing() throws Exception {
        newHost("00:00:5e:00:53:21", "other-1");
        String before = stateSnapshot();
        HttpResponse<String> r = get("/host?mac=00-00-5e-00-53-99&uuid=11111111-2222-3333-4444-555555555599");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("no host is registered with MAC 00:00:5e:00:53:99").endsWith("exit\n")
                .doesNotContain("/done/");
        assertThat(stateSnapshot()).isEqualTo(before);
        assertThat(log.lines()).anyMatch(l -> l.contains("unknown MAC 00:00:5e:00:53:99"));
    }

    @Test
    void malformedMacIsA400NamingTheParameterAndChangesNothing() throws Exception {
        String before = stateSnapshot();
        HttpResponse<String> r = get("/host?mac=00-00-5e-00-53-zz");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("netboot6: parameter mac is not a MAC address: \"00-00-5e-00-53-zz\"\n");
        HttpResponse<String> missing = get("/host?uuid=11111111-2222-3333-4444-555555555599");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("mac is missing");
        HttpResponse<String> injected = get("/host?mac=%0A%23!ipxe%0Ashell");
        assertThat(injected.statusCode()).isEqualTo(400);
        assertThat(injected.body()).doesNotContain("\n#!ipxe").contains("\\x0a");
        assertThat(stateSnapshot()).isEqualTo(before);
        assertThat(log.lines()).anyMatch(l -> l.startsWith("WARN") && l.contains("mac is not a MAC address"));
    }

    @Test
    void reusedTokenIsRefusedLoggedAndChangesNothing() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:31", "reuse-1");
        armProbe(host, Duration.ofMinutes(5));
        String done = doneUrl(get("/host?mac=00:00:5e:00:53:31").body());
        String path = done.substring(done.indexOf("/done/"));
        assertThat(get(path).statusCode()).isEqualTo(200);
        String before = stateSnapshot();
        HttpResponse<String> again = get(path);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).isEqualTo("netboot6: token already used\n");
        assertThat(stateSnapshot()).isEqualTo(before);
        assertThat(log.lines()).anyMatch(l -> l.startsWith("WARN") && l.contains("reused token"));
    }

    @Test
    void unknownAndMalformedTokensAre404AndChangeNothing() throws Exception {
        String before = stateSnapshot();
        HttpResponse<String> unknown = get("/done/" + "A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("netboot6: unknown token\n");
        HttpResponse<String> malformed = get("/done/..%2F..%2Fetc%2Fpasswd");
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(stateSnapshot()).isEqualTo(before);
        assertThat(log.lines()).anyMatch(l -> l.contains("unknown token"));
        assertThat(log.lines()).anyMatch(l -> l.contains("is not a netboot6 token"));
    }

    @Test
    void expiredTokenIs410AndTheHostGetsLocalBoot() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:41", "late-1");
        armProbe(host, Duration.ofSeconds(60));
        String done = doneUrl(get("/host?mac=00:00:5e:00:53:41").body());
        CLOCK.advance(Duration.ofSeconds(61));
        String before = stateSnapshot();
        HttpResponse<String> r = get(done.substring(done.indexOf("/done/")));
        assertThat(r.statusCode()).isEqualTo(410);
        assertThat(r.body()).isEqualTo("netboot6: token expired\n");
        assertThat(stateSnapshot()).isEqualTo(before);
        assertThat(hosts.host(host.id()).state()).isEqualTo(HostState.PROVISIONING);
        assertThat(get("/host?mac=00:00:5e:00:53:41").body()).doesNotContain("/done/").endsWith("exit\n");
    }

    @Test
    void reArmingRevokesTheOldToken() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:51", "rearm-1");
        armProbe(host, Duration.ofMinutes(5));
        String first = doneUrl(get("/host?mac=00:00:5e:00:53:51").body());
        armProbe(host, Duration.ofMinutes(5));
        String second = doneUrl(get("/host?mac=00:00:5e:00:53:51").body());
        assertThat(second).isNotEqualTo(first);
        assertThat(get(first.substring(first.indexOf("/done/"))).statusCode()).isEqualTo(410);
        assertThat(hosts.host(host.id()).state()).isEqualTo(HostState.PROVISIONING);
        assertThat(get(second.substring(second.indexOf("/done/"))).statusCode()).isEqualTo(200);
    }

    @Test
    void oneHostNeverSeesAnotherHostsToken() throws Exception {
        BootHost a = newHost("00:00:5e:00:53:61", "iso-a");
        BootHost b = newHost("00:00:5e:00:53:62", "iso-b");
        armProbe(a, Duration.ofMinutes(5));
        armProbe(b, Duration.ofMinutes(5));
        String forA = doneUrl(get("/host?mac=00:00:5e:00:53:61").body());
        String forB = doneUrl(get("/host?mac=00:00:5e:00:53:62").body());
        assertThat(forA).isNotEqualTo(forB);
        assertThat(get(forA.substring(forA.indexOf("/done/"))).body()).contains("iso-a");
        assertThat(hosts.host(b.id()).state()).isEqualTo(HostState.PROVISIONING);
    }

    @Test
    void concurrentCallbacksWithOneTokenMarkDoneExactlyOnce() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:71", "race-1");
        armProbe(host, Duration.ofMinutes(5));
        String done = doneUrl(get("/host?mac=00:00:5e:00:53:71").body());
        String path = done.substring(done.indexOf("/done/"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> get(path).statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
            assertThat(codes).filteredOn(c -> c == 410).hasSize(15);
        } finally {
            pool.shutdown();
        }
        assertThat(hosts.timeline(host.id())).filteredOn(e -> e.kind().equals("done")).hasSize(1);
    }

    @Test
    void headNeverUsesATokenOrRecordsABoot() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:a7", "head-1");
        armProbe(host, Duration.ofMinutes(5));
        String done = doneUrl(get("/host?mac=00:00:5e:00:53:a7").body());
        String before = stateSnapshot();
        for (String path : new String[] {done.substring(done.indexOf("/done/")), "/host?mac=00:00:5e:00:53:a7"}) {
            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(head.statusCode()).as(path).isEqualTo(405);
        }
        assertThat(stateSnapshot()).isEqualTo(before);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/boot.ipxe")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);
        assertThat(get(done.substring(done.indexOf("/done/"))).statusCode()).as("the token still works").isEqualTo(200);
    }

    @Test
    void aRepeatedMacIsRefused() throws Exception {
        HttpResponse<String> r = get("/host?mac=00-00-5e-00-53-01&mac=00-00-5e-00-53-02");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("netboot6: parameter \"mac\" is given more than once\n");
    }

    @Test
    void otherPathsAndMethods() throws Exception {
        assertThat(get("/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/boot.ipxe"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void aRequestTheWebServerRejectsIsAnsweredInPlainTextAndLogged() throws Exception {
        String[] requests = {"GET /netboot6/boot.ipxe HTTP/1.1\r\nHost: [::1]\r\nBad Header\r\n\r\n",
            "GET /netboot6/host?mac=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: [::1]\r\n\r\n",
            "CONNECT [::1]:22 HTTP/1.1\r\nHost: [::1]:22\r\nConnection: close\r\n\r\n",
            "GET * HTTP/1.1\r\nHost: [::1]\r\nConnection: close\r\n\r\n"};
        List<String> answers = new java.util.ArrayList<>();
        for (String request : requests) {
            try (Socket socket = new Socket(InetAddress.getByName("::1"), server.address().getPort())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 4").contains("Content-Type: text/plain")
                        .contains("\r\n\r\nnetboot6: ").doesNotContain("<");
                answers.add(answer);
            }
        }
        assertThat(answers.get(1)).as("the status's reason when the web server gives none")
                .contains("\r\n\r\nnetboot6: 414 URI Too Long\n");
        List<String> lines = log.awaitLines(l -> l.startsWith("INFO ::1 ") && l.contains("\" 4"), requests.length);
        assertThat(lines).as("one access log line per rejected request").hasSize(requests.length);
        assertThat(lines).anyMatch(l -> l.contains("\"CONNECT -\" 405"));
        assertThat(lines).allMatch(l -> l.length() < 300, "a long request line is shortened in the log");
    }

    @Test
    void malformedUuidIsIgnoredButTheMacStillDecides() throws Exception {
        BootHost host = newHost("00:00:5e:00:53:81", "uuid-1");
        armProbe(host, Duration.ofMinutes(5));
        HttpResponse<String> r = get("/host?mac=00:00:5e:00:53:81&uuid=not-a-uuid%0Aexit");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/done/");
        assertThat(log.lines()).anyMatch(l -> l.contains("ignoring malformed uuid") && !l.contains("\n"));
    }

    @Test
    void smbiosUuidIsKept() {
        BootHost host = newHost("00:00:5e:00:53:91", "uuid-2", SmbiosUuid.parse("11111111-2222-3333-4444-555555555591"));
        assertThat(hosts.host(host.id()).smbiosUuid()).contains(SmbiosUuid.parse("11111111-2222-3333-4444-555555555591"));
    }
}
