package org.netboot6.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.netboot6.identity.HostReservation;
import org.netboot6.lab.Commands;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.Hostname;
import org.netboot6.render.dhcp.KeaDhcp6ConfigRenderer;
import org.netboot6.render.dhcp.KeaRuntimePaths;
import org.netboot6.service.Netboot6Services;
import org.netboot6.testdb.ScratchDatabase;

/**
 * Scale: per number of hosts, a database seeded with that many armed hosts, a fresh JVM measuring start-up, memory
 * and add/remove ({@link ScaleProbe}), and the render + {@code kea-dhcp6 -t} of the network's full DHCPv6
 * configuration with one reservation per host (the optional extra: the boot itself needs none).
 */
final class ScaleBench {
    /** One scale's figures. */
    static final class Result {
        final int hosts;
        final Map<String, String> probe;
        final double keaRenderMs;
        final double keaValidateMs;
        final long keaBytes;
        final String load;

        Result(int hosts, Map<String, String> probe, double keaRenderMs, double keaValidateMs, long keaBytes, String load) {
            this.hosts = hosts;
            this.probe = probe;
            this.keaRenderMs = keaRenderMs;
            this.keaValidateMs = keaValidateMs;
            this.keaBytes = keaBytes;
            this.load = load;
        }

        double d(String key) {
            return Double.parseDouble(probe.get(key));
        }

        double startupMs() {
            return d("migrate_ms") + d("warm_ms");
        }

        double bytesPerHost() {
            return (d("heap_after") - d("heap_before")) / hosts;
        }
    }

    private ScaleBench() {
    }

    static Result run(Path dir, int n) throws Exception {
        String load = Machine.load();
        try (ScratchDatabase db = ScratchDatabase.create("bench_scale")) {
            try (Netboot6Services services = new Netboot6Services(db.dataSource(), Clock.systemUTC(), "http://[::1]/x")) {
                services.migrate();
                Seeder.seed(services, db.dataSource(), n, Instant.now());
            }
            Map<String, String> probe = probe(db.url(), n);
            Path keaDir = Files.createDirectories(dir.resolve("kea-" + n));
            Files.createDirectories(keaDir.resolve("run"));
            BootNetwork network = Seeder.network(KeaCheckNamespace.INTERFACE);
            List<HostReservation> reservations = new ArrayList<>(n);
            long base = 0x1000;
            for (int i = 0; i < n; i++) {
                reservations.add(HostReservation.byMac(Hostname.parse(String.format("node-%06d", i)), Seeder.mac(i),
                        network.prefix().withInterfaceId(base + i)));
            }
            KeaRuntimePaths paths = new KeaRuntimePaths(keaDir, keaDir.resolve("ctrl.sock"), keaDir.resolve("kea.log"));
            long r0 = System.nanoTime();
            String conf = new KeaDhcp6ConfigRenderer().render(network, reservations, paths);
            double renderMs = (System.nanoTime() - r0) / 1e6;
            Path file = keaDir.resolve("kea-dhcp6.json");
            Files.writeString(file, conf);
            long v0 = System.nanoTime();
            Commands.Result check;
            try (KeaCheckNamespace ns = new KeaCheckNamespace()) {
                v0 = System.nanoTime();
                check = ns.run("env", "KEA_PIDFILE_DIR=" + keaDir.resolve("run"), "KEA_LOCKFILE_DIR=" + keaDir.resolve("run"),
                        "kea-dhcp6", "-t", file.toString());
            }
            double validateMs = (System.nanoTime() - v0) / 1e6;
            if (check.exitCode != 0) {
                throw new IllegalStateException("kea-dhcp6 -t rejects the config with " + n + " reservations:\n"
                        + check.output.lines().limit(20).reduce("", (a, b) -> a + b + "\n"));
            }
            return new Result(n, probe, renderMs, validateMs, Files.size(file), load);
        }
    }

    private static Map<String, String> probe(String url, int n) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("log4j2.configurationFile", "netboot6.bench.dir")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of(ScaleProbe.class.getName(), url, Integer.toString(n)));
        return Wrk.resultLine("SCALE_RESULT", cmd);
    }
}
