package org.netboot6.preflight.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the netboot6 schema migrations a plugin release carries come from. The default reads Flyway-named
 * versioned migrations from the plugin jar: SQL scripts ({@code V<version>__<description>.sql}) and Java
 * migrations ({@code V<version>__<description>.class}, top-level classes only).
 */
public interface MigrationSource {
    /** Where the plugin keeps its migrations' preconditions (Preconditions.LOCATION in the plugin). */
    String PRECONDITIONS = "org/netboot6/db/preconditions";

    /** Human name of the source, e.g. the jar path. */
    String describe();

    /** Versions the plugin would apply, in Flyway notation with dots; null when the source is absent. */
    List<String> versions() throws IOException;

    /**
     * The read-only query that lists what existing data would stop migration {@code version} (the plugin's
     * {@code org.netboot6.db.migration.Preconditions}), or null when that version has none or the source is absent.
     */
    default String precondition(String version) throws IOException {
        return null;
    }

    /** Versioned Flyway migrations (SQL scripts and Java classes) under {@code location} in a jar. */
    static MigrationSource jar(Path jar, String location) {
        Pattern script = Pattern.compile("^" + Pattern.quote(location.replaceAll("^/+|/+$", ""))
                + "/V([0-9][0-9._]*)__[^/$]+\\.(sql|class)$");
        return new MigrationSource() {
            @Override
            public String describe() {
                return jar + "!/" + location;
            }

            @Override
            public List<String> versions() throws IOException {
                if (!Files.isRegularFile(jar)) {
                    return null;
                }
                List<String> out = new ArrayList<>();
                try (ZipFile z = new ZipFile(jar.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                        Matcher m = script.matcher(e.nextElement().getName());
                        if (m.matches()) {
                            out.add(m.group(1).replace('_', '.'));
                        }
                    }
                }
                out.sort(MigrationSource::compareVersions);
                return out;
            }

            @Override
            public String precondition(String version) throws IOException {
                if (!Files.isRegularFile(jar)) {
                    return null;
                }
                try (ZipFile z = new ZipFile(jar.toFile())) {
                    ZipEntry entry = z.getEntry(PRECONDITIONS + "/V" + version + ".sql");
                    if (entry == null) {
                        return null;
                    }
                    try (java.io.InputStream in = z.getInputStream(entry)) {
                        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
        };
    }

    /** Flyway order: numeric per dot-separated part, missing parts count as 0. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = new java.math.BigInteger(i < x.length && !x[i].isEmpty() ? x[i] : "0");
            java.math.BigInteger q = new java.math.BigInteger(i < y.length && !y[i].isEmpty() ? y[i] : "0");
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
