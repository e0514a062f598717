package org.netboot6.preflight.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.CloudDbTarget;
import org.netboot6.preflight.Finding;

/** The database in db.properties answers with the credentials in db.properties. */
public final class DbConnectCheck implements Check {
    @Override
    public String id() {
        return "db-connect";
    }

    @Override
    public String title() {
        return "CloudStack database answers";
    }

    @Override
    public String description() {
        return "Opens one read-only connection with the db.properties host, port, database and (decrypted)"
                + " credentials through the preflight's own MariaDB driver, and runs SELECT 1.";
    }

    @Override
    public List<Finding> run(Context ctx) throws Exception {
        CloudDbTarget target = ctx.dbTarget();
        String where = target == null ? "" : target.address();
        Connection c = ctx.connection();
        if (c == null && ctx.connectionNotCheckedFix() != null) {
            return List.of(Finding.warn(where, "not checked: " + ctx.connectionProblem(),
                    "the database, schema, netboot6-migrations and cluster checks cannot run; an unreachable database or"
                            + " a management server still running elsewhere would only show after the upgrade",
                    "before upgrading, make sure by hand that the database answers and that cloudstack-management is"
                            + " stopped on every other management server; " + ctx.connectionNotCheckedFix()));
        }
        if (c == null) {
            return List.of(Finding.fail(where, ctx.connectionProblem(),
                    "the upgrade's schema migration cannot run and the management server will not start",
                    "fix the database or its credentials in db.properties before upgrading"));
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return List.of(Finding.ok(where, "connected to " + where + " (database " + rs.getString(1) + ") as '"
                    + ctx.shownUser() + "'"));
        }
    }
}
