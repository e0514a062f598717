package org.netboot6.service;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.netboot6.model.Mac;

/**
 * The rendered answer per registered MAC, stamped with the change counter it was computed at. An entry is served
 * only while no change of its host (or of every host) came after that stamp, as the fresh change watcher knows,
 * and its token has not expired.
 * Unknown MACs are never cached, so random MACs cannot grow it beyond the registered hosts.
 */
final class HostAnswers {
    private static final class Entry {
        final long stamp;
        final HostAnswer answer;

        Entry(long stamp, HostAnswer answer) {
            this.stamp = stamp;
            this.answer = answer;
        }
    }

    private final ChangeWatcher watcher;
    private final ConcurrentHashMap<Mac, Entry> entries = new ConcurrentHashMap<>();

    HostAnswers(ChangeWatcher watcher) {
        this.watcher = watcher;
    }

    /** The cached answer if it is current, else null. */
    HostAnswer lookup(Mac mac, Instant now) {
        Entry e = entries.get(mac);
        if (e == null) {
            return null;
        }
        if (!watcher.current(e.answer.hostId, e.stamp) || !now.isBefore(e.answer.validUntil)) {
            return null;
        }
        return e.answer;
    }

    void forget(Mac mac) {
        entries.remove(mac);
    }

    void store(Mac mac, long stamp, HostAnswer answer) {
        entries.put(mac, new Entry(stamp, answer));
    }

    int size() {
        return entries.size();
    }
}
