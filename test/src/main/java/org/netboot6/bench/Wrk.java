package org.netboot6.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.netboot6.lab.Commands;

/** One wrk run on the loopback and what it measured ({@code report.lua} prints the numbers). */
final class Wrk {
    final String label;
    final String command;
    final long requests;
    final double seconds;
    final long statusErrors;
    final long socketErrors;
    final double p50Ms;
    final double p90Ms;
    final double p99Ms;
    final double maxMs;
    final String load;

    private Wrk(String label, String command, Map<String, Long> v, String load) {
        this.label = label;
        this.command = command;
        this.requests = v.get("requests");
        this.seconds = v.get("duration_us") / 1e6;
        this.statusErrors = v.get("status_errors");
        this.socketErrors = v.get("connect") + v.get("read") + v.get("write") + v.get("timeout");
        this.p50Ms = v.get("p50_us") / 1000.0;
        this.p90Ms = v.get("p90_us") / 1000.0;
        this.p99Ms = v.get("p99_us") / 1000.0;
        this.maxMs = v.get("max_us") / 1000.0;
        this.load = load;
    }

    double rate() {
        return requests / seconds;
    }

    long errors() {
        return statusErrors + socketErrors;
    }

    /** Runs wrk with {@code script} and its arguments against {@code url}. */
    static Wrk run(String label, Settings s, String url, Path script, String... scriptArgs) {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + s.threads, "-c" + s.connections, "-d" + s.seconds + "s",
                "--timeout", "5s", "-s", script.toString(), url, "--"));
        cmd.addAll(List.of(scriptArgs));
        String load = Machine.load();
        List<String> env = new ArrayList<>(List.of("env", "NETBOOT6_BENCH_REPORT_LUA=" + script.resolveSibling("report.lua")));
        env.addAll(cmd);
        Map<String, Long> v = new HashMap<>();
        resultLine("WRK_RESULT", env).forEach((k, x) -> v.put(k, Long.parseLong(x)));
        String shown = String.join(" ", cmd).replace(script.getParent().toString() + "/", "");
        return new Wrk(label, shown, v, load);
    }

    /**
     * Runs {@code command} and returns the {@code key=value} pairs of its output line that starts with {@code tag}
     * (how wrk's report.lua and {@link ScaleProbe} hand their figures back).
     */
    static Map<String, String> resultLine(String tag, List<String> command) {
        Commands.Result r = Commands.tryRun(command.toArray(new String[0]));
        String line = r.output.lines().filter(l -> l.startsWith(tag + " ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(command.get(0) + " ... printed no " + tag + " (exit "
                        + r.exitCode + "):\n" + r.output));
        Map<String, String> v = new HashMap<>();
        for (String kv : line.substring(tag.length()).trim().split(" ")) {
            int eq = kv.indexOf('=');
            v.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return v;
    }

    /** wrk's threads, connections and duration, the same for netboot6 and nginx. */
    static final class Settings {
        final int threads;
        final int connections;
        final int seconds;

        Settings(int threads, int connections, int seconds) {
            this.threads = threads;
            this.connections = connections;
            this.seconds = seconds;
        }
    }
}
