package org.netboot6.db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
        Ddl.addColumnIfMissing(c, "netboot6_network", "live", LIVE);
        addLiveUniqueKey(c, "netboot6_network", "uk_netboot6_network_live_name", "name", "boot networks with the name");
        addLiveUniqueKey(c, "netboot6_network", "uk_netboot6_network_live_prefix", "prefix", "boot networks with the prefix");
        Ddl.addColumnIfMissing(c, "netboot6_profile", "live", LIVE);
        addLiveUniqueKey(c, "netboot6_profile", "uk_netboot6_profile_live_name", "name", "profiles with the name");
        Ddl.addColumnIfMissing(c, "netboot6_host", "live", LIVE);
        addLiveUniqueKey(c, "netboot6_host", "uk_netboot6_host_live_hostname", "network_id, hostname",
                "hosts with the network id and name");
        Ddl.dropIndexIfPresent(c, "netboot6_host", "ix_netboot6_host_network_hostname"); // schema 4's, now covered
    }

    /** Refuses to go on while live rows already share the key: the operator decides which to rename or remove. */
    private static void addLiveUniqueKey(Connection c, String table, String key, String columns, String what)
            throws SQLException {
        List<String> duplicates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT CONCAT_WS(' ', " + columns + "), COUNT(*) FROM " + table
                + " WHERE removed IS NULL GROUP BY " + columns + " HAVING COUNT(*) > 1 LIMIT 6");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                duplicates.add(duplicates.size() < 5 ? "'" + rs.getString(1) + "' (" + rs.getInt(2) + " rows)" : "and more");
            }
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("netboot6 schema 6 makes " + columns + " unique in " + table + ", but " + what
                    + " " + String.join(", ", duplicates) + " exist more than once; rename or remove all but one of each "
                    + "(rows with removed IS NULL in " + table + "), delete this failed step's row (version 6, success 0) from "
                    + "netboot6_schema_history, and start the management server again");
        }
        Ddl.addUniqueIndexIfMissing(c, table, key, columns + ", live");
    }
}
