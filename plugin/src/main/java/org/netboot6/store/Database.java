package org.netboot6.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * Runs work on a connection from the DataSource CloudStack gives the plugin (in tests: a real MariaDB).
 * Never opens raw DriverManager connections (field report FR-08).
 */
public final class Database {
    private final DataSource dataSource;

    public Database(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** How often a transaction InnoDB chose as a deadlock victim is run again before the error is reported. */
    static final int DEADLOCK_ATTEMPTS = 3;

    /**
     * One transaction: committed when {@code work} returns, rolled back when it throws. A transaction the database
     * rolled back to break a deadlock is run again from the start (it changed nothing), at most
     * {@value #DEADLOCK_ATTEMPTS} times; {@code work} must therefore have no effect outside the database.
     */
    public <T> T inTransaction(Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return once(work);
            } catch (StoreException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(e.getCause())) {
                    throw e;
                }
            }
        }
    }

    private <T> T once(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** MySQL/MariaDB error 1213 (SQL state 40001): this transaction was rolled back to break a deadlock. */
    private static boolean isDeadlock(Throwable t) {
        return t instanceof SQLException && (((SQLException) t).getErrorCode() == 1213
                || "40001".equals(((SQLException) t).getSQLState()));
    }

    /** Read-only work in auto-commit mode. */
    public <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
