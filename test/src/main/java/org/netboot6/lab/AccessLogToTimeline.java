package org.netboot6.lab;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Puts the boot service's access log (logger {@code org.netboot6.boot.access}) into the lab's timeline. */
final class AccessLogToTimeline extends AbstractAppender implements AutoCloseable {
    private static final String LOGGER = "org.netboot6.boot.access";
    private final Timeline timeline;

    AccessLogToTimeline(Timeline timeline) {
        super("lab-timeline", null, null, true, Property.EMPTY_ARRAY);
        this.timeline = timeline;
        start();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        LoggerConfig access = new LoggerConfig(LOGGER, Level.INFO, false);
        access.addAppender(this, Level.INFO, null);
        config.addLogger(LOGGER, access);
        ctx.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        timeline.add("http", event.getMessage().getFormattedMessage());
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().removeLogger(LOGGER);
        ctx.updateLoggers();
        stop();
    }
}
