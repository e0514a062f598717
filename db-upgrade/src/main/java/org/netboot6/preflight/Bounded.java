package org.netboot6.preflight;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs foreign code (a JDBC driver's static initializer) with a time limit, so the check, and the APT hook that
 * runs it, never hang. The worker is a daemon thread: one that never returns cannot keep the JVM alive.
 */
public final class Bounded {
    private Bounded() {
    }

    /**
     * @throws TimeoutException when the work did not finish in time (it keeps running in its daemon thread)
     * @throws ExecutionException wrapping whatever the work threw
     */
    public static <T> T call(String name, int seconds, Callable<T> work) throws TimeoutException, ExecutionException {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        try {
            return task.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException(name + " interrupted");
        }
    }
}
