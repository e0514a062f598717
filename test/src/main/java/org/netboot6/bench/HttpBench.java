package org.netboot6.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.netboot6.boot.BootHttpServer;
import org.netboot6.model.Mac;
import org.netboot6.service.Netboot6Services;
import org.netboot6.testdb.ScratchDatabase;

/**
 * The boot HTTP service under wrk on [::1], side by side with nginx serving static files of the same sizes, same
 * wrk settings, in the same run: per-host scripts for random MACs of {@code hosts} armed hosts, the generic
 * boot.ipxe, then the done callbacks (every token sent once; the database counted afterwards).
 */
final class HttpBench {
    /** BootHttpServer's worker threads: CloudStack's default of netboot6.boot.worker.threads. */
    /** Hosts armed for an install (installer files); the callbacks use the other hosts' probe tokens. */
    static final int INSTALL_HOSTS = 10_000;
    static final int WARM_UP_SECONDS = 10;
    static final int WORKERS = Integer.parseInt(System.getenv().getOrDefault("NETBOOT6_BENCH_WORKERS", "16"));

    /** A netboot6 run and the nginx run it is compared with (null: nothing to compare). */
    static final class Pair {
        final String what;
        final Wrk netboot6;
        final Wrk nginx;
        final long bodyBytes;

        Pair(String what, Wrk netboot6, Wrk nginx, long bodyBytes) {
            this.what = what;
            this.netboot6 = netboot6;
            this.nginx = nginx;
            this.bodyBytes = bodyBytes;
        }
    }

    /** The callback run and what the database holds after it. */
    static final class Callbacks {
        final Wrk wrk;
        final long served200;
        final long servedOther;
        final Map<String, Long> counts;

        Callbacks(Wrk wrk, long served200, long servedOther, Map<String, Long> counts) {
            this.wrk = wrk;
            this.served200 = served200;
            this.servedOther = servedOther;
            this.counts = counts;
        }

        boolean exactlyOnce() {
            long done = counts.get("hosts DONE");
            return done == served200 && counts.get("done events") == done && counts.get("tokens used") == done
                    && counts.get("hosts with more than one done event") == 0 && servedOther == 0;
        }
    }

    static final class Result {
        final List<Pair> pairs = new ArrayList<>();
        Callbacks callbacks;
        /** The install-armed hosts' first script fetch after the arming: from the database, installer files too. */
        Wrk installScripts;
        long installFromDatabase;
        long serverErrors;
        double warmMs;
        long fromDatabase;
        long droppedEvents;
        long repeatsWithoutEvent;
        long perHostServed;
        int hosts;
    }

    private HttpBench() {
    }

