package org.netboot6.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Schema 4: adding a host checks its name is unique in its network; with 100,000 hosts that needs an index. */
public class V4__host_name_index extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false; // MySQL DDL commits implicitly; the step below is re-runnable instead
    }

    @Override
    public void migrate(Context context) throws Exception {
        Ddl.addIndexIfMissing(context.getConnection(), "netboot6_host", "ix_netboot6_host_network_hostname",
                "network_id, hostname");
    }
}
