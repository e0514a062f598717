package org.netboot6.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs host commands for the lab and fails loudly, with the command's own output, when one fails. */
public final class Commands {
    private Commands() {
    }

    /** Runs to completion (60 s at most) and returns stdout+stderr; throws LabException on a non-zero exit. */
    public static String run(String... command) {
        Result r = tryRun(command);
        if (r.exitCode != 0) {
            throw new LabException("command failed (exit " + r.exitCode + "): " + String.join(" ", command) + "\n" + r.output);
        }
        return r.output;
    }

    /** Runs a command inside a network namespace. */
    public static String inNetns(String netns, String... command) {
        return run(netnsCommand(netns, command).toArray(new String[0]));
    }

    public static List<String> netnsCommand(String netns, String... command) {
        List<String> full = new ArrayList<>(Arrays.asList("ip", "netns", "exec", netns));
        full.addAll(Arrays.asList(command));
        return full;
    }

    public static Result tryRun(String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LabException("command timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LabException("cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running " + command[0], e);
        }
    }

    /** Exit code and combined output of a finished command. */
    public static final class Result {
        public final int exitCode;
        public final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }
}