    static Result run(Path dir, Wrk.Settings s, int hosts, int rounds) throws Exception {
        Result result = new Result();
        result.hosts = hosts;
        Path lua = copyScripts(dir);
        CountingAccessLog log = new CountingAccessLog();
        int port = freePort();
        String base = "http://[::1]:" + port + "/netboot6";
        // a pool as a management server has (CloudStack's default db.cloud.maxActive is 250): more connections than
        // boot workers plus the change watcher and the boot-event writer
        try (ScratchDatabase db = ScratchDatabase.create("bench_http");
             MariaDbPoolDataSource pool = new MariaDbPoolDataSource(db.url() + "&maxPoolSize=" + (WORKERS + 8));
             Netboot6Services services = new Netboot6Services(pool, Clock.systemUTC(), base)) {
            services.migrate();
            Seeder.Seeded seeded = Seeder.seed(services, pool, hosts, Instant.now());
            long w0 = System.nanoTime();
            services.startCaching();
            result.warmMs = (System.nanoTime() - w0) / 1e6;
            BootHttpServer server = new BootHttpServer(new InetSocketAddress(InetAddress.getByName("::1"), port), WORKERS,
                    services.boot(), log);
            server.start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                byte[] hostScript = get(client, base + "/host?mac=" + seeded.macs.get(0).hyphenated() + "&uuid="
                        + MicroBenchmarks.UUID);
                if (!new String(hostScript).contains("/done/")) {
                    throw new IllegalStateException("the per-host answer is not the armed probe script:\n"
                            + new String(hostScript));
                }
                byte[] bootIpxe = get(client, base + "/boot.ipxe");
                int nginxPort = freePort();
                Files.write(dir.resolve("macs.txt"), seeded.macs.stream()
                        .map(m -> m.hyphenated() + "&uuid=" + MicroBenchmarks.UUID).collect(Collectors.toList()));
                Files.write(dir.resolve("one.txt"), List.of(""));
                Files.write(dir.resolve("tokens.txt"), seeded.tokens);
                try (Nginx nginx = Nginx.start(dir.resolve("nginx"), nginxPort, Map.of("host.ipxe", hostScript,
                        "boot.ipxe", bootIpxe))) {
                    String ours = "http://[::1]:" + port;
                    String theirs = "http://[::1]:" + nginxPort;
                    Path random = lua.resolve("random.lua");
                    // 10 s: shorter, the first round also paid for the InnoDB background work of seeding 100,000
                    // hosts and the JIT still compiling the per-host path (it ran 10-20 % below the second)
                    Wrk.Settings warm = new Wrk.Settings(s.threads, s.connections, WARM_UP_SECONDS);
                    Wrk.run("warm-up", warm, ours, random, dir.resolve("macs.txt").toString(), "/netboot6/host?mac=");
                    Wrk.run("warm-up", warm, theirs, random, dir.resolve("macs.txt").toString(), "/host.ipxe?mac=");
                    log.reset();
                    long missesBefore = services.boot().answeredFromDatabase();
                    long droppedBefore = services.droppedBootEvents();
                    long repeatsBefore = services.boot().repeatsWithoutEvent();
                    for (int round = 1; round <= rounds; round++) {
                        String tag = rounds > 1 ? " (round " + round + ")" : "";
                        services.flushBootEvents(); // each run pays for its own boot events, not an earlier run's
                        result.pairs.add(new Pair("per-host script, random MAC of " + hosts + tag,
                                Wrk.run("netboot6", s, ours, random, dir.resolve("macs.txt").toString(), "/netboot6/host?mac="),
                                Wrk.run("nginx", s, theirs, random, dir.resolve("macs.txt").toString(), "/host.ipxe?mac="),
                                hostScript.length));
                        result.pairs.add(new Pair("generic boot.ipxe" + tag,
                                Wrk.run("netboot6", s, ours, random, dir.resolve("one.txt").toString(), "/netboot6/boot.ipxe"),
                                Wrk.run("nginx", s, theirs, random, dir.resolve("one.txt").toString(), "/boot.ipxe"),
                                bootIpxe.length));
                    }
                    result.serverErrors = log.other.sum();
                    result.fromDatabase = services.boot().answeredFromDatabase() - missesBefore;
                    result.droppedEvents = services.droppedBootEvents() - droppedBefore;
                    result.repeatsWithoutEvent = services.boot().repeatsWithoutEvent() - repeatsBefore;
                    result.perHostServed = log.ok.sum();
                    // installer files: the first INSTALL_HOSTS hosts armed for a Debian install; the rest keep their probe
                    List<String> installTokens = InstallArming.arm(services, pool, seeded, INSTALL_HOSTS, Instant.now());
                    // as in a real install, each armed host fetches its script (iPXE) before its preseed (d-i): that
                    // first fetch after the arming renders the install script and the installer files from the database
                    Files.write(dir.resolve("install-macs.txt"), seeded.macs.subList(0, INSTALL_HOSTS).stream()
                            .map(Mac::hyphenated).collect(Collectors.toList()));
                    long installMisses = services.boot().answeredFromDatabase();
                    result.installScripts = Wrk.run("netboot6", s, ours, lua.resolve("once.lua"),
                            dir.resolve("install-macs.txt").toString(), "/netboot6/host?mac=", Integer.toString(s.threads));
                    result.installFromDatabase = services.boot().answeredFromDatabase() - installMisses;
                    byte[] preseed = get(client, base + "/preseed/" + installTokens.get(0));
                    Files.write(dir.resolve("install-tokens.txt"), installTokens);
                    Files.write(dir.resolve("nginx/www/preseed.cfg"), preseed);
                    services.flushBootEvents();
                    long before = log.other.sum();
                    result.pairs.add(new Pair("preseed by install token, random of " + INSTALL_HOSTS,
                            Wrk.run("netboot6", s, ours, random, dir.resolve("install-tokens.txt").toString(),
                                    "/netboot6/preseed/"),
                            Wrk.run("nginx", s, theirs, random, dir.resolve("install-tokens.txt").toString(), "/preseed.cfg?t="),
                            preseed.length));
                    result.serverErrors += log.other.sum() - before;
                    Files.write(dir.resolve("tokens.txt"), seeded.tokens.subList(INSTALL_HOSTS, seeded.tokens.size()));
                    services.flushBootEvents(); // the callbacks are measured on their own, not behind this backlog
                    log.reset();
                    Wrk callbacks = Wrk.run("netboot6", s, ours, lua.resolve("once.lua"), dir.resolve("tokens.txt").toString(),
                            "/netboot6/done/", Integer.toString(s.threads));
                    quiesce(log);
                    services.flushBootEvents();
                    result.callbacks = new Callbacks(callbacks, log.doneOk.sum(), log.other.sum(), dbCounts(pool));
                }
            } finally {
                server.close();
            }
        }
        return result;
    }

    /** wrk stops at its deadline with requests still in the server: wait until the server has answered them all. */
    private static void quiesce(CountingAccessLog log) throws InterruptedException {
        long last = -1;
        for (int stable = 0, i = 0; stable < 3 && i < 100; i++) {
            Thread.sleep(200);
            long now = log.ok.sum() + log.other.sum();
            stable = now == last ? stable + 1 : 0;
            last = now;
        }
    }

    /** The counts from one consistent snapshot of the database. */
    private static Map<String, Long> dbCounts(MariaDbPoolDataSource pool) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            counts.put("hosts DONE", one(st, "SELECT COUNT(*) FROM netboot6_host WHERE state = 'DONE'"));
            counts.put("done events", one(st, "SELECT COUNT(*) FROM netboot6_boot_event WHERE kind = 'done'"));
            counts.put("tokens used", one(st, "SELECT COUNT(*) FROM netboot6_token WHERE used IS NOT NULL"));
            counts.put("hosts with more than one done event", one(st, "SELECT COUNT(*) FROM (SELECT host_id FROM "
                    + "netboot6_boot_event WHERE kind = 'done' GROUP BY host_id HAVING COUNT(*) > 1) x"));
            st.execute("COMMIT");
        }
        return counts;
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] get(HttpClient client, String url) throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return r.body();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return socket.getLocalPort();
        }
    }

    private static Path copyScripts(Path dir) throws IOException {
        Path lua = Files.createDirectories(dir.resolve("lua"));
        for (String name : List.of("report.lua", "random.lua", "once.lua")) {
            try (var in = HttpBench.class.getResourceAsStream(name)) {
                Files.write(lua.resolve(name), in.readAllBytes());
            }
        }
        return lua;
    }
}
