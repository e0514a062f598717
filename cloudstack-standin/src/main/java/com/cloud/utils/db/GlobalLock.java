// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils.db;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A named lock shared by all management servers (in CloudStack: MySQL GET_LOCK, re-entrant per thread, with
 * reference counting of the interned instances). The stand-in locks within this JVM only.
 */
public class GlobalLock {
    private static final Map<String, GlobalLock> INTERNED = new HashMap<>();

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private int refCount;

    private GlobalLock(String name) {
        this.name = name;
    }

    /** The lock with this name, adding a reference; give it back with {@link #releaseRef()}. */
    public static GlobalLock getInternLock(String name) {
        synchronized (INTERNED) {
            GlobalLock found = INTERNED.computeIfAbsent(name, GlobalLock::new);
            found.refCount++;
            return found;
        }
    }

    public int addRef() {
        synchronized (INTERNED) {
            return ++refCount;
        }
    }

    public int releaseRef() {
        synchronized (INTERNED) {
            int left = --refCount;
            if (left == 0) {
                INTERNED.remove(name);
            }
            return left;
        }
    }

    /** Waits up to timeoutSeconds; true when this thread holds the lock. */
    public boolean lock(int timeoutSeconds) {
        try {
            return lock.tryLock(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean unlock() {
        if (!lock.isHeldByCurrentThread()) {
            return false;
        }
        lock.unlock();
        return true;
    }

    public String getName() {
        return name;
    }
}
