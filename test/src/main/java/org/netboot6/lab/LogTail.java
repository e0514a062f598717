package org.netboot6.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The last lines of a log file, with terminal escape sequences removed, for error messages. */
public final class LogTail {
    static final Pattern ESCAPES = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\r");

    private LogTail() {
    }

    public static String of(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no " + file.getFileName() + ")";
            }
            List<String> all = List.of(clean(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).split("\n"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    static String clean(String text) {
        return ESCAPES.matcher(text).replaceAll("");
    }
}
