package org.netboot6.preflight.checks;

import java.sql.Connection;
import java.util.List;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.Finding;

/** A check that needs the database; it reports "not checked" when there is no connection (db-connect says why). */
abstract class DbCheck implements Check {
    @Override
    public final List<Finding> run(Context ctx) throws Exception {
        Connection c = ctx.connection();
        if (c == null) {
            return List.of(Finding.notice("", "not checked: no database connection (see db-connect)"));
        }
        return run(ctx, c);
    }

    abstract List<Finding> run(Context ctx, Connection c) throws Exception;
}
