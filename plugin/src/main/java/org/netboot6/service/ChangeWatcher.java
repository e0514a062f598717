package org.netboot6.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.netboot6.store.ChangeCounter;
import org.netboot6.store.Database;

/**
 * Follows the database-wide change counter so this management server knows when its cached boot scripts are stale.
 * It polls every {@code pollInterval}; a cached answer may be served only while the latest successful poll STARTED
 * less than {@code fence} ago. The API waits {@code fence} after committing a change before it acknowledges it,
 * so any poll that still allows serving began after the commit and saw the change: no server in the cluster serves
 * a stale script once a change is acknowledged, and a server whose database link stalls stops serving from cache.
 */
public final class ChangeWatcher implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(ChangeWatcher.class);
    public static final Duration DEFAULT_POLL = Duration.ofMillis(5);
    public static final Duration DEFAULT_FENCE = Duration.ofMillis(25);

    private final Database db;
    private final ChangeCounter counter;
    private final long pollNanos;
    private final long fenceNanos;
    private final Thread poller;
    /** Log rows kept behind the newest change; a server further behind than this drops its whole cache. */
    static final long LOG_KEPT = 100_000;

    private volatile long value = -1;
    /** The newest change of every host (a network change, or a gap in the log), and the newest per host. */
    private volatile long global = Long.MAX_VALUE;
    private final ConcurrentHashMap<Long, Long> perHost = new ConcurrentHashMap<>();
    private long polls;
    private volatile long lastPollStart;
    private volatile boolean running = true;
    private boolean failing;

    public ChangeWatcher(Database db, ChangeCounter counter, Duration pollInterval, Duration fence) {
        if (fence.compareTo(pollInterval.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("fence " + fence + " must be at least three poll intervals " + pollInterval);
        }
        this.db = db;
        this.counter = counter;
        this.pollNanos = pollInterval.toNanos();
        this.fenceNanos = fence.toNanos();
        this.lastPollStart = System.nanoTime() - fenceNanos - 1;
        poller = new Thread(this::run, "netboot6-change-watcher");
        poller.setDaemon(true);
    }

    public ChangeWatcher start() {
        poll();
        poller.start();
        return this;
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(pollNanos / 1_000_000, (int) (pollNanos % 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            poll();
        }
    }

    private void poll() {
        long started = System.nanoTime();
        try {
            long seen = value;
            long now = db.read(counter::read);
            if (seen < 0) {
                global = now; // what was cached before this server watched is unknown: treat it all as changed
            } else if (now > seen) {
                List<ChangeCounter.Change> changes = db.read(c -> counter.changes(c, seen, now));
                if (changes.size() != now - seen) {
                    global = now; // rows were pruned before this server read them
                } else {
                    for (ChangeCounter.Change change : changes) {
                        if (change.hostId == null) {
                            global = change.seq;
                        } else {
                            perHost.merge(change.hostId, change.seq, Math::max);
                        }
                    }
                }
            }
            // the per-host and global marks are written before the value and the poll time that make them count
            value = now;
            lastPollStart = started;
            if (++polls % 2000 == 0 && now > LOG_KEPT) {
                db.inTransaction(c -> {
                    counter.prune(c, now - LOG_KEPT);
                    return null;
                });
            }
            if (failing) {
                LOG.info("the netboot6 change counter can be read again; cached boot scripts are served again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("cannot read the netboot6 change counter; cached boot scripts are not served until it can be "
                        + "read: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /**
     * Whether an answer for {@code hostId} computed at counter value {@code stamp} is still current: no change of
     * that host or of every host came after it, as of a poll that started within the fence. Reads the poll time
     * first, so the marks it then reads are at least that poll's.
     */
    public boolean current(long hostId, long stamp) {
        if (freshValue() < 0) {
            return false;
        }
        return stamp >= global && stamp >= perHost.getOrDefault(hostId, 0L);
    }

    /** The counter as of a poll that started within the fence, or -1: then nothing may be served from cache. */
    public long freshValue() {
        long v = value;
        return System.nanoTime() - lastPollStart < fenceNanos ? v : -1;
    }

    /**
     * Called after this server committed change {@code seq} of host {@code hostId}: this server stops serving the
     * host's older answers at once instead of at its next poll (the boot client that caused the change may ask again
     * within a poll interval). Other servers learn it at their next poll.
     */
    public void changedHere(long hostId, long seq) {
        perHost.merge(hostId, seq, Math::max);
    }

    /** How long after a commit every server has seen it or stopped serving from its cache. */
    public Duration fence() {
        return Duration.ofNanos(fenceNanos);
    }

    /** Called by the API after a commit: returns once every server has seen the change or stopped serving its cache. */
    public void awaitPropagation() {
        try {
            Thread.sleep(fenceNanos / 1_000_000, (int) (fenceNanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
