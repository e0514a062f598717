package org.netboot6.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 5: which host each change counter value was for (null: every host), so a management server drops only the
 * cached scripts a change affects instead of all of them.
 */
public class V5__change_log extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false; // MySQL DDL commits implicitly; the step below is re-runnable instead
    }

    @Override
    public void migrate(Context context) throws Exception {
        Ddl.execute(context.getConnection(), "CREATE TABLE IF NOT EXISTS netboot6_change_log ("
                + " seq BIGINT UNSIGNED NOT NULL,"
                + " host_id BIGINT UNSIGNED NULL,"
                + " at DATETIME(3) NOT NULL,"
                + " PRIMARY KEY (seq),"
                + " KEY ix_netboot6_change_log_at (at)"
                + ") ENGINE=InnoDB");
    }
}
