package org.netboot6.service;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

import org.netboot6.model.Mac;

/**
 * The rendered answer per registered MAC, stamped with the change counter it was computed at. An entry is served
 * only while no change of its host (or of every host) came after that stamp, as the fresh change watcher knows,
 * and its token has not expired.
 * Unknown MACs are never cached, so random MACs cannot grow it beyond the registered hosts.
 * <p>
 * An entry also decides when serving it is a new boot event: the first time, and again once
 * {@link #REPEAT_EVENT_AFTER} has passed since the last one. No machine goes through its firmware and asks again
 * sooner, so the timeline keeps every boot while a client that re-asks in a loop (or a load test) does not turn
 * into one database row per request.
 */
final class HostAnswers {
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
    private final ConcurrentHashMap<Mac, Entry> entries = new ConcurrentHashMap<>();

    HostAnswers(ChangeWatcher watcher) {
        this.watcher = watcher;
    }

    /** The cached entry if its answer is current, else null. */
    Entry lookup(Mac mac, Instant now) {
        Entry e = entries.get(mac);
        if (e == null) {
            return null;
        }
        if (!watcher.current(e.answer.hostId, e.stamp) || !now.isBefore(e.answer.validUntil)) {
            return null;
        }
        return e;
    }

    void forget(Mac mac) {
        entries.remove(mac);
    }

    /** Caches {@code answer}, whose boot event was just recorded at {@code eventAt} ({@link System#nanoTime()}). */
    void store(Mac mac, long stamp, HostAnswer answer, long eventAt) {
        entries.put(mac, new Entry(stamp, answer, eventAt));
    }

    int size() {
        return entries.size();
    }
}
