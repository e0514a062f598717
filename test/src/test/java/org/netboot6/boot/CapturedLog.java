package org.netboot6.boot;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Collects what netboot6 logs at INFO and above while a test runs. */
final class CapturedLog extends AbstractAppender implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerConfig config;

    CapturedLog() {
        super("captured", null, null, true, Property.EMPTY_ARRAY);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration c = ctx.getConfiguration();
        config = c.getLoggerConfig("org.netboot6");
        start();
        config.addAppender(this, Level.INFO, null);
        config.setLevel(Level.INFO);
        ctx.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * The lines matching {@code filter} once there are {@code count} of them (or after 5 s): the access log line of
     * a request is written after its answer is sent, so a client can read the answer before the line exists.
     */
    List<String> awaitLines(Predicate<String> filter, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> found;
        do {
            found = lines.stream().filter(filter).collect(Collectors.toList());
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(5);
        } while (System.nanoTime() < deadline);
        return found;
    }

    @Override
    public void close() {
        config.removeAppender(getName());
        config.setLevel(Level.WARN);
        ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        stop();
    }
}
