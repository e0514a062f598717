package org.netboot6.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.netboot6.store.BootEventRepository;
import org.netboot6.store.Database;

/**
 * Records "script served" boot events off the request path, in batches. These are the access-log facts of a boot;
 * state changes (the done callback, the API) are written synchronously in their own transactions, and flush this
 * writer first so a host's timeline stays in order. If the queue is full (a storm far beyond the database's pace)
 * events are dropped and counted rather than slowing boots down.
 */
public final class BootEventWriter implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(BootEventWriter.class);
    static final int CAPACITY = 100_000;
    static final int BATCH = 1_000;

    private final Database db;
    private final BootEventRepository events;
    private final BlockingQueue<BootEventRepository.Pending> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Object flushLock = new Object();
    private final Thread writer;
    private volatile boolean running = true;

    public BootEventWriter(Database db, BootEventRepository events) {
        this.db = db;
        this.events = events;
        writer = new Thread(this::run, "netboot6-boot-events");
        writer.setDaemon(true);
        writer.start();
    }

    public void record(long hostId, Instant at, String kind, String detail, String remote) {
        if (!queue.offer(new BootEventRepository.Pending(hostId, at, kind, detail, remote))) {
            if (dropped.incrementAndGet() % 10_000 == 1) {
                LOG.warn("boot event queue full: {} events dropped so far", dropped.get());
            }
        }
    }

    public long dropped() {
        return dropped.get();
    }

    private void run() {
        while (running) {
            try {
                BootEventRepository.Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first != null) {
                    write(first);
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                LOG.error("cannot write boot events: {}", e.getMessage(), e);
            }
        }
    }

    private void write(BootEventRepository.Pending first) {
        synchronized (flushLock) {
            List<BootEventRepository.Pending> batch = new ArrayList<>();
            if (first != null) {
                batch.add(first);
            }
            queue.drainTo(batch, BATCH - batch.size());
            if (batch.isEmpty()) {
                return;
            }
            db.inTransaction(c -> {
                events.recordAll(c, batch);
                return null;
            });
        }
    }

    /** Writes everything recorded so far. */
    public void flush() {
        while (!queue.isEmpty()) {
            write(null);
        }
        synchronized (flushLock) {
            // waits for a batch the writer thread took before the queue looked empty
        }
    }

    @Override
    public void close() {
        running = false;
        writer.interrupt();
        try {
            writer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
