package org.netboot6.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 7: a profile's install disk holds a whole udev path. Persistent names such as
 * /dev/disk/by-id/nvme-SAMSUNG_MZQL23T8HCLS-00A07_S64HNE0T123456-part1 are longer than schema 2's 64 characters.
 */
public class V7__profile_disk_width extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false; // MySQL DDL commits implicitly; MODIFY to the same definition is a no-op when run again
    }

    @Override
    public void migrate(Context context) throws Exception {
        Ddl.execute(context.getConnection(), "ALTER TABLE netboot6_profile MODIFY disk VARCHAR(255) CHARACTER SET ascii NULL");
    }
}
