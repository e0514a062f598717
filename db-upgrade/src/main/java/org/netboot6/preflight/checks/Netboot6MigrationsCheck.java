package org.netboot6.preflight.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.netboot6.preflight.Context;
import org.netboot6.preflight.Finding;
import org.netboot6.preflight.Severity;

/**
 * netboot6's own schema (Flyway history table {@value #TABLE} in CloudStack's database) against the migrations
 * the plugin carries: failed migrations, pending ones, and a database newer than the plugin.
 */
public final class Netboot6MigrationsCheck extends DbCheck {
    public static final String TABLE = "netboot6_schema_history";
    /** Where the plugin keeps its versioned migrations (SchemaMigrator.LOCATION without "classpath:"). */
    public static final String DEFAULT_LOCATION = "org/netboot6/db/migration";

    private final Function<Context, MigrationSource> source;

    public Netboot6MigrationsCheck() {
        this(ctx -> MigrationSource.jar(ctx.settings().pluginJarPath(), DEFAULT_LOCATION));
    }

    public Netboot6MigrationsCheck(Function<Context, MigrationSource> source) {
        this.source = source;
    }

    @Override
    public String id() {
        return "netboot6-migrations";
    }

    @Override
    public String title() {
        return "netboot6 schema migrations";
    }

    @Override
    public String description() {
        return "Reads netboot6's Flyway history table (" + TABLE + ") if present: failed migrations, migrations the"
                + " plugin will apply at next start and whether the data meets their preconditions (the plugin's own"
                + " queries), and a schema newer than the plugin.";
    }

    static final class Applied {
        final String version;
        final String description;
        final boolean success;

        Applied(String version, String description, boolean success) {
            this.version = version;
            this.description = description;
            this.success = success;
        }
    }

