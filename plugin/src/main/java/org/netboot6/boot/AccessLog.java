package org.netboot6.boot;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Where the boot service writes one line per request. */
@FunctionalInterface
public interface AccessLog {
    void request(String remote, String method, String path, int status, int bytes, long micros);

    /** The management server's log, logger {@code org.netboot6.boot.access}. */
    static AccessLog toLog4j() {
        Logger log = LogManager.getLogger("org.netboot6.boot.access");
        return (remote, method, path, status, bytes, micros) -> {
            if (log.isInfoEnabled()) {
                log.info("{} \"{} {}\" {} {} {}us", remote, method, path, status, bytes, micros);
            }
        };
    }
}
