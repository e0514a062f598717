package org.netboot6.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;

/** BENCHMARKS.md: the tables, the targets as measured, the machine and the exact commands. */
final class Report {
    private final String command;
    private final String when;
    private final String machine;
    private final Wrk.Settings wrk;
    HttpBench.Result http;
    final List<ScaleBench.Result> scales = new ArrayList<>();
    Collection<RunResult> jmh;

    Report(String command, String when, String machine, Wrk.Settings wrk) {
        this.command = command;
        this.when = when;
        this.machine = machine;
        this.wrk = wrk;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    String markdown() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# netboot6 benchmarks\n\n")
                .append("Written by `").append(command).append("` (issue 6) on ").append(when)
                .append(". Every figure below comes from that one run; nothing is edited by hand except the notes at "
                        + "the end.\n\n")
                .append("**Machine:** ").append(machine).append(". The load average (1 min) at the start of each "
                        + "measurement is shown next to it: other engineers' builds share these 2 cores, so treat "
                        + "differences of a few percent as noise.\n\n");
        targets(md);
        httpSection(md);
        scaleSection(md);
        jmhSection(md);
        commands(md);
        md.append(notes());
        return md.toString();
    }

    private void targets(StringBuilder md) {
        md.append("## Targets, as measured\n\n| target | measured | met |\n|---|---|---|\n");
        double worstRatio = Double.MAX_VALUE;
        double worstP99 = 0;
        long errors = 0;
        for (HttpBench.Pair p : http.pairs) {
            errors += p.netboot6.errors() + p.nginx.errors();
            if (p.what.startsWith("per-host")) {
                worstRatio = Math.min(worstRatio, p.netboot6.rate() / p.nginx.rate());
                worstP99 = Math.max(worstP99, p.netboot6.p99Ms);
            }
        }
        row(md, "per-host script ≥ 50 % of nginx's static-file rate", f("%.0f %% (lowest round)", worstRatio * 100),
                worstRatio >= 0.5);
        row(md, "p99 < 10 ms at that load", f("%.2f ms (highest round)", worstP99), worstP99 < 10);
        ScaleBench.Result big = scale(100_000);
        ScaleBench.Result mid = scale(10_000);
        if (big != null) {
            row(md, "start-up with 100,000 hosts < 3 s (migrations checked + cache warm)",
                    f("%.0f ms", big.startupMs()), big.startupMs() < 3000);
            row(md, "add one host with 100,000 present < 50 ms (DHCP side: nothing to do)",
                    f("%.1f ms median, %.1f ms max", big.d("add_ms"), big.d("add_max_ms")), big.d("add_max_ms") < 50);
            row(md, "remove one host with 100,000 present < 50 ms (incl. the 25 ms fence; DHCP side: nothing)",
                    f("%.1f ms median, %.1f ms max", big.d("remove_ms"), big.d("remove_max_ms")),
                    big.d("remove_max_ms") < 50);
        }
        if (big != null && mid != null) {
            double growth = big.startupMs() / mid.startupMs();
            row(md, "start-up growth 10k → 100k within 12x", f("%.1fx", growth), growth <= 12);
        }
        errors += http.callbacks.wrk.errors();
        row(md, "no request answered with an error under load", f("%d wrk errors (non-2xx + socket), %d non-200 "
                + "answers counted by the server", errors, http.serverErrors + http.callbacks.servedOther),
                errors == 0 && http.serverErrors == 0 && http.callbacks.servedOther == 0);
        row(md, "no callback lost or doubled", f("%d callbacks answered 200; DB: %s", http.callbacks.served200,
                http.callbacks.counts), http.callbacks.exactlyOnce());
        md.append('\n');
    }

    private ScaleBench.Result scale(int n) {
        return scales.stream().filter(s -> s.hosts == n).findFirst().orElse(null);
    }

