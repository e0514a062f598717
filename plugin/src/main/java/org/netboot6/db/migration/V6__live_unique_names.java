package org.netboot6.db.migration;

import java.sql.Connection;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 6: the database decides uniqueness, so two API calls at once cannot both create the same network name or
 * /64, profile name, or host name in a network (a SELECT before the INSERT could not stop that). Rows are soft
 * deleted, so each table gets a generated column {@code live} (1 while not removed, else NULL) and the unique keys
 * include it: MySQL and MariaDB let any number of NULLs share a unique key, so removed rows never collide.
 */
public class V6__live_unique_names extends BaseJavaMigration {
    private static final String LIVE = "TINYINT AS (IF(removed IS NULL, 1, NULL)) STORED";

    @Override
    public boolean canExecuteInTransaction() {
        return false; // MySQL DDL commits implicitly; each step below is re-runnable instead
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> duplicates = Preconditions.violations(c, "6");
        if (!duplicates.isEmpty()) {
            // the operator decides which to rename or remove; all of them are named at once
            throw new IllegalStateException("netboot6 schema 6 makes names and prefixes unique, but these are shared by "
                    + "live rows: " + Preconditions.describe(duplicates) + "; rename or remove all but one of each "
                    + "(rows with removed IS NULL), delete this failed step's row (version 6, success 0) from "
                    + "netboot6_schema_history, and start the management server again");
        }
        Ddl.addColumnIfMissing(c, "netboot6_network", "live", LIVE);
        Ddl.addUniqueIndexIfMissing(c, "netboot6_network", "uk_netboot6_network_live_name", "name, live");
        Ddl.addUniqueIndexIfMissing(c, "netboot6_network", "uk_netboot6_network_live_prefix", "prefix, live");
        Ddl.addColumnIfMissing(c, "netboot6_profile", "live", LIVE);
        Ddl.addUniqueIndexIfMissing(c, "netboot6_profile", "uk_netboot6_profile_live_name", "name, live");
        Ddl.addColumnIfMissing(c, "netboot6_host", "live", LIVE);
        Ddl.addUniqueIndexIfMissing(c, "netboot6_host", "uk_netboot6_host_live_hostname", "network_id, hostname, live");
        Ddl.dropIndexIfPresent(c, "netboot6_host", "ix_netboot6_host_network_hostname"); // schema 4's, now covered
    }
}
