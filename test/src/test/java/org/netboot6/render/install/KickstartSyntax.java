package org.netboot6.render.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.netboot6.lab.Commands;

/**
 * The documented stand-in for pykickstart's ksvalidator (not packaged in Debian 12): {@code kickstart_syntax.py}
 * beside this class tokenizes commands with Python's shlex as pykickstart does and checks commands, options,
 * addresses, crypt hashes and sections for the EL 9 subset netboot6 renders.
 */
final class KickstartSyntax {
    private KickstartSyntax() {
    }

    /** Fails the test with the checker's problems when {@code kickstart} is not valid. */
    static void check(String kickstart) {
        Commands.Result r = run(kickstart);
        assertThat(r.exitCode).as("kickstart problems:\n" + r.output + "\n---\n" + kickstart).isZero();
    }

    static Commands.Result run(String kickstart) {
        try {
            Path dir = Files.createTempDirectory("netboot6-ks-");
            Path script = dir.resolve("kickstart_syntax.py");
            try (InputStream in = KickstartSyntax.class.getResourceAsStream("kickstart_syntax.py")) {
                Files.copy(in, script);
            }
            Path ks = Files.writeString(dir.resolve("ks.cfg"), kickstart);
            return Commands.tryRun("python3", script.toString(), ks.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bodies of the %pre/%post sections, for {@code sh -n}. */
    static List<String> scriptBodies(String kickstart) {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = null;
        for (String line : kickstart.split("\n")) {
            if (body == null && (line.startsWith("%post") || line.startsWith("%pre"))) {
                body = new StringBuilder();
            } else if (body != null && line.equals("%end")) {
                bodies.add(body.toString());
                body = null;
            } else if (body != null) {
                body.append(line).append('\n');
            }
        }
        return bodies;
    }
}
