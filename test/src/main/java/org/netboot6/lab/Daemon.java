package org.netboot6.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process the lab started (radvd, kea-dhcp6, dnsmasq, qemu); output goes to its log file. */
public final class Daemon implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private Daemon(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static Daemon start(String name, List<String> command, Map<String, String> env, Path log) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().putAll(env);
        try {
            return new Daemon(name, pb.start(), log);
        } catch (IOException e) {
            throw new LabException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Fails with the daemon's own output if it died during start-up. */
    public Daemon requireAlive(long waitMillis) {
        try {
            if (process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new LabException(name + " exited with " + process.exitValue() + " at start-up:\n" + LogTail.of(log, 30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while starting " + name, e);
        }
        return this;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public String name() {
        return name;
    }

    public boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
