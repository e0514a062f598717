package org.netboot6.lab;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Progress lines with the time since the lab started, printed as they happen and kept for assertions. */
public final class Timeline {
    private final long start = System.nanoTime();
    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();

    public Timeline(PrintStream out) {
        this.out = out;
    }

    public synchronized void add(String source, String message) {
        String line = String.format("[%7.2fs] %-8s %s", elapsedSeconds(), source, message);
        lines.add(line);
        out.println(line);
        out.flush();
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    public synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }
}
