package org.netboot6.db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Re-runnable DDL for MySQL 8 and MariaDB alike (MySQL has no ADD COLUMN IF NOT EXISTS). DDL commits implicitly,
 * so a migration killed half-way is completed by running it again; each step checks before it changes.
 */
final class Ddl {
    private Ddl() {
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void addColumnIfMissing(Connection c, String table, String column, String definition) throws SQLException {
        if (!exists(c, "SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = ? AND COLUMN_NAME = ?", table, column)) {
            execute(c, "ALTER TABLE " + table + " ADD COLUMN " + column + " " + definition);
        }
    }

    static void addIndexIfMissing(Connection c, String table, String index, String columns) throws SQLException {
        addIndex(c, table, "INDEX", index, columns);
    }

    static void addUniqueIndexIfMissing(Connection c, String table, String index, String columns) throws SQLException {
        addIndex(c, table, "UNIQUE INDEX", index, columns);
    }

    static void dropIndexIfPresent(Connection c, String table, String index) throws SQLException {
        if (exists(c, "SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = ? AND INDEX_NAME = ?", table, index)) {
            execute(c, "ALTER TABLE " + table + " DROP INDEX " + index);
        }
    }

    private static void addIndex(Connection c, String table, String kind, String index, String columns)
            throws SQLException {
        if (!exists(c, "SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = ? AND INDEX_NAME = ?", table, index)) {
            execute(c, "ALTER TABLE " + table + " ADD " + kind + " " + index + " (" + columns + ")");
        }
    }

    private static boolean exists(Connection c, String query, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