    private static void row(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private void httpSection(StringBuilder md) {
        md.append("## 1. Boot HTTP service vs nginx (same machine, same run, same wrk settings)\n\n")
                .append(f("wrk on [::1]: %d threads, %d connections, %d s per run, latency as wrk measures it. "
                        + "netboot6: `BootHttpServer` (Jetty 9.4, as CloudStack embeds it) with %d workers (the default of "
                        + "`netboot6.boot.worker.threads`), the access log written "
                        + "to a file by log4j, %d armed hosts in MariaDB (start-up rendered their answers in %.0f ms). "
                        + "nginx: a static file with the same bytes, `sendfile on`, one worker per CPU, access log "
                        + "on. Both get the same Lua script (a random line of the MAC list per request). Each server first gets "
                        + "a " + HttpBench.WARM_UP_SECONDS + " s warm-up of per-host requests (not measured).\n\n",
                        wrk.threads, wrk.connections, wrk.seconds, HttpBench.WORKERS,
                        http.hosts, http.warmMs))
                .append("| request | body | server | req/s | p50 ms | p90 ms | p99 ms | max ms | errors (non-2xx / "
                        + "socket) | load | netboot6/nginx |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (HttpBench.Pair p : http.pairs) {
            wrkRow(md, p.what, p.bodyBytes + " B", p.netboot6, f("**%.0f %%**", 100 * p.netboot6.rate() / p.nginx.rate()));
            wrkRow(md, "", "", p.nginx, "");
        }
        md.append(f("%nOf the %,d requests netboot6 answered in these runs, %,d per-host requests were answered from the "
                + "database instead of memory (the change watcher's last poll had started more than the 25 ms fence "
                + "ago); no change was made during them. A per-host answer is a boot event (queued for the database) "
                + "unless the same host got the same answer less than 10 s before, since no machine reboots that fast: "
                + "wrk asks for each of the %,d hosts every few seconds here, so %,d of the %,d per-host requests were "
                + "repeats without an event. %,d events were dropped because the writer's queue (%,d) was full, i.e. "
                + "the database did not keep up (by design the boot is not slowed down for them).%n%n",
                http.perHostServed, http.fromDatabase, http.hosts, http.repeatsWithoutEvent, perHostRequests(),
                http.droppedEvents, 100_000));
        md.append("## 2. Installer files and callbacks\n\n");
        md.append(f("- Installer files: the preseed row of section 1. %,d of the hosts are armed for a Debian 12 install "
                + "(profile, planned static address, install token, in bulk SQL and one change-counter bump, so no "
                + "cached answer is current afterwards). As in a real install, each of them first fetches its iPXE "
                + "script once (wrk with `once.lua` over their MACs): %,d requests at %.0f req/s, p50 %.2f ms, p99 "
                + "%.2f ms, %d errors; %,d of them were answered from the database, each rendering the install script "
                + "and, with it, the host's installer files into memory. The preseed requests then present a random "
                + "one of the armed hosts' tokens and are answered from memory (the token, its host and its stamp "
                + "are checked as for a per-host script). A preseed asked for before its host's script, or after a "
                + "change, is read and rendered from the database (the token, the host, its profile and network).%n",
                HttpBench.INSTALL_HOSTS, http.installScripts.requests, http.installScripts.rate(),
                http.installScripts.p50Ms, http.installScripts.p99Ms, http.installScripts.errors(),
                http.installFromDatabase));
        HttpBench.Callbacks cb = http.callbacks;
        md.append("- Callbacks `/netboot6/done/<token>`: every armed host's token is sent at most once (wrk threads "
                + "take disjoint shares of the token list), for the same duration and settings:\n\n")
                .append("| request | server | req/s | p50 ms | p90 ms | p99 ms | max ms | errors (non-2xx / socket) | "
                        + "load |\n|---|---|---|---|---|---|---|---|---|\n");
        md.append(f("| done callback | netboot6 | %.0f | %.2f | %.2f | %.2f | %.2f | %d / %d | %s |\n\n", cb.wrk.rate(),
                cb.wrk.p50Ms, cb.wrk.p90Ms, cb.wrk.p99Ms, cb.wrk.maxMs, cb.wrk.statusErrors, cb.wrk.socketErrors,
                cb.wrk.load));
        md.append(f("  After the run: the server answered %d callbacks with 200 and %d otherwise; wrk counted %d "
                + "responses (it stops counting at the deadline, so it may see fewer than the server answered). The "
                + "database holds:", cb.served200, cb.servedOther, cb.wrk.requests));
        for (Map.Entry<String, Long> e : cb.counts.entrySet()) {
            md.append(f(" %s %d;", e.getKey(), e.getValue()));
        }
        md.append(cb.exactlyOnce() ? " every callback answered 200 is persisted exactly once.\n\n"
                : " **MISMATCH: a callback was lost or doubled.**\n\n");
    }

    private static void wrkRow(StringBuilder md, String what, String body, Wrk w, String ratio) {
        md.append(f("| %s | %s | %s | %.0f | %.2f | %.2f | %.2f | %.2f | %d / %d | %s | %s |\n", what, body, w.label,
                w.rate(), w.p50Ms, w.p90Ms, w.p99Ms, w.maxMs, w.statusErrors, w.socketErrors, w.load, ratio));
    }

    private void scaleSection(StringBuilder md) {
        md.append("## 3. Scale\n\n")
                .append("Per row a database seeded with that many armed hosts (bulk SQL; seeding is not measured) and a "
                        + "fresh JVM (`ScaleProbe`) that starts the netboot6 core as a management server does: pool, "
                        + "`migrate()` (finds nothing pending), `startCaching()` (change-counter poller + warm-up: one "
                        + "bulk read rendering every host's answer). Heap per host = (heap after GC with the cache "
                        + "warm − heap after GC before it) / hosts. Add/remove: the API's `HostService.add`/`remove`, "
                        + "median and max of 15 each; remove includes the 25 ms fence (`ChangeWatcher.DEFAULT_FENCE`), "
                        + "add needs none. **DHCP side of add/remove: nothing** — the boot depends on no per-host "
                        + "DHCPv6 state (pool addresses, host chosen by MAC over HTTP), so no DHCP configuration is "
                        + "rewritten or reloaded; O(1) by construction. The last columns render a full Kea "
                        + "configuration with one (optional) reservation per host and check it with "
                        + "`kea-dhcp6 -t` (run with `ip netns exec` in a namespace that has the network's interface, which Kea's check "
                        + "requires): the cost an operator pays only if they choose reservations.\n\n")
                .append("| hosts | start-up ms (migrate + warm) | JVM start → ready ms | heap/host B | add ms (median / "
                        + "max) | first boot of the added host ms | remove ms (median / max) | Kea render ms | "
                        + "`kea-dhcp6 -t` ms | Kea config | load |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ScaleBench.Result s : scales) {
            md.append(f("| %,d | %.0f (%.0f + %.0f) | %s | %.0f | %.1f / %.1f | %.1f | %.1f / %.1f | %.0f | %.0f | %.1f MB "
                    + "| %s |\n", s.hosts, s.startupMs(), s.d("migrate_ms"), s.d("warm_ms"), s.probe.get("since_jvm_start_ms"),
                    s.bytesPerHost(), s.d("add_ms"), s.d("add_max_ms"), s.d("first_boot_ms"), s.d("remove_ms"),
                    s.d("remove_max_ms"), s.keaRenderMs, s.keaValidateMs, s.keaBytes / 1e6, s.load));
        }
        md.append('\n');
        if (scales.size() > 1) {
            md.append("Growth per 10x more hosts:");
            for (int i = 1; i < scales.size(); i++) {
                ScaleBench.Result a = scales.get(i - 1);
                ScaleBench.Result b = scales.get(i);
                md.append(f(" %,d → %,d: start-up %.1fx, warm-up %.1fx, heap/host %.2fx, add %.2fx, remove %.2fx, "
                        + "Kea render+check %.1fx;", a.hosts, b.hosts, b.startupMs() / a.startupMs(),
                        b.d("warm_ms") / a.d("warm_ms"), b.bytesPerHost() / a.bytesPerHost(), b.d("add_ms") / a.d("add_ms"),
                        b.d("remove_ms") / a.d("remove_ms"), (b.keaRenderMs + b.keaValidateMs) / (a.keaRenderMs
                                + a.keaValidateMs)));
            }
            md.append("\n\n");
        }
    }

    private void jmhSection(StringBuilder md) {
        if (jmh == null) {
            return;
        }
        md.append("## 4. JMH microbenchmarks\n\n")
                .append("`org.netboot6.bench.MicroBenchmarks` (JMH 1.37, 1 fork, 3×1 s warm-up, 5×1 s measurement, "
                        + "average time per call). `hostScriptLookup` is `BootService.hostScript` from a warm cache of "
                        + "100,000 hosts: parse iPXE's hyphenated MAC, find the answer, check it is current, queue the "
                        + "boot event.\n\n| benchmark | ns/op | ± (99.9 %) |\n|---|---|---|\n");
        for (RunResult r : jmh) {
            String name = r.getParams().getBenchmark();
            md.append(f("| %s | %.1f | %.1f |\n", name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError()));
        }
        md.append('\n');
    }

    private void commands(StringBuilder md) {
        md.append("## Commands\n\n```\n").append(command).append("\n```\n\nwhich installs what it needs (openjdk-17-jdk-headless, "
                + "maven, mariadb-client, wrk, nginx-light, kea-dhcp6-server), uses the MariaDB of `dev/lib.sh` (127.0.0.1:3306 "
                + "or a private one) and runs (from the repository root; `<work>` is a fresh `mktemp -d` directory):\n\n"
                + "```\nmvn -B -q -ntp install -Dmaven.test.skip=true -pl plugin,test -am\n"
                + "mvn -B -q -ntp -pl test dependency:build-classpath -Dmdep.outputFile=<work>/classpath "
                + "-Dmdep.includeScope=compile\n"
                + "# the test classes and netboot6's own jars are copied into <work> first (other builds may rewrite them)\n"
                + "java $NETBOOT6_BENCH_JAVA_OPTS -cp <work copies + the classpath> \\\n"
                + "  -Dlog4j2.configurationFile=<work>/classes/org/netboot6/bench/log4j2-bench.xml -Dnetboot6.bench.dir=<work> \\\n"
                + "  org.netboot6.bench.BenchMain <work> BENCHMARKS.md dev/bench.sh\n```\n\n"
                + "Tunables: NETBOOT6_BENCH_HOSTS, _SCALES, _SECONDS, _THREADS, _CONNECTIONS, _ROUNDS, _JMH, _WORKERS "
                + "(see `BenchMain`). The wrk command lines, as run "
                + "(URL ports are free ports picked at run time; list files are written into the work dir):\n\n```\n");
        List<String> seen = new ArrayList<>();
        for (HttpBench.Pair p : http.pairs) {
            for (Wrk w : List.of(p.netboot6, p.nginx)) {
                String c = w.command.replaceAll(":[0-9]+ ", ":PORT ").replaceAll("\\S*/([a-z-]+)\\.txt", "$1.txt");
                if (!seen.contains(c)) {
                    seen.add(c);
                }
            }
        }
        seen.add(http.callbacks.wrk.command.replaceAll(":[0-9]+ ", ":PORT ").replaceAll("\\S*/([a-z-]+)\\.txt", "$1.txt"));
        seen.forEach(c -> md.append(c).append('\n'));
        md.append("```\n\n");
    }

    private static String notes() throws IOException {
        try (InputStream in = Report.class.getResourceAsStream("notes.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The per-host script requests netboot6 answered in the measured runs, as wrk counted them. */
    private long perHostRequests() {
        return http.pairs.stream().filter(p -> p.what.startsWith("per-host")).mapToLong(p -> p.netboot6.requests).sum();
    }

    String summary() {
        StringBuilder s = new StringBuilder();
        for (HttpBench.Pair p : http.pairs) {
            s.append(f("%-50s netboot6 %8.0f req/s p99 %6.2f ms | nginx %8.0f req/s p99 %6.2f ms | %3.0f %% | errors %d/%d%n",
                    p.what, p.netboot6.rate(), p.netboot6.p99Ms, p.nginx.rate(), p.nginx.p99Ms,
                    100 * p.netboot6.rate() / p.nginx.rate(), p.netboot6.errors(), p.nginx.errors()));
        }
        s.append(f("per-host requests answered from the database (cache not current): %d of %d answered%n",
                http.fromDatabase, http.perHostServed));
        s.append(f("per-host requests that repeated an answer without a new boot event: %d of %d%n",
                http.repeatsWithoutEvent, perHostRequests()));
        s.append(f("boot events dropped (queue full) during the per-host runs: %d%n", http.droppedEvents));
        s.append(f("callbacks: %.0f req/s p99 %.2f ms, served 200: %d, other: %d, db %s, exactly once: %s%n",
                http.callbacks.wrk.rate(), http.callbacks.wrk.p99Ms, http.callbacks.served200, http.callbacks.servedOther,
                http.callbacks.counts, http.callbacks.exactlyOnce()));
        for (ScaleBench.Result r : scales) {
            s.append(f("scale %,7d: startup %.0f ms (migrate %.0f, warm %.0f), heap/host %.0f B, add %.1f ms, remove %.1f "
                    + "ms, kea render %.0f ms, kea -t %.0f ms%n", r.hosts, r.startupMs(), r.d("migrate_ms"),
                    r.d("warm_ms"), r.bytesPerHost(), r.d("add_ms"), r.d("remove_ms"), r.keaRenderMs, r.keaValidateMs));
        }
        return s.toString();
    }
}
