package org.netboot6.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs real commands (dpkg, apt, lintian, chroot) and keeps what they printed. */
final class Sh {
    /** Exit status and combined output of a command. */
    static final class Result {
        final int rc;
        final String out;
        final String cmd;

        Result(int rc, String out, String cmd) {
            this.rc = rc;
            this.out = out;
            this.cmd = cmd;
        }

        Result ok() {
            if (rc != 0) {
                throw new AssertionError("exit " + rc + " from: " + cmd + "\n" + out);
            }
            return this;
        }

        @Override
        public String toString() {
            return "$ " + cmd + "\n(exit " + rc + ")\n" + out;
        }
    }

    private Sh() {
    }

    static Result run(Map<String, String> env, List<String> cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), String.join(" ", cmd));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A shell command on this host. */
    static Result sh(String script) {
        return run(Map.of(), List.of("sh", "-c", script));
    }

    /** A shell command inside the throwaway root, as apt would run there. */
    static Result chroot(Path root, String script, String... env) {
        StringBuilder sb = new StringBuilder("export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin; ");
        for (String e : env) {
            sb.append("export ").append(e).append("; ");
        }
        return run(Map.of(), List.of("chroot", root.toString(), "sh", "-c", sb + script));
    }
}
