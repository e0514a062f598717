package org.netboot6.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark suite of issue 6, run by {@code dev/bench.sh}: boot HTTP service vs nginx, callbacks, scale
 * (1k/10k/100k hosts) and JMH microbenchmarks; writes BENCHMARKS.md.
 *
 * <pre>BenchMain &lt;work dir&gt; &lt;BENCHMARKS.md&gt; &lt;command line shown in the report&gt;</pre>
 * Environment: NETBOOT6_BENCH_HOSTS (100000), NETBOOT6_BENCH_SCALES (1000,10000,100000), NETBOOT6_BENCH_SECONDS (10),
 * NETBOOT6_BENCH_THREADS (2), NETBOOT6_BENCH_CONNECTIONS (64), NETBOOT6_BENCH_ROUNDS (2), NETBOOT6_BENCH_JMH (1: run).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String command = args.length > 2 ? args[2] : "dev/bench.sh";
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // nginx's workers read www/
        int hosts = env("NETBOOT6_BENCH_HOSTS", 100_000);
        Wrk.Settings wrk = new Wrk.Settings(env("NETBOOT6_BENCH_THREADS", 2), env("NETBOOT6_BENCH_CONNECTIONS", 64),
                env("NETBOOT6_BENCH_SECONDS", 10));
        int rounds = env("NETBOOT6_BENCH_ROUNDS", 2);
        List<Integer> scales = new ArrayList<>();
        for (String s : System.getenv().getOrDefault("NETBOOT6_BENCH_SCALES", "1000,10000,100000").split(",")) {
            scales.add(Integer.parseInt(s.trim()));
        }
        Report report = new Report(command, ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16) + " UTC", Machine.describe(), wrk);

        phase("boot HTTP service vs nginx, callbacks (" + hosts + " hosts)");
        report.http = HttpBench.run(dir, wrk, hosts, rounds);
        for (int n : scales) {
            phase("scale: " + n + " hosts");
            report.scales.add(ScaleBench.run(dir, n));
        }
        if (env("NETBOOT6_BENCH_JMH", 1) == 1) {
            phase("JMH");
            report.jmh = jmh(dir);
        }
        Files.writeString(out, report.markdown());
        phase("wrote " + out);
        System.out.println(report.summary());
    }

    private static Collection<RunResult> jmh(Path dir) throws Exception {
        Options options = new OptionsBuilder().include(MicroBenchmarks.class.getName()).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile", ""),
                        "-Dnetboot6.bench.dir=" + dir)
                .output(dir.resolve("jmh.txt").toString()).build();
        return new Runner(options).run();
    }

    private static void phase(String what) {
        System.out.println("==> " + what + " (load " + Machine.load() + ")");
    }

    private static int env(String key, int fallback) {
        String v = System.getenv(key);
        return v == null || v.isEmpty() ? fallback : Integer.parseInt(v);
    }
}
