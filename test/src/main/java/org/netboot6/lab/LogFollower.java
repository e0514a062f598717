package org.netboot6.lab;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/** Tails a log file while the lab runs and puts the lines that matter into the timeline. */
public final class LogFollower implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code pick} returns the text to show for a line, or null to skip it. */
    public LogFollower(Path file, String source, Timeline timeline, Function<String, String> pick) {
        thread = new Thread(() -> follow(file, source, timeline, pick), "follow-" + source);
        thread.setDaemon(true);
        thread.start();
    }

    private void follow(Path file, String source, Timeline timeline, Function<String, String> pick) {
        long pos = 0;
        StringBuilder partial = new StringBuilder();
        while (running) {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                if (f.length() > pos) {
                    f.seek(pos);
                    byte[] buf = new byte[(int) Math.min(f.length() - pos, 1 << 20)];
                    f.readFully(buf);
                    pos += buf.length;
                    partial.append(LogTail.clean(new String(buf, StandardCharsets.UTF_8)));
                    int nl;
                    while ((nl = partial.indexOf("\n")) >= 0) {
                        String line = partial.substring(0, nl).trim();
                        partial.delete(0, nl + 1);
                        String shown = line.isEmpty() ? null : pick.apply(line);
                        if (shown != null) {
                            timeline.add(source, shown);
                        }
                    }
                }
            } catch (IOException e) {
                // not created yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
