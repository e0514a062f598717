package org.netboot6.bench;

import java.util.concurrent.atomic.LongAdder;

import org.netboot6.boot.AccessLog;

/**
 * The production access log (log4j, logger {@code org.netboot6.boot.access}, written to a file by the benchmark's
 * log4j configuration) plus server-side counts: what the server answered, independent of what wrk saw.
 */
final class CountingAccessLog implements AccessLog {
    private final AccessLog delegate = AccessLog.toLog4j();
    final LongAdder ok = new LongAdder();
    final LongAdder other = new LongAdder();
    final LongAdder doneOk = new LongAdder();
    final LongAdder doneOther = new LongAdder();

    @Override
    public void request(String remote, String method, String path, int status, int bytes, long micros) {
        delegate.request(remote, method, path, status, bytes, micros);
        boolean done = path.startsWith("/netboot6/done/");
        (status == 200 ? ok : other).increment();
        if (done) {
            (status == 200 ? doneOk : doneOther).increment();
        }
    }

    void reset() {
        ok.reset();
        other.reset();
        doneOk.reset();
        doneOther.reset();
    }
}
