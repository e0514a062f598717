package org.netboot6.store;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * netboot6's own schema migrations (Flyway, history in {@code netboot6_schema_history}; CloudStack's
 * {@code version} table is never touched). Flyway serialises concurrent runs with a database lock.
 */
public final class SchemaMigrator {
    public static final String HISTORY_TABLE = "netboot6_schema_history";
    public static final String LOCATION = "classpath:org/netboot6/db/migration";

    private final Flyway flyway;

    public SchemaMigrator(DataSource dataSource) {
        flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                // the CloudStack database is never empty: start our history below version 1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load();
    }

    /** Applies every pending migration; returns how many ran. */
    public int migrate() {
        return flyway.migrate().migrationsExecuted;
    }

    /** The migrations a {@link #migrate()} would run now, in order (the dry run). */
    public List<String> pending() {
        return Stream.of(flyway.info().pending())
                .filter(i -> i.getState() == MigrationState.PENDING)
                .map(SchemaMigrator::describe)
                .collect(Collectors.toList());
    }

    private static String describe(MigrationInfo info) {
        return info.getVersion() + " " + info.getDescription();
    }
}
