// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils.db;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * CloudStack's per-thread database transaction over its connection pools. The stand-in has no database: every
 * method throws UnsupportedOperationException, so code using it must be tested with the real CloudStack or
 * behind an interface of its own.
 */
public class TransactionLegacy implements Closeable {
    public static final short CLOUD_DB = 0;
    public static final short USAGE_DB = 1;

    private TransactionLegacy() {
    }

    public static TransactionLegacy currentTxn() {
        throw unsupported();
    }

    public static TransactionLegacy open(short databaseId) {
        throw unsupported();
    }

    public static TransactionLegacy open(String name) {
        throw unsupported();
    }

    /** A new connection to the cloud database from CloudStack's pool, not tied to any transaction. */
    public static Connection getStandaloneConnectionWithException() throws SQLException {
        throw unsupported();
    }

    public void start() {
        throw unsupported();
    }

    public PreparedStatement prepareAutoCloseStatement(String sql) throws SQLException {
        throw unsupported();
    }

    public Connection getConnection() throws SQLException {
        throw unsupported();
    }

    public boolean commit() {
        throw unsupported();
    }

    public void rollback() {
        throw unsupported();
    }

    @Override
    public void close() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("TransactionLegacy stand-in: no CloudStack database here");
    }
}
