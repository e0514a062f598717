package org.netboot6.cloudstack;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.cloud.utils.db.TransactionLegacy;

/**
 * The cloud database as a {@link DataSource}: each connection comes from CloudStack's own pool
 * ({@link TransactionLegacy#getStandaloneConnectionWithException()}), outside any CloudStack transaction, and goes
 * back to it on close. So the plugin uses the driver, URL and credentials CloudStack is configured with and never
 * opens a {@code DriverManager} connection of its own (field report FR-08).
 */
public final class CloudStackDataSource implements DataSource {

    /** Where connections come from; CloudStack's pool in production. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource source;

    public CloudStackDataSource() {
        this(TransactionLegacy::getStandaloneConnectionWithException);
    }

    public CloudStackDataSource(ConnectionSource source) {
        this.source = source;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = source.open();
        if (c == null) {
            throw new SQLException("CloudStack's connection pool gave no connection to the cloud database");
        }
        return c;
    }

    /** The pool's credentials are CloudStack's; others cannot be asked for. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("connections come from CloudStack's pool with its own credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing to log to: CloudStack's pool logs through its own logger
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's timeouts are CloudStack's (db.cloud.* in db.properties)
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
