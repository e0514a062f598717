package org.netboot6.preflight.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.netboot6.preflight.Context;
import org.netboot6.preflight.CsVersion;
import org.netboot6.preflight.Finding;

/** CloudStack's schema version (newest Complete row of its `version` table) against the installed package and the target. */
public final class SchemaVersionCheck extends DbCheck {
    /**
     * The oldest schema netboot6 lets an upgrade to its supported range start from: 4.14 is where CloudStack
     * moved to Connector/J 8 and bundled it (PR #3601); jumping across that changes driver, packaging and Java
     * at once, so upgrade to a 4.14-4.19 release first.
     */
    public static final CsVersion OLDEST_SOURCE = CsVersion.parse("4.14.0.0");

    @Override
    public String id() {
        return "db-schema-version";
    }

    @Override
    public String title() {
        return "CloudStack schema version vs installed and target versions";
    }

    @Override
    public String description() {
        return "Reads the schema version as CloudStack does (the newest version row with step Complete): no downgrade, no jump from before "
                + OLDEST_SOURCE + ", no half-finished previous upgrade.";
    }

    static List<Finding> judge(CsVersion schema, CsVersion installed, CsVersion target) {
        List<Finding> out = new ArrayList<>();
        if (installed != null && schema.compareTo(installed, 3) > 0) {
            out.add(Finding.fail("cloud.version", "the database schema is at " + schema + " but cloudstack-management "
                            + installed + " is installed", "an older server cannot run on a newer schema",
                    "install cloudstack-management " + schema + " again, or restore the matching database dump"));
        }
        if (target != null) {
            if (target.major() != schema.major()) {
                out.add(Finding.fail("cloud.version", "the database schema is at " + schema + " and the target is " + target,
                        "CloudStack has no upgrade path across major versions", "stay on " + schema.major() + ".x"));
            } else if (schema.compareTo(target, 3) > 0) {
                out.add(Finding.fail("cloud.version", "the database schema is at " + schema + " but the target is " + target,
                        "CloudStack cannot downgrade a schema; the old server will refuse to start",
                        "install cloudstack-management >= " + schema + " or restore the dump taken before the upgrade"));
            } else if (schema.isBefore(OLDEST_SOURCE) && target.compareTo(OLDEST_SOURCE) > 0) {
                out.add(Finding.fail("cloud.version", "the database schema is at " + schema + " and the target is " + target,
                        "netboot6 does not support a jump from before " + OLDEST_SOURCE
                                + " (driver, packaging and Java change at once)",
                        "upgrade to a 4.14-4.19 release first, start it once, then to " + target));
            }
        }
        if (out.isEmpty() && installed != null && schema.compareTo(installed, 3) < 0) {
            out.add(Finding.warn("cloud.version", "the database schema is at " + schema + " but cloudstack-management "
                            + installed + " is installed", "the schema upgrade runs at the next management-server start",
                    "start the management server once and let it finish before the next upgrade"));
        }
        if (out.isEmpty()) {
            out.add(Finding.ok("cloud.version", "database schema " + schema
                    + (target == null ? "" : ", target " + target)));
        }
        return out;
    }

    @Override
    List<Finding> run(Context ctx, Connection c) throws SQLException {
        // CloudStack's VersionDao.getCurrentVersion: the newest row (by id) whose step is Complete
        String schema = null;
        String unfinished = null;
        boolean anyRow = false;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, step FROM version ORDER BY id DESC")) {
            while (schema == null && rs.next()) {
                anyRow = true;
                if ("Complete".equals(rs.getString(2))) {
                    schema = rs.getString(1);
                } else if (unfinished == null) {
                    unfinished = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState())) {
                return List.of(Finding.fail("cloud.version", "database '" + c.getCatalog() + "' has no CloudStack version table",
                        "this is not CloudStack's database, or it was never set up",
                        "point db.cloud.name in db.properties at CloudStack's database"));
            }
            throw e;
        }
        if (!anyRow) {
            return List.of(Finding.fail("cloud.version", "CloudStack's version table is empty",
                    "the server cannot tell which schema upgrades to run", "restore the database from backup"));
        }
        if (schema == null) {
            return List.of(Finding.fail("cloud.version", "CloudStack's version table has no row with step Complete (newest: "
                            + unfinished + ", step Upgrade)", "the management server refuses to start (\"Version table contains"
                            + " records for which upgrade wasn't completed\")", "restore the database dump taken before that upgrade"));
        }
        CsVersion v;
        try {
            v = CsVersion.parsePlain(schema);
        } catch (IllegalArgumentException e) {
            return List.of(Finding.fail("cloud.version", "the newest Complete row of CloudStack's version table: " + e.getMessage(),
                    "the server cannot plan its schema upgrade", "restore the database from backup"));
        }
        List<Finding> out = new ArrayList<>();
        if (unfinished != null) {
            out.add(Finding.warn("cloud.version", "an upgrade of the schema " + schema + " to " + unfinished
                            + " started but did not complete (its version row has step Upgrade)",
                    "the management server redoes it from " + schema + " at its next start, over whatever the failed attempt"
                            + " changed", "read the management-server log of that attempt; if the rerun fails, restore the"
                            + " database dump taken before it"));
        }
        out.addAll(judge(v, ctx.settings().installed, ctx.target()));
        return out;
    }
}
