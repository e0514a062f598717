package org.netboot6.db.migration;

import java.sql.Connection;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 2: install profiles; hosts become bare-metal hosts or guest-VM NICs linked to CloudStack, with several
 * MACs (bond slaves) and a profile; a change counter every management server polls to drop cached boot scripts.
 */
public class V2__profiles_host_links_change_counter extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false; // MySQL DDL commits implicitly; every step below is re-runnable instead
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Ddl.execute(c, "CREATE TABLE IF NOT EXISTS netboot6_profile ("
                + " id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,"
                + " uuid CHAR(36) CHARACTER SET ascii NOT NULL,"
                + " name VARCHAR(64) NOT NULL,"
                + " os_release VARCHAR(32) CHARACTER SET ascii NOT NULL,"
                + " kernel_url VARCHAR(1024) CHARACTER SET ascii NOT NULL,"
                + " initrd_url VARCHAR(1024) CHARACTER SET ascii NOT NULL,"
                + " mirror_url VARCHAR(1024) CHARACTER SET ascii NOT NULL,"
                + " iso_url VARCHAR(1024) CHARACTER SET ascii NULL,"
                + " addressing VARCHAR(16) CHARACTER SET ascii NOT NULL,"
                + " username VARCHAR(32) CHARACTER SET ascii NOT NULL,"
                + " ssh_keys TEXT CHARACTER SET ascii NOT NULL,"
                + " password_hash VARCHAR(255) CHARACTER SET ascii NULL,"
                + " packages TEXT CHARACTER SET ascii NOT NULL,"
                + " kernel_args TEXT CHARACTER SET ascii NOT NULL,"
                + " disk VARCHAR(64) CHARACTER SET ascii NULL,"
                + " created DATETIME(3) NOT NULL,"
                + " removed DATETIME(3) NULL,"
                + " PRIMARY KEY (id),"
                + " UNIQUE KEY uk_netboot6_profile_uuid (uuid)"
                + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        Ddl.addColumnIfMissing(c, "netboot6_host", "kind",
                "VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT 'BAREMETAL' AFTER network_id");
        Ddl.addColumnIfMissing(c, "netboot6_host", "cloudstack_host_uuid", "CHAR(36) CHARACTER SET ascii NULL AFTER kind");
        Ddl.addColumnIfMissing(c, "netboot6_host", "cloudstack_vm_uuid",
                "CHAR(36) CHARACTER SET ascii NULL AFTER cloudstack_host_uuid");
        Ddl.addColumnIfMissing(c, "netboot6_host", "profile_id", "BIGINT UNSIGNED NULL AFTER cloudstack_vm_uuid");
        Ddl.addIndexIfMissing(c, "netboot6_host", "ix_netboot6_host_profile", "profile_id");
        Ddl.addColumnIfMissing(c, "netboot6_host_mac", "position", "TINYINT UNSIGNED NOT NULL DEFAULT 0");
        Ddl.execute(c, "CREATE TABLE IF NOT EXISTS netboot6_change_counter ("
                + " id TINYINT UNSIGNED NOT NULL, value BIGINT UNSIGNED NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB");
        Ddl.execute(c, "INSERT IGNORE INTO netboot6_change_counter (id, value) VALUES (1, 0)");
    }
}
