package org.netboot6.db.migration;

import java.sql.Connection;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 3: a network's router-advertisement flags and EFI loader URL; a host's planned address (unique per network
 * among hosts that are not removed) and bond mode.
 */
public class V3__network_ra_flags_host_address_bond extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false; // MySQL DDL commits implicitly; every step below is re-runnable instead
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Ddl.addColumnIfMissing(c, "netboot6_network", "ra_managed", "TINYINT(1) NOT NULL DEFAULT 1");
        Ddl.addColumnIfMissing(c, "netboot6_network", "ra_other_config", "TINYINT(1) NOT NULL DEFAULT 1");
        Ddl.addColumnIfMissing(c, "netboot6_network", "ra_autonomous", "TINYINT(1) NOT NULL DEFAULT 1");
        Ddl.addColumnIfMissing(c, "netboot6_network", "ra_default_router", "TINYINT(1) NOT NULL DEFAULT 1");
        Ddl.addColumnIfMissing(c, "netboot6_network", "loader_base_url", "VARCHAR(1024) CHARACTER SET ascii NULL");
        Ddl.addColumnIfMissing(c, "netboot6_host", "address", "VARCHAR(39) CHARACTER SET ascii NULL AFTER hostname");
        Ddl.addColumnIfMissing(c, "netboot6_host", "bond_mode", "VARCHAR(16) CHARACTER SET ascii NULL AFTER address");
        Ddl.addUniqueIndexIfMissing(c, "netboot6_host", "uk_netboot6_host_address", "network_id, address");
    }
}