    static List<Finding> judge(List<Applied> applied, List<String> bundled, String sourceName) {
        List<Finding> out = new ArrayList<>();
        Set<String> done = new TreeSet<>(MigrationSource::compareVersions);
        for (Applied a : applied) {
            if (!a.version.matches("\\d+(\\.\\d+)*")) {
                out.add(Finding.fail(TABLE, TABLE + " has a row with version '" + a.version + "' (" + a.description
                                + "), which is not a Flyway version", "the plugin's Flyway cannot read its history and refuses to start",
                        "restore " + TABLE + " from the database backup"));
                continue;
            }
            if (!a.success) {
                out.add(Finding.fail(TABLE, "netboot6 migration " + a.version + " (" + a.description + ") failed earlier",
                        "the plugin refuses to start until it is repaired",
                        "fix the cause, then remove the failed row from " + TABLE + " (Flyway repair)"));
            } else {
                done.add(a.version);
            }
        }
        String newestApplied = done.isEmpty() ? null : ((TreeSet<String>) done).last();
        if (bundled == null) {
            out.add(Finding.notice(TABLE, done.size() + " netboot6 migration(s) applied"
                    + (newestApplied == null ? "" : ", newest " + newestApplied) + "; bundled migrations unknown: "
                    + sourceName + " not found"));
            return out;
        }
        Set<String> known = new TreeSet<>(MigrationSource::compareVersions);
        known.addAll(bundled);
        List<String> pending = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String b : bundled) {
            if (!done.contains(b)) {
                if (newestApplied != null && MigrationSource.compareVersions(b, newestApplied) < 0) {
                    skipped.add(b);
                } else {
                    pending.add(b);
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String d : done) {
            if (!known.contains(d)) {
                unknown.add(d);
            }
        }
        if (!unknown.isEmpty()) {
            out.add(Finding.fail(TABLE, "the database has netboot6 migration(s) " + String.join(", ", unknown)
                            + " that this plugin does not carry", "this is a plugin downgrade; it will refuse to start",
                    "install the cloudstack-netboot6 release that applied them, or newer"));
        }
        if (!skipped.isEmpty()) {
            out.add(Finding.fail(TABLE, "netboot6 migration(s) " + String.join(", ", skipped) + " are older than the applied "
                            + newestApplied + " but were never applied", "the plugin's validation refuses to start",
                    "report this as a netboot6 packaging bug; do not upgrade"));
        }
        if (out.isEmpty()) {
            out.add(pending.isEmpty()
                    ? Finding.ok(TABLE, "netboot6 schema is current at " + newestApplied)
                    : Finding.notice(TABLE, pending.size() + " netboot6 migration(s) pending (" + String.join(", ", pending)
                            + "); the plugin applies them at the next management-server start"));
        }
        return out;
    }

    @Override
    List<Finding> run(Context ctx, Connection c) throws Exception {
        MigrationSource src = source.apply(ctx);
        boolean present;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '" + TABLE + "'")) {
            rs.next();
            present = rs.getInt(1) > 0;
        }
        List<String> bundled;
        try {
            bundled = src.versions();
        } catch (java.io.IOException e) {
            return List.of(Finding.fail(src.describe(), "cannot read the plugin's migrations from " + src.describe() + ": " + e,
                    "the jar is damaged; the management server cannot load the plugin from it",
                    "reinstall cloudstack-netboot6 (apt-get install --reinstall cloudstack-netboot6)"));
        }
        if (!present) {
            return List.of(Finding.notice(TABLE, "no netboot6 schema yet; the plugin creates it at its first start"
                    + (bundled == null || bundled.isEmpty() ? "" : " (" + bundled.size() + " migration(s) from " + src.describe() + ")")));
        }
        List<Applied> applied = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version, description, success FROM " + TABLE + " WHERE version IS NOT NULL"
                        // the plugin's baselineOnMigrate writes a version-0 BASELINE row on CloudStack's non-empty
                        // database; it marks where the history starts and is no migration the plugin carries
                        + " AND (type IS NULL OR type NOT IN ('BASELINE', 'SCHEMA')) ORDER BY installed_rank")) {
            while (rs.next()) {
                applied.add(new Applied(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
        } catch (SQLException e) {
            return List.of(Finding.fail(TABLE, TABLE + " cannot be read: " + e.getMessage(),
                    "the plugin cannot tell which migrations ran", "check the table and the cloud user's grants"));
        }
        List<Finding> findings = new ArrayList<>(judge(applied, bundled, src.describe()));
        boolean historyReadable = findings.stream().noneMatch(f -> f.severity() == Severity.FAIL);
        if (bundled != null && historyReadable) {
            findings.addAll(preconditions(c, src, pending(applied, bundled)));
        }
        return findings;
    }

    /** The bundled migrations not applied successfully yet, in order (of a history {@link #judge} found sound). */
    static List<String> pending(List<Applied> applied, List<String> bundled) {
        Set<String> done = new TreeSet<>(MigrationSource::compareVersions);
        for (Applied a : applied) {
            if (a.success) {
                done.add(a.version);
            }
        }
        List<String> out = new ArrayList<>();
        for (String b : bundled) {
            if (!done.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Runs the plugin's own precondition query of each pending migration: what it lists would stop the start. */
    private static List<Finding> preconditions(Connection c, MigrationSource src, List<String> pending) throws Exception {
        List<Finding> out = new ArrayList<>();
        for (String version : pending) {
            String query = src.precondition(version);
            if (query == null) {
                continue;
            }
            List<String> violations = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                while (rs.next()) {
                    violations.add(rs.getString(1) + " '" + rs.getString(2) + "' (" + rs.getLong(3) + " live rows)");
                }
            }
            if (!violations.isEmpty()) {
                out.add(Finding.fail(TABLE, "netboot6 migration " + version + " cannot be applied to this data: "
                                + String.join(", ", violations),
                        "the management server with the new plugin stops at that migration and does not start",
                        "rename or remove all but one of each with the netboot6 API before upgrading"));
            }
        }
        return out;
    }
}
