package org.netboot6.service;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * Rendered answers by key (a MAC's boot script; an install token's installer file), each stamped with the change
 * counter it was computed at. An entry is served only while no change of its host (or of every host) came after
 * that stamp, as the fresh change watcher knows, and its token has not expired.
 * Only answers to registered hosts and live tokens are stored, so random MACs or tokens cannot grow it; a
 * {@code capacity} bounds it beyond that, and entries that can no longer be served are swept out as it fills.
 * <p>
 * An entry also decides when serving it is a new boot event: the first time, and again once
 * {@link #REPEAT_EVENT_AFTER} has passed since the last one. No machine goes through its firmware and asks again
 * sooner, so the timeline keeps every boot while a client that re-asks in a loop (or a load test) does not turn
 * into one database row per request.
 */
final class HostAnswers<K> {
    private static final int SWEEP_EVERY = 1024;
    static final long REPEAT_EVENT_AFTER = TimeUnit.SECONDS.toNanos(10);

    static final class Entry {
        private static final AtomicLongFieldUpdater<Entry> LAST_EVENT =
                AtomicLongFieldUpdater.newUpdater(Entry.class, "lastEvent");
        final long stamp;
        final HostAnswer answer;
        private volatile long lastEvent;

        Entry(long stamp, HostAnswer answer, long eventAt) {
            this.stamp = stamp;
            this.answer = answer;
            this.lastEvent = eventAt;
        }

        /** Whether serving this answer at {@code nanoTime} is a new boot event; true for one caller per window. */
        boolean claimEvent(long nanoTime) {
            long last = lastEvent;
            return nanoTime - last >= REPEAT_EVENT_AFTER && LAST_EVENT.compareAndSet(this, last, nanoTime);
        }
    }

    private final ChangeWatcher watcher;
    private final int capacity;
    private final ConcurrentHashMap<K, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger storesSinceSweep = new AtomicInteger();

    HostAnswers(ChangeWatcher watcher, int capacity) {
        this.watcher = watcher;
        this.capacity = capacity;
    }

    /** The cached entry if its answer is current, else null. */
    Entry lookup(K key, Instant now) {
        Entry e = entries.get(key);
        return e == null || !servable(e, now) ? null : e;
    }

    private boolean servable(Entry e, Instant now) {
        return watcher.current(e.answer.hostId, e.stamp) && now.isBefore(e.answer.validUntil);
    }

    void forget(K key) {
        entries.remove(key);
    }

    /** Caches {@code answer}, whose boot event was just recorded at {@code eventAt} ({@link System#nanoTime()}). */
    void store(K key, long stamp, HostAnswer answer, long eventAt, Instant now) {
        // a sweep after as many stores as there are entries: linear in all, however large the map grows
        if (storesSinceSweep.incrementAndGet() >= Math.max(SWEEP_EVERY, entries.size())) {
            storesSinceSweep.set(0);
            // only what can never be served again: a watcher that is merely late (or a database hiccup) must not
            // empty a cache that is current again at its next poll
            boolean fresh = watcher.freshValue() >= 0;
            entries.values().removeIf(e -> !now.isBefore(e.answer.validUntil)
                    || fresh && !watcher.current(e.answer.hostId, e.stamp));
        }
        if (entries.size() < capacity || entries.containsKey(key)) {
            entries.put(key, new Entry(stamp, answer, eventAt));
        }
    }

    int size() {
        return entries.size();
    }
}
