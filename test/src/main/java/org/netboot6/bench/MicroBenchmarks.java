package org.netboot6.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.netboot6.boot.BootReply;
import org.netboot6.model.BootHost;
import org.netboot6.model.HostKind;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.Token;
import org.netboot6.render.ipxe.IpxeScriptRenderer;
import org.netboot6.service.Netboot6Services;
import org.netboot6.testdb.ScratchDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH microbenchmarks of the boot hot path: the MAC lookup (parse iPXE's hyphenated MAC, find the host's cached
 * answer among {@code hosts} registered hosts, queue the boot event) and the rendering of one per-host script.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MicroBenchmarks {
    static final String UUID = "4c4c4544-0031-3510-8052-b2c04f4e3232";

    /** A migrated scratch database with {@code hosts} armed hosts, their answers warm in memory. */
    @State(Scope.Benchmark)
    public static class Registered {
        @Param({"100000"})
        public int hosts;

        ScratchDatabase db;
        Netboot6Services services;
        String[] macs;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            db = ScratchDatabase.create("bench_jmh");
            services = new Netboot6Services(db.dataSource(), Clock.systemUTC(), "http://[2001:db8:6::2]:8080/netboot6");
            services.migrate();
            Seeder.seed(services, db.dataSource(), hosts, Instant.now());
            services.startCaching();
            macs = new String[hosts];
            for (int i = 0; i < hosts; i++) {
                macs[i] = Seeder.mac(i).hyphenated();
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            services.close();
            db.close();
        }
    }

    /** One host's parts, as the renderer gets them. */
    @State(Scope.Benchmark)
    public static class OneHost {
        final IpxeScriptRenderer ipxe = new IpxeScriptRenderer();
        final BootHost host = BootHost.builder().id(42).uuid("6f1f9d1e-3c39-4a51-9a6e-0b8c9a1d2e3f").networkId(1)
                .kind(HostKind.BAREMETAL).hostname(Hostname.parse("node-000042")).mac(Seeder.mac(42))
                .state(HostState.PROVISIONING).build();
        final Token token = Token.generate();
        final String base = "http://[2001:db8:6::2]:8080/netboot6";
    }

    @Benchmark
    public Mac parseMac(Registered r) {
        return Mac.parse(r.macs[ThreadLocalRandom.current().nextInt(r.hosts)]);
    }

    /** BootService.hostScript from a warm cache: parse, look up, queue the event (what each request costs). */
    @Benchmark
    public BootReply hostScriptLookup(Registered r) {
        return r.services.boot().hostScript(r.macs[ThreadLocalRandom.current().nextInt(r.hosts)], UUID, "::1");
    }

    /** Rendering one armed host's probe script into the bytes sent (done once per host per change). */
    @Benchmark
    public BootReply renderProbeScript(OneHost h) {
        return BootReply.script(h.ipxe.probe(h.host, h.base, h.token));
    }

    @Benchmark
    public BootReply renderLocalBootScript(OneHost h) {
        return BootReply.script(h.ipxe.localBoot(h.host));
    }
}
