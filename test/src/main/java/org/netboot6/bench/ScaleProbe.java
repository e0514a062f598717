package org.netboot6.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.netboot6.boot.BootReply;
import org.netboot6.model.BootHost;
import org.netboot6.model.Hostname;
import org.netboot6.service.Netboot6Services;
import org.netboot6.service.NewHost;
import org.netboot6.store.PageRequest;

/**
 * Run in a fresh JVM per scale by {@link ScaleBench}, against a database that already holds {@code n} armed hosts:
 * the start-up of a management server's netboot6 core (pool, migrations checked, every host's answer rendered into
 * memory), heap per host, and the API's add and remove of one host with {@code n} present. Prints one
 * {@code SCALE_RESULT} line.
 */
public final class ScaleProbe {
    private static final int REPEATS = 15;

    private ScaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        MariaDbPoolDataSource pool = new MariaDbPoolDataSource(url + "&maxPoolSize=16");
        Netboot6Services services = new Netboot6Services(pool, Clock.systemUTC(), "http://[2001:db8:6::2]:8080/netboot6");
        int applied = services.migrate();
        long t1 = System.nanoTime();
        long heapBefore = heapAfterGc();
        long t2 = System.nanoTime();
        services.startCaching();
        long t3 = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        int cached = services.boot().cachedAnswers();
        long heapAfter = heapAfterGc();
        if (applied != 0 || cached != n) {
            throw new IllegalStateException("expected 0 migrations and " + n + " cached answers, got " + applied + " and "
                    + cached);
        }
        BootReply sample = services.boot().hostScript(Seeder.mac(n / 2).hyphenated(), null, "::1");
        if (!sample.bodyText().contains("/done/")) {
            throw new IllegalStateException("host " + n / 2 + " is not answered its probe script: " + sample);
        }

        String networkUuid = services.networks().list(null, PageRequest.all()).items().get(0).uuid();
        double[] add = new double[REPEATS];
        double[] firstBoot = new double[REPEATS];
        double[] remove = new double[REPEATS];
        List<String> added = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            NewHost spec = new NewHost();
            spec.networkUuid = networkUuid;
            spec.hostname = Hostname.parse(String.format("added-%03d", i));
            spec.macs.add(Seeder.mac(n + i));
            long a = System.nanoTime();
            BootHost host = services.hosts().add(spec);
            add[i] = ms(System.nanoTime() - a);
            long b = System.nanoTime();
            BootReply r = services.boot().hostScript(Seeder.mac(n + i).hyphenated(), null, "::1");
            firstBoot[i] = ms(System.nanoTime() - b);
            if (!r.bodyText().contains("added-")) {
                throw new IllegalStateException("the added host is not answered as itself: " + r);
            }
            added.add(host.uuid());
        }
        for (int i = 0; i < REPEATS; i++) {
            long a = System.nanoTime();
            services.hosts().remove(added.get(i));
            remove[i] = ms(System.nanoTime() - a);
        }
        services.close();
        pool.close();
        System.out.println(String.format(Locale.ROOT, "SCALE_RESULT hosts=%d migrate_ms=%.1f warm_ms=%.1f "
                + "since_jvm_start_ms=%d heap_before=%d heap_after=%d add_ms=%.2f add_max_ms=%.2f first_boot_ms=%.2f "
                + "remove_ms=%.2f remove_max_ms=%.2f", n, ms(t1 - t0), ms(t3 - t2), sinceJvmStart, heapBefore, heapAfter,
                median(add), max(add), median(firstBoot), median(remove), max(remove)));
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
