package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * netboot6's own schema migrations (Flyway, history in {@code netboot6_schema_history}; CloudStack's
 * {@code version} table is never touched).
 */
public final class SchemaMigrator {
    public static final String HISTORY_TABLE = "netboot6_schema_history";
    public static final String LOCATION = "classpath:org/netboot6/db/migration";

    /** Named lock every management server takes before migrating (MySQL/MariaDB GET_LOCK, like CloudStack's GlobalLock). */
    static final String LOCK_NAME = "netboot6_schema_migration";
    static final int LOCK_WAIT_SECONDS = 600;

    private final DataSource dataSource;
    private final Flyway flyway;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
        flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                // the CloudStack database is never empty: start our history below version 1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                // a schema newer than this code (a newer plugin ran here) must stop the start, not be ignored
                .ignoreMigrationPatterns("*:ignored")
                .load();
    }

    /**
     * Applies every pending migration; returns how many ran. Several management servers may start at once: the
     * whole run, including Flyway's creation of its history table (which Flyway itself does not serialise), happens
     * under one database-wide named lock, so each step is applied exactly once.
     */
    public int migrate() {
        try (Connection lockHolder = dataSource.getConnection()) {
            acquire(lockHolder);
            try {
                return flyway.migrate().migrationsExecuted;
            } finally {
                release(lockHolder);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void acquire(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, LOCK_NAME);
            ps.setInt(2, LOCK_WAIT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new StoreException("another management server held the lock " + LOCK_NAME + " for more than "
                            + LOCK_WAIT_SECONDS + " s while migrating the netboot6 schema; check its log and start again");
                }
            }
        }
    }

    private static void release(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, LOCK_NAME);
            ps.executeQuery().close();
        }
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
