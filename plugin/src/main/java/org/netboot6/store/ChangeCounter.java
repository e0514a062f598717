package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A database-wide counter bumped in the same transaction as every change that alters what a host is served.
 * Every management server compares it with the value its cached scripts were built at.
 */
public final class ChangeCounter {

    public void bump(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE netboot6_change_counter SET value = value + 1 WHERE id = 1")) {
            if (ps.executeUpdate() != 1) {
                throw new StoreException("netboot6_change_counter has no row 1; the schema is not migrated");
            }
        }
    }

    public long read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM netboot6_change_counter WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("netboot6_change_counter has no row 1; the schema is not migrated");
            }
            return rs.getLong(1);
        }
    }
}
