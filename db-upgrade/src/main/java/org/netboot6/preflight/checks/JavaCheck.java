package org.netboot6.preflight.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.CsVersion;
import org.netboot6.preflight.Finding;

/** The java the management service runs (/usr/bin/java, as in its systemd unit) suits the target. */
public final class JavaCheck implements Check {
    private static final Pattern SPEC = Pattern.compile("^\\s*java\\.specification\\.version = (\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern HOME = Pattern.compile("^\\s*java\\.home = (.+?)\\s*$", Pattern.MULTILINE);

    @Override
    public String id() {
        return "java";
    }

    @Override
    public String title() {
        return "Java runtime for the target CloudStack";
    }

    @Override
    public String description() {
        return "Runs the management service's java with -XshowSettings:properties and compares"
                + " java.specification.version with what the target needs (4.20+: 17, 4.14-4.19: 11, older: 8).";
    }

    /** A healthy JVM prints its settings in well under a second; a loaded machine may take a few. */
    static final int ANSWER_SECONDS = 20;
    /** What the management service's unit runs. */
    public static final String DEFAULT_JAVA = "/usr/bin/java";

    public static int requiredFeature(CsVersion target) {
        if (target == null || target.isAtLeast("4.20")) {
            return 17;
        }
        return target.isAtLeast("4.14") ? 11 : 8;
    }

    /** Feature release from java.specification.version ("1.8" -> 8, "17" -> 17). */
    static int feature(String spec) {
        String s = spec.startsWith("1.") ? spec.substring(2) : spec;
        return Integer.parseInt(s.replaceFirst("\\..*$", ""));
    }

    static Finding judge(String javaBin, String javaHome, int feature, CsVersion target) {
        String java = DEFAULT_JAVA.equals(javaBin) ? "default java" : javaBin;
        int need = requiredFeature(target);
        String what = PluginRangeCheck.cloudStack(target);
        if (feature < need) {
            return Finding.fail(javaBin, java + " is " + feature + " (" + javaHome + ") but " + what + " needs Java " + need,
                    "the management server will not start after the upgrade",
                    "install openjdk-" + need + "-jre-headless and select it: update-alternatives --config java");
        }
        if (feature > need) {
            return Finding.warn(javaBin, java + " is " + feature + " (" + javaHome + "); " + what + " is built and tested on Java " + need,
                    "the management server may misbehave on a newer runtime",
                    "select Java " + need + " with update-alternatives --config java");
        }
        return Finding.ok(javaBin, java + " is " + feature + " (" + javaHome + "), as " + what + " needs");
    }

    @Override
    public List<Finding> run(Context ctx) throws IOException, InterruptedException {
        Path bin = ctx.settings().javaBin;
        if (!Files.isExecutable(bin)) {
            return List.of(Finding.fail(bin.toString(), bin + " does not exist or is not executable",
                    "the management service's unit runs " + bin + " and will not start",
                    "install openjdk-" + requiredFeature(ctx.target()) + "-jre-headless"));
        }
        String text;
        // output goes to a file, not a pipe: a java that hangs (or whose children keep the pipe open) cannot block us
        Path outFile = Files.createTempFile("netboot6-java-", ".txt");
        try {
            Process p = new ProcessBuilder(bin.toString(), "-XshowSettings:properties", "-version")
                    .redirectErrorStream(true).redirectOutput(outFile.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                            new java.io.File("/dev/null"))).start();
            if (!p.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return List.of(Finding.fail(bin.toString(), bin + " -version did not answer within " + ANSWER_SECONDS + " s",
                        "it is probably not a working Java runtime, and the management service runs it",
                        "reinstall the Java runtime (openjdk-" + requiredFeature(ctx.target()) + "-jre-headless)"));
            }
            text = Files.readString(outFile, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(outFile);
        }
        Matcher m = SPEC.matcher(text);
        if (!m.find()) {
            return List.of(Finding.fail(bin.toString(), bin + " does not report java.specification.version",
                    "it is probably not a working Java runtime", "reinstall the Java runtime"));
        }
        Matcher h = HOME.matcher(text);
        return List.of(judge(bin.toString(), h.find() ? h.group(1) : "?", feature(m.group(1)), ctx.target()));
    }
}
