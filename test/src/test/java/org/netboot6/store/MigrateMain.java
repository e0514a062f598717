package org.netboot6.store;

import org.mariadb.jdbc.MariaDbDataSource;

/** A management server's start in a child JVM: migrates the database at args[0], for the kill test. */
public final class MigrateMain {
    private MigrateMain() {
    }

    public static void main(String[] args) throws Exception {
        MariaDbDataSource ds = new MariaDbDataSource(args[0]);
        System.out.println("applied " + new SchemaMigrator(ds).migrate());
    }
}
